// The evidence log's rows: reading them with what cites them, and the checks
// every change shares. Writes happen inside `changeReview`'s transaction.
import { and, asc, count, eq, inArray } from "drizzle-orm";
import { schema, type Executor } from "@hearth/db";
import { reviewPartEditable, type EvidenceKind, type ReviewPart } from "@hearth/domain/reviews";
import { refuse } from "../../errors.js";
import type { LoadedReview } from "./review.js";

const { reviewEvidence, reviewAnswers, reviewAnswerEvidence, complaints, users } = schema;

/** Refuses a change to a part of the review its stage has settled. */
export function requireEditable(review: LoadedReview, part: ReviewPart): void {
  if (!reviewPartEditable(review.row.stage, part)) throw refuse("CONFLICT", "errors.reviews.notEditable");
}

export interface EvidenceEntry {
  id: string;
  kind: EvidenceKind;
  title: string;
  body: string;
  url: string | null;
  meetingOn: string | null;
  attendees: string | null;
  file: { name: string; type: string; size: number } | null;
  complaint: { reference: string; status: string; receivedOn: string; causeCategory: string | null } | null;
  /** For `insight`: the figures as they stood when linked. */
  snapshot: Record<string, unknown> | null;
  createdBy: string;
  createdAt: string;
  /** Ids of the four Cs questions whose answers cite this entry. */
  citedBy: string[];
}

/** The review's evidence log, oldest first (the order it was gathered in), optionally one kind only. */
export async function evidenceLog(db: Executor, reviewId: string, kind?: EvidenceKind): Promise<EvidenceEntry[]> {
  const rows = await db
    .select({
      id: reviewEvidence.id,
      kind: reviewEvidence.kind,
      title: reviewEvidence.title,
      body: reviewEvidence.body,
      url: reviewEvidence.url,
      meetingOn: reviewEvidence.meetingOn,
      fileName: reviewEvidence.fileName,
      mimeType: reviewEvidence.mimeType,
      byteSize: reviewEvidence.byteSize,
      snapshot: reviewEvidence.snapshot,
      complaintReference: complaints.reference,
      complaintStatus: complaints.status,
      complaintReceivedOn: complaints.receivedOn,
      complaintCause: complaints.causeCategory,
      createdBy: users.name,
      createdAt: reviewEvidence.createdAt,
    })
    .from(reviewEvidence)
    .innerJoin(users, eq(users.id, reviewEvidence.createdByUserId))
    .leftJoin(complaints, eq(complaints.id, reviewEvidence.complaintId))
    .where(kind ? and(eq(reviewEvidence.reviewId, reviewId), eq(reviewEvidence.kind, kind)) : eq(reviewEvidence.reviewId, reviewId))
    .orderBy(asc(reviewEvidence.createdAt), asc(reviewEvidence.id));
  const citations = rows.length ? await citingQuestions(db, rows.map((r) => r.id)) : new Map<string, string[]>();
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    title: row.title,
    body: row.body,
    url: row.url,
    meetingOn: row.meetingOn,
    // Meeting records keep who attended in the jsonb details column; insights keep their figures there.
    attendees: row.kind === "meeting" && typeof row.snapshot?.attendees === "string" ? row.snapshot.attendees : null,
    file: row.kind === "file" && row.fileName && row.mimeType ? { name: row.fileName, type: row.mimeType, size: row.byteSize ?? 0 } : null,
    complaint: row.complaintReference
      ? { reference: row.complaintReference, status: row.complaintStatus!, receivedOn: row.complaintReceivedOn!, causeCategory: row.complaintCause }
      : null,
    snapshot: row.kind === "insight" ? row.snapshot : null,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    citedBy: citations.get(row.id) ?? [],
  }));
}

/** For each evidence id, the questions whose answers cite it, in question order. */
export async function citingQuestions(db: Executor, evidenceIds: readonly string[]): Promise<Map<string, string[]>> {
  const rows = await db
    .select({ evidenceId: reviewAnswerEvidence.evidenceId, question: reviewAnswers.question })
    .from(reviewAnswerEvidence)
    .innerJoin(reviewAnswers, eq(reviewAnswers.id, reviewAnswerEvidence.answerId))
    .where(inArray(reviewAnswerEvidence.evidenceId, [...evidenceIds]))
    .orderBy(asc(reviewAnswers.question));
  const result = new Map<string, string[]>();
  for (const row of rows) result.set(row.evidenceId, [...(result.get(row.evidenceId) ?? []), row.question]);
  return result;
}

export async function filesHeld(db: Executor, reviewId: string): Promise<number> {
  const [held] = await db
    .select({ n: count() })
    .from(reviewEvidence)
    .where(and(eq(reviewEvidence.reviewId, reviewId), eq(reviewEvidence.kind, "file")));
  return held?.n ?? 0;
}

/** One stored file of a review, for a download. */
export async function evidenceFile(db: Executor, reviewId: string, id: string) {
  const [row] = await db
    .select({ fileName: reviewEvidence.fileName, content: reviewEvidence.content })
    .from(reviewEvidence)
    .where(and(eq(reviewEvidence.id, id), eq(reviewEvidence.reviewId, reviewId), eq(reviewEvidence.kind, "file")));
  if (!row?.content || !row.fileName) throw refuse("NOT_FOUND", "errors.notFound");
  return { fileName: row.fileName, content: new Uint8Array(row.content) };
}
