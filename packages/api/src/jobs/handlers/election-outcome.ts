// Tells a candidate the outcome of their nomination (not eligible, on the
// shortlist, or not shortlisted) as a message in their portal "Messages", in
// their language, and by email too when they asked to be contacted that way.
import { eq } from "drizzle-orm";
import { z } from "zod";
import { schema } from "@hearth/db";
import type { Locale } from "@hearth/domain/identity";
import { formatDate, serverT } from "@hearth/i18n";
import { markMessageEmailed, messageRecipient, saveMessageForJob } from "../../repositories/messaging/resident-messages.js";
import type { JobPayloads } from "../enqueue.js";
import { PermanentJobError, type JobHandler } from "../handler.js";

export const CANDIDATE_OUTCOMES = ["ineligible", "shortlisted", "not_shortlisted"] as const;
export type CandidateOutcome = (typeof CANDIDATE_OUTCOMES)[number];

const payloadShape = z.object({ candidateId: z.uuid(), outcome: z.enum(CANDIDATE_OUTCOMES) });

export interface OutcomeFacts {
  outcome: CandidateOutcome;
  reference: string;
  title: string;
  votingOpenAt: Date;
  /** The officer's note on an eligibility decision, given to the candidate as the reason. */
  note: string;
  residentName: string;
  landlordName: string;
}

export function renderOutcomeNotice(locale: Locale, facts: OutcomeFacts) {
  const t = serverT(locale, "elections");
  // Greeting, sign-off and email footer are the ones every resident message uses.
  const common = serverT(locale, "messages");
  const params = { reference: facts.reference, title: facts.title, date: formatDate(locale, facts.votingOpenAt) };
  const n = (key: string) => t(`notice.${facts.outcome}.${key}`, params);
  const paragraphs = [common("notice.greeting", { name: facts.residentName }), n("body")];
  if (facts.outcome === "ineligible" && facts.note.trim()) paragraphs.push(t("notice.ineligible.reason", { reason: facts.note.trim() }));
  paragraphs.push(n("next"), common("notice.signOff", { landlord: facts.landlordName }));
  return { subject: n("subject"), body: paragraphs.join("\n\n"), emailFooter: common("notice.emailFooter") };
}

export const notifyCandidateOutcome: JobHandler<JobPayloads["election.candidateOutcome"]> = async (payload, { db, mailer, jobId, log }) => {
  const parsed = payloadShape.safeParse(payload);
  if (!parsed.success) throw new PermanentJobError(`bad election.candidateOutcome payload: ${parsed.error.message}`);
  const { candidateId, outcome } = parsed.data;
  const [candidate] = await db
    .select({
      residentId: schema.electionCandidates.residentId,
      note: schema.electionCandidates.eligibilityNote,
      electionId: schema.elections.id,
      reference: schema.elections.reference,
      title: schema.elections.title,
      votingOpenAt: schema.elections.votingOpenAt,
    })
    .from(schema.electionCandidates)
    .innerJoin(schema.elections, eq(schema.elections.id, schema.electionCandidates.electionId))
    .where(eq(schema.electionCandidates.id, candidateId));
  if (!candidate) throw new PermanentJobError(`candidate ${candidateId} no longer exists`);
  const recipient = await messageRecipient(db, candidate.residentId);
  if (!recipient) throw new PermanentJobError(`resident ${candidate.residentId} no longer exists`);

  const rendered = renderOutcomeNotice(recipient.language, {
    outcome,
    reference: candidate.reference,
    title: candidate.title,
    votingOpenAt: candidate.votingOpenAt,
    note: candidate.note,
    residentName: recipient.name,
    landlordName: recipient.landlordName,
  });
  const message = await saveMessageForJob(db, {
    jobId,
    residentId: candidate.residentId,
    subject: rendered.subject,
    body: rendered.body,
    language: recipient.language,
    topic: { type: "election", id: candidate.electionId, reference: candidate.reference },
  });
  if (!mailer || !recipient.contactMethods.includes("email") || !recipient.accountEmail || message.emailedTo) return;
  await mailer.send({ to: recipient.accountEmail, subject: message.subject, text: `${message.body}\n\n${rendered.emailFooter}`, language: message.language });
  await markMessageEmailed(db, message.id, recipient.accountEmail);
  log.info({ message: message.id }, "candidate outcome emailed");
};
