import { FOUR_CS, type FourC } from "./vocabulary.js";

/**
 * The four Cs question bank (seed 003, handbook 4.2–4.5): what a review group
 * asks itself under challenge, compare, consult and compete, grouped by topic
 * as the handbook groups them. Only ids live here; the wording is translated
 * as `evidence:fourCs.topic.<c>.<topic>` and `evidence:fourCs.question.<id>`.
 *
 * Ids are stored with every answer (`review_answers.question`), so they never
 * change once released: reword a question in the locales, and add a new id
 * for a new question rather than reusing an old one.
 */
const BANK = {
  challenge: {
    "why-we-do-it": ["objectives", "outcome-measures", "business-plan-link", "need"],
    "strategic-context": ["legal-drivers", "corporate-objectives", "swot"],
    "operating-environment": ["pest", "demographics", "other-providers"],
    "customer-intelligence": ["needs", "importance", "unknowns", "meeting-needs", "without-service", "why-this-way", "constraints", "efficient", "better-way", "best-provider"],
    "leadership-and-people": ["vision", "policy-process-fit", "shared-values", "standards"],
    "policy-and-strategy": ["direction", "staff-understanding", "current-procedures", "practice-matches", "improvement"],
    "partnerships-and-resources": ["partners", "right-partners", "staffing", "staff-effective", "technology", "resourcing"],
  },
  compare: {
    benchmarking: ["current-use", "indicators", "best-performers", "regulatory-standards", "cost-quality-data", "private-sector", "direct-contact", "industry-data"],
    "good-practice": ["learn-from-leaders", "sector-guidance"],
    "performance-measures": ["reported", "right-measures", "different-measures", "measurable", "valid", "trends", "targets", "stretching", "customer-outcomes", "satisfaction", "peers", "causes", "success-measures"],
  },
  consult: {
    "customers-and-stakeholders": ["who", "past-consultation", "involvement", "plan-involvement", "involvement-plan", "seldom-heard"],
    "equality-and-diversity": ["fair-service", "less-favourable", "justified", "change-to-fix"],
    "accessible-formats": ["formats", "equal-satisfaction", "equal-access"],
  },
  compete: {
    "cost-and-value": ["cost-now", "cost-comparison", "savings", "charging", "income", "other-provider", "cost-of-better", "good-enough", "peaks"],
    partnerships: ["current", "potential", "range", "views", "relationships", "invited"],
    "competition-and-outsourcing": ["bring-competition", "competitive-now", "future", "procurement", "outsourcing-effect", "re-engineering", "suppliers", "supplier-standard"],
  },
} as const satisfies Record<FourC, Record<string, readonly string[]>>;

export interface FourCsQuestion {
  /** `<c>.<question>`, e.g. "challenge.objectives": unique across the whole bank. */
  id: string;
  c: FourC;
  topic: string;
  /** 1-based position within its C, as the page numbers the questions. */
  number: number;
}

export interface FourCsTopic {
  id: string;
  questions: readonly FourCsQuestion[];
}

function build(): Record<FourC, FourCsTopic[]> {
  const result = {} as Record<FourC, FourCsTopic[]>;
  for (const c of FOUR_CS) {
    let number = 0;
    result[c] = Object.entries(BANK[c] as Record<string, readonly string[]>).map(([topic, ids]) => ({
      id: topic,
      questions: ids.map((question) => ({ id: `${c}.${question}`, c, topic, number: ++number })),
    }));
  }
  return result;
}

/** Each C's topics, in the handbook's order, with their questions. */
export const FOUR_CS_BANK: Readonly<Record<FourC, readonly FourCsTopic[]>> = build();

/** Every question, in bank order. */
export const FOUR_CS_QUESTIONS: readonly FourCsQuestion[] = FOUR_CS.flatMap((c) => FOUR_CS_BANK[c].flatMap((topic) => topic.questions));

const byId = new Map(FOUR_CS_QUESTIONS.map((question) => [question.id, question]));

/** The question with this id, or undefined for an id that is not in the bank. */
export function fourCsQuestion(id: string): FourCsQuestion | undefined {
  return byId.get(id);
}

export function isFourC(value: unknown): value is FourC {
  return typeof value === "string" && (FOUR_CS as readonly string[]).includes(value);
}

/** The longest answer kept: a few paragraphs, with the detail in the evidence it cites. */
export const ANSWER_MAX = 5000;

export type AnswerProblem = "answerRequired" | "answerTooLong" | "evidenceRequired";

/**
 * Why an answer cannot be saved, as the names of its problems; empty when it
 * can. The handbook asks that every finding be backed by evidence, so an
 * answer needs words and at least one entry from the review's evidence log.
 */
export function answerProblems(answer: string, evidenceIds: readonly string[]): AnswerProblem[] {
  const problems: AnswerProblem[] = [];
  const text = answer.trim();
  if (text === "") problems.push("answerRequired");
  else if (text.length > ANSWER_MAX) problems.push("answerTooLong");
  if (evidenceIds.filter((id) => id.trim() !== "").length === 0) problems.push("evidenceRequired");
  return problems;
}

export interface FourCProgress {
  c: FourC;
  answered: number;
  total: number;
  status: "not-started" | "in-progress" | "completed";
}

/**
 * How far the group has got with each C, from the ids of the questions that
 * have an answer. Ids that are not in the bank (none should be) do not count.
 */
export function fourCsProgress(answeredQuestionIds: Iterable<string>): Record<FourC, FourCProgress> {
  const answered = new Set([...answeredQuestionIds].filter((id) => byId.has(id)));
  const result = {} as Record<FourC, FourCProgress>;
  for (const c of FOUR_CS) {
    const questions = FOUR_CS_BANK[c].flatMap((topic) => topic.questions);
    const done = questions.filter((question) => answered.has(question.id)).length;
    result[c] = { c, answered: done, total: questions.length, status: done === 0 ? "not-started" : done === questions.length ? "completed" : "in-progress" };
  }
  return result;
}
