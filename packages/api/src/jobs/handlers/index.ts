import type { JobKind, JobPayloads } from "../enqueue.js";
import type { JobHandler } from "../handler.js";
import { notifyComplaint } from "./complaint-notify.js";
import { notifyCandidateOutcome } from "./election-outcome.js";

/** One handler per kind of job; the type makes a new kind without a handler a compile error. */
export const JOB_HANDLERS: { readonly [K in JobKind]: JobHandler<JobPayloads[K]> } = {
  "complaint.notify": notifyComplaint,
  "election.candidateOutcome": notifyCandidateOutcome,
};
