import { sql } from "drizzle-orm";
import { schema, type Executor } from "@hearth/db";
import { formatComplaintReference, newComplaint, openDeadline, type ComplaintChannel } from "@hearth/domain/complaints";
import { writeAudit } from "../../audit.js";
import { enqueueJob } from "../../jobs/enqueue.js";
import { landlordCalendar } from "./calendar.js";

const { complaints, complaintSequences, complaintEvents } = schema;

export interface NewComplaint {
  landlordId: string;
  residentId: string;
  serviceAreaId: string;
  channel: ComplaintChannel;
  whatHappened: string;
  putRight: string;
  language: string;
  contactMethod: string;
  contactDetail: string;
  receivedOn: string;
  /** Staff member who took it by phone, letter or in person; null when the resident made it. */
  recordedByUserId: string | null;
  actorUserId: string | null;
  address: string | null;
  now: Date;
}

/** The next reference for the year; the row lock on the counter serialises concurrent complaints. */
async function nextReference(tx: Executor, year: number): Promise<string> {
  const [counter] = await tx
    .insert(complaintSequences)
    .values({ year, last: 1 })
    .onConflictDoUpdate({ target: complaintSequences.year, set: { last: sql`${complaintSequences.last} + 1` } })
    .returning({ last: complaintSequences.last });
  return formatComplaintReference(year, counter!.last);
}

/** Logs a complaint as received. Call inside a transaction. */
export async function createComplaint(tx: Executor, input: NewComplaint): Promise<{ id: string; reference: string; acknowledgeBy: string }> {
  const reference = await nextReference(tx, Number(input.receivedOn.slice(0, 4)));
  const calendar = await landlordCalendar(tx, input.landlordId);
  const acknowledgeBy = openDeadline(newComplaint({ receivedOn: input.receivedOn }), calendar)!.dueOn;
  const [row] = await tx
    .insert(complaints)
    .values({
      landlordId: input.landlordId,
      reference,
      residentId: input.residentId,
      serviceAreaId: input.serviceAreaId,
      channel: input.channel,
      whatHappened: input.whatHappened,
      putRight: input.putRight,
      language: input.language,
      contactMethod: input.contactMethod,
      contactDetail: input.contactDetail,
      receivedOn: input.receivedOn,
      lastEventOn: input.receivedOn,
      nextDueOn: acknowledgeBy,
      recordedByUserId: input.recordedByUserId,
      updatedByUserId: input.actorUserId,
      createdAt: input.now,
      updatedAt: input.now,
    })
    .returning({ id: complaints.id });
  const details = { channel: input.channel };
  await tx.insert(complaintEvents).values({ complaintId: row!.id, type: "receive", on: input.receivedOn, actorUserId: input.actorUserId, visibleToResident: true, details });
  await writeAudit(tx, { actorUserId: input.actorUserId, action: "complaint.received", subjectType: "complaint", subjectId: reference, details, address: input.address }, input.now);
  await enqueueJob(tx, "complaint.notify", { complaintId: row!.id, notice: "received" });
  return { id: row!.id, reference, acknowledgeBy };
}
