// The "make a complaint" journey, one question a page. Shared by the pages
// (back links) and their actions (where to go next).
export const QUESTION_STEPS = ["about", "what-happened", "put-right", "contact", "evidence"] as const;
export type QuestionStep = (typeof QUESTION_STEPS)[number];

export const START_PATH = "/complaints/new";
export const CHECK_PATH = "/complaints/new/check";

export function questionPath(step: QuestionStep, change = false): string {
  return `/complaints/new/${step}${change ? "?change=1" : ""}`;
}

/** The page after `step`; when changing an answer from the check page, straight back there. */
export function nextPath(step: QuestionStep, change: boolean): string {
  const next = QUESTION_STEPS[QUESTION_STEPS.indexOf(step) + 1];
  return change || !next ? CHECK_PATH : questionPath(next);
}

/** The Back link of `step`: the page before it, or the check page when changing an answer. */
export function previousPath(step: QuestionStep, change: boolean): string {
  if (change) return CHECK_PATH;
  const previous = QUESTION_STEPS[QUESTION_STEPS.indexOf(step) - 1];
  return previous ? questionPath(previous) : START_PATH;
}

export function complaintPath(reference: string): string {
  return `/complaints/${encodeURIComponent(reference)}`;
}

export function attachmentPath(id: string): string {
  return `/complaints/attachments/${encodeURIComponent(id)}`;
}
