// URLs of the evidence log, the golden-thread panel and the four Cs, and the
// links from the panel to the pages its figures come from (safe for the
// browser bundle: no server imports).
import { EVIDENCE_KINDS, FOUR_CS, type EvidenceKind, type FourC } from "@hearth/domain/reviews";
import { reviewPath } from "./review-paths";

export function evidencePath(reference: string, kind?: EvidenceKind): string {
  return reviewPath(reference, "evidence") + (kind ? `?kind=${kind}` : "");
}

export function evidenceFilePath(reference: string, id: string): string {
  return reviewPath(reference, `evidence/${encodeURIComponent(id)}`);
}

export function residentsSaidPath(reference: string): string {
  return reviewPath(reference, "residents-said");
}

/** One C's page; with a question, opens that question's form and scrolls to it (works without JavaScript). */
export function fourCsPath(reference: string, c: FourC, question?: string): string {
  return reviewPath(reference, `four-cs/${c}`) + (question ? `?question=${encodeURIComponent(question)}#${questionAnchor(question)}` : "");
}

/** "challenge.objectives" → "challenge--objectives": an id without a dot, so it is also a plain CSS selector. */
export function questionAnchor(question: string): string {
  return question.replace(/\./g, "--");
}

export function isEvidenceKind(value: string | null): value is EvidenceKind {
  return value !== null && (EVIDENCE_KINDS as readonly string[]).includes(value);
}

export function fourCOf(value: string | undefined): FourC | null {
  return value !== undefined && (FOUR_CS as readonly string[]).includes(value) ? (value as FourC) : null;
}

/**
 * The performance report for a financial year, at its "by service area" table:
 * the panel's yearly figure is that table's "received" for the review's service.
 */
export function performanceYearPath(year: number): string {
  return `/complaints/performance?year=${year}#areas-heading`;
}

/**
 * The complaints queue filtered to the service and a stage: its total is the
 * panel's "open at stage N" figure (the queue's stage filter holds exactly the
 * complaints still open at that stage).
 */
export function openQueuePath(serviceArea: string, stage: 1 | 2): string {
  return `/complaints?serviceArea=${encodeURIComponent(serviceArea)}&stage=${stage}`;
}

export function complaintPagePath(reference: string): string {
  return `/complaints/${encodeURIComponent(reference)}`;
}

/** File types the picker offers; the API decides from the bytes. */
export const EVIDENCE_ACCEPT = ".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png";
