import { z } from "zod";
import { electionChangeShape, electionReferenceInput } from "./inputs.js";
import { markedShape } from "./voting-inputs.js";

// Messages are translation keys in the "errors" namespace.

export const MAX_BATCH_PAPERS = 100;

export const referenceInput = z.object({ reference: electionReferenceInput });

export const returnsInput = z.object({
  reference: electionReferenceInput,
  search: z.string().max(100).default(""),
  page: z.number().int().min(1).max(10_000).default(1),
});

export const markReturnedInput = z.object({
  electionId: z.uuid({ error: "errors.notFound" }),
  residentId: z.uuid({ error: "errors.elections.counting.notOnRoll" }),
});

/** One paper as keyed: numbers or crosses as the paper shows them, or void when it cannot be counted. */
const keyedPaper = z.object({ ...markedShape, void: z.boolean().default(false) });

export const keyBatchInput = z.object({
  electionId: z.uuid({ error: "errors.notFound" }),
  label: z
    .string({ error: "errors.elections.counting.labelRequired" })
    .trim()
    .min(1, { error: "errors.elections.counting.labelRequired" })
    .max(60, { error: "errors.elections.counting.labelTooLong" }),
  papers: z
    .array(keyedPaper, { error: "errors.elections.counting.batchEmpty" })
    .min(1, { error: "errors.elections.counting.batchEmpty" })
    .max(MAX_BATCH_PAPERS, { error: "errors.elections.counting.batchTooBig" }),
});

export const batchInput = z.object({ electionId: z.uuid({ error: "errors.notFound" }), batchId: z.uuid({ error: "errors.notFound" }) });

export const rejectBatchInput = batchInput.extend({
  reason: z
    .string({ error: "errors.elections.counting.reasonRequired" })
    .trim()
    .min(1, { error: "errors.elections.counting.reasonRequired" })
    .max(500, { error: "errors.elections.counting.reasonTooLong" }),
});

export const batchReferenceInput = z.object({ reference: electionReferenceInput, batchId: z.uuid({ error: "errors.notFound" }) });

export const countStepInput = z.object(electionChangeShape);
