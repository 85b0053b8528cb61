// Server-only frame of the complaint step pages: the loader's header (or why
// the step cannot be taken now), and the action's read → call the API → 303
// back to the complaint with its banner, or the form back with its messages.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { attempt, readForm, type FieldMessage, type Outcome } from "@hearth/api/server";
import { complaintPath, type Done, type Step, type StepName } from "./casework";
import { caseworkScope, loadCase, type CaseDetail, type CaseworkScope } from "./casework.server";
import { hasFormErrors } from "./form-errors.server";
import { finishForm, formText } from "./form-page.server";
import type { RouteArgs } from "./request.server";

const STALE = "errors.complaints.changedMeanwhile";

/**
 * Why a step cannot be taken now, as the API would say it, or none when it
 * can. Step pages show this instead of a form, so a stale link or a bookmark
 * never reaches a crash.
 */
function stepBlocked(complaint: Pick<CaseDetail, "allowed" | "status">, step: Step): FieldMessage[] {
  if (complaint.allowed.includes(step)) return [];
  if (step === "extend" && complaint.status.endsWith("-extended")) return [{ key: "errors.complaints.alreadyExtended" }];
  return [{ key: "errors.complaints.illegalTransition" }];
}

/** A step page's loader data: what every step page shows above its form, and what `more` takes from the complaint for this step's form. */
export async function loadStep<More extends object = Record<never, never>>(
  args: LoaderFunctionArgs,
  step: StepName,
  more?: (complaint: CaseDetail, scope: CaseworkScope) => More,
) {
  const scope = await caseworkScope(args);
  const complaint = await loadCase(scope, args.params.reference);
  return {
    step,
    title: scope.pageTitle(`steps.${step}.title`, { reference: complaint.reference }, hasFormErrors(args.context)),
    reference: complaint.reference,
    version: complaint.version,
    blocked: step === "contact" ? [] : stepBlocked(complaint, step),
    ...(more ? more(complaint, scope) : ({} as More)),
  };
}

/** Redirect (303) to the complaint with the banner for `done`, or send the form back with its messages. */
export function finishStep<T>(
  args: RouteArgs,
  outcome: Outcome<T>,
  reference: string,
  done: Done,
  values: Record<string, string | string[]>,
  remap?: (errors: FieldMessage[]) => FieldMessage[],
) {
  return finishForm(args, outcome, { reference, to: complaintPath(reference, done), home: complaintPath(reference), staleKey: STALE, values, remap });
}

export interface StepFinish {
  /**
   * Points an API field name at the form's own id (e.g. "points.2" → "point-3"),
   * so each message sits next to the box it is about; undefined makes it a
   * whole-form message (such as a stale version). By default the posted
   * fields keep their names and nothing else does.
   */
  rename?: (field: string, error: FieldMessage) => string | undefined;
  /** Rewords messages once they have their form ids. */
  reword?: (errors: FieldMessage[]) => FieldMessage[];
}

/**
 * A posted step form (CSRF checked): the form, the complaint's reference, the
 * version it was sent with, the typed `fields` (a function when they depend on
 * the form), and `finish`, which makes the API call and answers as finishStep does.
 */
export async function postStep(args: ActionFunctionArgs, step: StepName, fields: readonly string[] | ((form: FormData) => readonly string[])) {
  const scope = await caseworkScope(args);
  const form = await readForm(args.request, scope);
  const names = typeof fields === "function" ? fields(form) : fields;
  const values = formText(form, ["version", ...names]);
  const reference = args.params.reference ?? "";
  const keepPosted = (field: string) => (names.includes(field) ? field : undefined);
  async function finish<T>(call: (api: CaseworkScope["caller"]["complaintCases"]) => Promise<T>, { rename = keepPosted, reword }: StepFinish = {}) {
    const outcome = await attempt(() => call(scope.caller.complaintCases));
    return finishStep(args, outcome, reference, step, values, (errors) => {
      const renamed = errors.map((error) => (error.field === undefined ? error : { ...error, field: rename(error.field, error) }));
      return reword ? reword(renamed) : renamed;
    });
  }
  return { form, reference, version: Number(values.version), value: (name: string) => values[name] ?? "", finish };
}
