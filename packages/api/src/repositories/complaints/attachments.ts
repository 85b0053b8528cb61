import { createHash } from "node:crypto";
import { and, asc, count, eq, isNull } from "drizzle-orm";
import { schema, type Executor } from "@hearth/db";
import { attachmentProblem, safeAttachmentName, sniffAttachmentType } from "@hearth/domain/complaints";
import { refuse } from "../../errors.js";

const { complaintAttachments } = schema;

export const attachmentSummary = {
  id: complaintAttachments.id,
  fileName: complaintAttachments.fileName,
  contentType: complaintAttachments.contentType,
  sizeBytes: complaintAttachments.sizeBytes,
  createdAt: complaintAttachments.createdAt,
};

/** Files waiting in a resident's draft (not yet part of a complaint). */
export function draftAttachments(db: Executor, residentId: string) {
  return db
    .select(attachmentSummary)
    .from(complaintAttachments)
    .where(and(eq(complaintAttachments.residentId, residentId), isNull(complaintAttachments.complaintId)))
    .orderBy(asc(complaintAttachments.createdAt));
}

export function complaintAttachmentList(db: Executor, complaintId: string) {
  return db.select(attachmentSummary).from(complaintAttachments).where(eq(complaintAttachments.complaintId, complaintId)).orderBy(asc(complaintAttachments.createdAt));
}

/** Checks and stores one file in the resident's draft; refuses with a field message the form can show. */
export async function addDraftAttachment(db: Executor, input: { residentId: string; fileName: string; bytes: Uint8Array; uploadedByUserId: string }) {
  return db.transaction(async (tx) => {
    // Serialise uploads per resident so two at once cannot both slip under the limit.
    await tx.select({ id: schema.residents.id }).from(schema.residents).where(eq(schema.residents.id, input.residentId)).for("update");
    const [held] = await tx
      .select({ n: count() })
      .from(complaintAttachments)
      .where(and(eq(complaintAttachments.residentId, input.residentId), isNull(complaintAttachments.complaintId)));
    const problem = attachmentProblem({ bytes: input.bytes }, held?.n ?? 0);
    if (problem) throw refuse("BAD_REQUEST", `errors.complaints.attachment.${problem}`, { field: "file" });
    const type = sniffAttachmentType(input.bytes)!;
    const [row] = await tx
      .insert(complaintAttachments)
      .values({
        residentId: input.residentId,
        fileName: safeAttachmentName(input.fileName, type),
        contentType: type,
        sizeBytes: input.bytes.length,
        sha256: createHash("sha256").update(input.bytes).digest("hex"),
        content: input.bytes,
        uploadedByUserId: input.uploadedByUserId,
      })
      .returning(attachmentSummary);
    return row!;
  });
}

export async function removeDraftAttachment(db: Executor, residentId: string, id: string): Promise<void> {
  await db
    .delete(complaintAttachments)
    .where(and(eq(complaintAttachments.id, id), eq(complaintAttachments.residentId, residentId), isNull(complaintAttachments.complaintId)));
}

/** The file itself, for a download response. `owner` limits it to one resident's files. */
export async function attachmentContent(db: Executor, id: string, owner?: { residentId: string }) {
  const where = owner ? and(eq(complaintAttachments.id, id), eq(complaintAttachments.residentId, owner.residentId)) : eq(complaintAttachments.id, id);
  const [row] = await db
    .select({ fileName: complaintAttachments.fileName, contentType: complaintAttachments.contentType, content: complaintAttachments.content })
    .from(complaintAttachments)
    .where(where);
  if (!row) throw refuse("NOT_FOUND", "errors.notFound");
  return { fileName: row.fileName, contentType: row.contentType, content: new Uint8Array(row.content) };
}
