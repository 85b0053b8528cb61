// The review's evidence log (seed 003, handbook 6.2: keep evidence from start
// to finish). Notes, links, meeting records and files are typed in by staff;
// complaints and figures come from the golden-thread panel.
import { ATTACHMENT_LIMITS, attachmentProblem, type AttachmentProblem } from "../complaints/index.js";
import type { EvidenceKind } from "./vocabulary.js";

export const EVIDENCE_LIMITS = {
  titleMax: 200,
  bodyMax: 10_000,
  attendeesMax: 2000,
  urlMax: 2000,
  /** Files are kept in the database; a review's log is evidence, not a document store. */
  maxFiles: 30,
  /** The same per-file ceiling as complaint evidence, and the same accepted types. */
  maxBytes: ATTACHMENT_LIMITS.maxBytes,
} as const;

/** Kinds staff add by hand on the evidence page; the rest arrive from the golden thread. */
export const EVIDENCE_FORMS = ["note", "link", "meeting", "file"] as const satisfies readonly EvidenceKind[];
export type EvidenceForm = (typeof EVIDENCE_FORMS)[number];

export type EvidenceLinkProblem = "required" | "tooLong" | "invalid" | "notWeb";

/**
 * Why a link cannot go in the log, or null when it can. Only web addresses
 * (http and https) are kept: anything else (javascript:, file:, data:) would
 * either do nothing for the next reader or do something harmful.
 */
export function evidenceLinkProblem(value: string): EvidenceLinkProblem | null {
  const text = value.trim();
  if (text === "") return "required";
  if (text.length > EVIDENCE_LIMITS.urlMax) return "tooLong";
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return "invalid";
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return "notWeb";
  if (url.hostname === "" || url.username !== "" || url.password !== "") return "invalid";
  return null;
}

/** Why a file cannot be added to a log that already holds `filesHeld` files, or null when it can. */
export function evidenceFileProblem(bytes: Uint8Array, filesHeld: number): AttachmentProblem | null {
  if (filesHeld >= EVIDENCE_LIMITS.maxFiles) return "tooMany";
  // The complaint rules check type, size and emptiness; their own file count does not apply here.
  return attachmentProblem({ bytes }, 0);
}
