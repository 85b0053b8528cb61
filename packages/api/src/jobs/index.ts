// The job queue: enqueue inside a transaction, run with a worker in each app host.
export { enqueueJob, type ComplaintNotice, type JobKind, type JobPayloads } from "./enqueue.js";
export { PermanentJobError, type JobContext, type JobHandler } from "./handler.js";
export { createMailer, type Mailer, type OutgoingMail } from "./mailer.js";
export { retryDelayMs, startJobWorker, type JobWorker, type JobWorkerOptions } from "./worker.js";
