import { z } from "zod";
import { ACTION_STATUSES, RISK_LEVELS, smartProblems } from "@hearth/domain/reviews";
import { parseIsoDate } from "@hearth/domain/calendar";
import { reviewChangeInput } from "./workspace-inputs.js";

// Messages are translation keys in the "errors" namespace; the plan's own live under errors.reviews.plan.
const K = "errors.reviews.plan";
export const SHORT_TEXT_MAX = 200;
export const LONG_TEXT_MAX = 4000;

const isIsoDate = (value: string) => {
  try {
    parseIsoDate(value);
    return true;
  } catch {
    return false;
  }
};

/** Free text that may be left empty. */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: max === SHORT_TEXT_MAX ? `${K}.shortTextTooLong` : `${K}.longTextTooLong` })
    .default("");

/** Free text that must be given. */
const requiredText = (required: string, max: number) =>
  z
    .string({ error: required })
    .trim()
    .min(1, { error: required })
    .max(max, { error: max === SHORT_TEXT_MAX ? `${K}.shortTextTooLong` : `${K}.longTextTooLong` });

/** A required ISO date (YYYY-MM-DD). */
const dateInput = (required: string) =>
  z
    .string({ error: required })
    .trim()
    .min(1, { error: required })
    .refine(isIsoDate, { error: "errors.date.invalid" });

/** Names one row of a review's plan; the row must belong to that review. */
const itemInput = reviewChangeInput.extend({ id: z.uuid({ error: "errors.notFound" }) });
export const removeItemInput = itemInput;

export const readInput = z.object({ reference: z.string().trim().min(1, { error: "errors.notFound" }).max(40, { error: "errors.notFound" }) });

/**
 * The cover report's SMART block. Text is only bounded here; whether the
 * objective is SMART is the domain's call (`smartProblems`), and each missing
 * part gets its own message so the form can show them all at once.
 */
const objectiveFields = z
  .object({
    assessmentDetails: optionalText(LONG_TEXT_MAX),
    improvementAction: optionalText(LONG_TEXT_MAX),
    measure: optionalText(LONG_TEXT_MAX),
    owner: optionalText(SHORT_TEXT_MAX),
    dueOn: z.string().trim().max(40, { error: "errors.date.invalid" }).default(""),
    evidenceSummary: optionalText(LONG_TEXT_MAX),
    residentBenefit: optionalText(LONG_TEXT_MAX),
  })
  .shape;

function checkSmart(value: { improvementAction: string; measure: string; owner: string; dueOn: string }, issue: z.RefinementCtx): void {
  for (const field of smartProblems(value)) {
    const message = field === "dueOn" && value.dueOn !== "" ? "errors.date.invalid" : `${K}.objective.${field}Required`;
    issue.addIssue({ code: "custom", path: [field], message });
  }
}

export const addObjectiveInput = reviewChangeInput.extend(objectiveFields).superRefine(checkSmart);
export const updateObjectiveInput = itemInput.extend(objectiveFields).superRefine(checkSmart);

/** A milestone task under an objective: it cannot end before it starts. */
const taskFields = {
  task: requiredText(`${K}.task.taskRequired`, LONG_TEXT_MAX),
  owner: requiredText(`${K}.task.ownerRequired`, SHORT_TEXT_MAX),
  startOn: dateInput(`${K}.task.startOnRequired`),
  endOn: dateInput(`${K}.task.endOnRequired`),
};

function checkTaskDates(value: { startOn: string; endOn: string }, issue: z.RefinementCtx): void {
  if (isIsoDate(value.startOn) && isIsoDate(value.endOn) && value.endOn < value.startOn) {
    issue.addIssue({ code: "custom", path: ["endOn"], message: "errors.date.rangeBackwards" });
  }
}

export const addTaskInput = reviewChangeInput.extend({ objectiveId: z.uuid({ error: "errors.notFound" }), ...taskFields }).superRefine(checkTaskDates);
export const updateTaskInput = itemInput.extend(taskFields).superRefine(checkTaskDates);

/** The cover report's risk block: impact and likelihood are required, the residual risk is rated once controls are known. */
const riskFields = {
  summary: requiredText(`${K}.risk.summaryRequired`, LONG_TEXT_MAX),
  category: optionalText(SHORT_TEXT_MAX),
  impact: z.enum(RISK_LEVELS, { error: `${K}.risk.impactRequired` }),
  likelihood: z.enum(RISK_LEVELS, { error: `${K}.risk.likelihoodRequired` }),
  nature: optionalText(LONG_TEXT_MAX),
  effect: optionalText(LONG_TEXT_MAX),
  controlMeasures: optionalText(LONG_TEXT_MAX),
  contingency: optionalText(LONG_TEXT_MAX),
  indicators: optionalText(LONG_TEXT_MAX),
  residualRisk: z.enum(RISK_LEVELS, { error: `${K}.risk.residualRiskInvalid` }).nullable().default(null),
};

export const addRiskInput = reviewChangeInput.extend(riskFields);
export const updateRiskInput = itemInput.extend(riskFields);

export const addIndicatorInput = reviewChangeInput.extend({
  name: requiredText(`${K}.indicator.nameRequired`, SHORT_TEXT_MAX),
  current: optionalText(SHORT_TEXT_MAX),
  target: optionalText(SHORT_TEXT_MAX),
  isNew: z.boolean().default(false),
  source: optionalText(SHORT_TEXT_MAX),
});

/** Pounds as typed ("1250", "£1,250.50") to whole pence; never negative, at most £99,999,999.99. */
export const poundsToPence = z
  .string()
  .trim()
  .transform((value, issue) => {
    if (value === "") return 0;
    const cleaned = value.replace(/^£/, "").replace(/,/g, "");
    if (!/^\d{1,8}(\.\d{1,2})?$/.test(cleaned)) {
      issue.addIssue({ code: "custom", message: `${K}.option.costInvalid` });
      return z.NEVER;
    }
    const [pounds = "0", pence = ""] = cleaned.split(".");
    return Number(pounds) * 100 + Number(pence.padEnd(2, "0"));
  });

const optionFields = {
  title: requiredText(`${K}.option.titleRequired`, SHORT_TEXT_MAX),
  description: optionalText(LONG_TEXT_MAX),
  cost: poundsToPence.default(0),
  benefits: optionalText(LONG_TEXT_MAX),
  recommended: z.boolean().default(false),
};

export const addOptionInput = reviewChangeInput.extend(optionFields);
export const updateOptionInput = itemInput.extend(optionFields);

/** One action of the plan; how late it may fall due depends on the review (see `latestActionDue`). */
const actionFields = {
  action: requiredText(`${K}.action.actionRequired`, LONG_TEXT_MAX),
  owner: requiredText(`${K}.action.ownerRequired`, SHORT_TEXT_MAX),
  dueOn: dateInput(`${K}.action.dueOnRequired`),
};

export const addActionInput = reviewChangeInput.extend(actionFields);
export const updateActionInput = itemInput.extend(actionFields);

/** Progress after approval: a done action needs the day it was done; any other has none. */
export const actionProgressInput = itemInput
  .extend({
    status: z.enum(ACTION_STATUSES, { error: `${K}.action.statusRequired` }),
    completedOn: z.string().trim().max(40, { error: "errors.date.invalid" }).default(""),
  })
  .superRefine((value, issue) => {
    if (value.status !== "done") return;
    if (value.completedOn === "") issue.addIssue({ code: "custom", path: ["completedOn"], message: `${K}.action.completedOnRequired` });
    else if (!isIsoDate(value.completedOn)) issue.addIssue({ code: "custom", path: ["completedOn"], message: "errors.date.invalid" });
  })
  .transform((value) => ({ ...value, completedOn: value.status === "done" ? value.completedOn : null }));

/** A six-monthly update; every change to the plan carries its reason (seed 003, section 7). */
export const addUpdateInput = reviewChangeInput
  .extend({
    on: dateInput(`${K}.update.onRequired`),
    progress: requiredText(`${K}.update.progressRequired`, LONG_TEXT_MAX),
    changes: optionalText(LONG_TEXT_MAX),
    reason: optionalText(LONG_TEXT_MAX),
  })
  .superRefine((value, issue) => {
    if (value.changes !== "" && value.reason === "") issue.addIssue({ code: "custom", path: ["reason"], message: `${K}.update.reasonRequired` });
  });
