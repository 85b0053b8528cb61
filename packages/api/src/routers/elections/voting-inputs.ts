import { z } from "zod";
import { LOCALES } from "@hearth/domain/identity";
import { STATEMENT_MAX_CHARACTERS, SKILLS_ANSWER_MAX_CHARACTERS } from "@hearth/domain/elections";
import { electionReferenceInput } from "./inputs.js";

// Messages are translation keys in the "errors" namespace. The rules proper
// (lengths that count what a person sees, required answers) are in the
// domain's `nominationProblems`; these only keep absurd input out.

export const referenceOnly = z.object({ reference: electionReferenceInput });

/** Generous outer bounds: a browser's CRLFs may make text longer than the rule counts. */
const text = (max: number) => z.string({ error: "errors.invalid" }).max(max * 2, { error: "errors.invalid" });

export const nominationInput = z.object({
  reference: electionReferenceInput,
  /** In the candidate's order: the first is their main statement. */
  statements: z
    .array(z.object({ language: z.string().max(10, { error: "errors.invalid" }), statement: text(STATEMENT_MAX_CHARACTERS) }), { error: "errors.invalid" })
    .max(LOCALES.length, { error: "errors.invalid" }),
  answers: z.record(z.string().max(40), text(SKILLS_ANSWER_MAX_CHARACTERS), { error: "errors.invalid" }),
  acknowledged: z.boolean({ error: "errors.invalid" }),
});

/**
 * What a voter marked: under STV a number (as typed) against each candidate
 * id, under first past the post and approval the ids they put a cross against.
 */
export const markedShape = {
  marks: z.record(z.string().max(60), z.string().max(20, { error: "errors.elections.ballot.notANumber" })).optional(),
  crosses: z.array(z.string().max(60)).max(200).optional(),
};

/** A single-use code as typed; the check symbol is verified by `normaliseCode`. */
export const codeInput = z.string({ error: "errors.elections.voting.codeWrong" }).max(60, { error: "errors.elections.voting.codeWrong" });

export const castInput = z.object({ reference: electionReferenceInput, ...markedShape });
export const codeOnly = z.object({ code: codeInput });
export const castWithCodeInput = z.object({ code: codeInput, ...markedShape });
export const receiptInput = z.object({ reference: electionReferenceInput, receipt: z.string().max(60, { error: "errors.elections.voting.receiptWrong" }) });
