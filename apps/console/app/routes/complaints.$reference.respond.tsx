import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import type { FieldMessage } from "@hearth/api/server";
import { POINT_DECISIONS, type PointDecision } from "@hearth/domain/complaints";
import { Checkboxes, Fieldset, Radios, Select, TextInput, Textarea, WarningText } from "@hearth/ui";
import { revalidateAfterPost, StepPage, useStep } from "../components/casework/step-page";
import { ACTION_ROWS } from "../lib/casework";
import { currentStage } from "../lib/casework.server";
import { loadStep, postStep } from "../lib/casework-step.server";

const MAX_POINTS = 10;
const ACTION_FIELDS = ["description", "ownerId", "dueOn"] as const;
const actionId = (row: number, field: (typeof ACTION_FIELDS)[number]) => `action-${row + 1}-${field}`;

export function loader(args: LoaderFunctionArgs) {
  return loadStep(args, "respond", (complaint, scope) => {
    const stage = currentStage(complaint) ?? 1;
    const open = complaint.stages.find((s) => s.stage === stage);
    return {
      respondStage: stage,
      points: (open?.points ?? []).map((point) => ({ id: point.id, summary: point.summary })),
      staff: complaint.staff,
      // The Code: the final response comes from someone other than whoever dealt with stage 1 (the API enforces it).
      sameHandler: stage === 2 && complaint.stage1HandlerId === scope.user.id,
    };
  });
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];
export const shouldRevalidate = revalidateAfterPost;

/** The points the form was sent with: one hidden id each, numbered from 0. */
const pointsPosted = (form: FormData) => Array.from({ length: MAX_POINTS }, (_, i) => i).filter((i) => form.has(`point-${i}`)).length;

function respondFields(form: FormData): string[] {
  const pointNames = Array.from({ length: pointsPosted(form) }, (_, i) => [`point-${i}`, `decision-${i}`, `reasons-${i}`]).flat();
  const actionNames = Array.from({ length: ACTION_ROWS }, (_, row) => ACTION_FIELDS.map((field) => actionId(row, field))).flat();
  return ["summary", "apology", "compensation", ...pointNames, ...actionNames];
}

export async function action(args: ActionFunctionArgs) {
  const { form, reference, version, value, finish } = await postStep(args, "respond", respondFields);
  const pointCount = pointsPosted(form);

  const decisions = Array.from({ length: pointCount }, (_, i) => ({ pointId: value(`point-${i}`), decision: value(`decision-${i}`) as PointDecision, reasons: value(`reasons-${i}`) }));
  // Action rows left blank are not actions; the others are checked whole.
  const used = Array.from({ length: ACTION_ROWS }, (_, row) => row).filter((row) => ACTION_FIELDS.some((field) => value(actionId(row, field)).trim() !== ""));
  const actions = used.map((row) => ({ description: value(actionId(row, "description")), ownerId: value(actionId(row, "ownerId")), dueOn: value(actionId(row, "dueOn")) }));

  const pointIndex = (error: FieldMessage) => Math.max(0, decisions.findIndex((d) => d.pointId === error.params?.pointId));
  return finish(
    (api) => api.respond({ reference, version, decisions, summary: value("summary"), apology: value("apology") === "yes", compensation: value("compensation"), actions }),
    {
      rename: (field, error) => {
        if (field === "summary" || field === "compensation") return field;
        // Domain rules name the point in a parameter; input checks name it in the path.
        if (field === "decisions") return `${error.key.endsWith("reasonsRequired") ? "reasons" : "decision"}-${pointIndex(error)}`;
        const decision = /^decisions\.(\d+)\.(\w+)$/.exec(field);
        if (decision) return `${decision[2] === "reasons" ? "reasons" : "decision"}-${decision[1]}`;
        if (field === "actions") return actionId(used[0] ?? 0, "description");
        const act = /^actions\.(\d+)\.(description|ownerId|dueOn)$/.exec(field);
        if (act) return actionId(used[Number(act[1])] ?? 0, act[2] as (typeof ACTION_FIELDS)[number]);
        return undefined;
      },
      reword: numbered,
    },
  );
}

// The API's messages say "every point" / "each action"; beside one field, say which.
const NUMBERED: [RegExp, Record<string, string>][] = [
  [/^decision-(\d+)$/, { "errors.complaints.invalidDecision": "decision", "errors.complaints.decisionsMismatch": "decision" }],
  [/^reasons-(\d+)$/, { "errors.complaints.reasonsRequired": "reasons" }],
  [/^action-(\d+)-description$/, { "errors.complaints.invalidAction": "actionDescription" }],
  [/^action-(\d+)-ownerId$/, { "errors.complaints.actionOwnerRequired": "actionOwner", "errors.complaints.handlerRequired": "actionOwner" }],
  [/^action-(\d+)-dueOn$/, { "errors.complaints.actionDateRequired": "actionDue" }],
];

function numbered(errors: FieldMessage[]): FieldMessage[] {
  return errors.map((error) => {
    for (const [pattern, keys] of NUMBERED) {
      const match = error.field ? pattern.exec(error.field) : null;
      const name = match ? keys[error.key] : undefined;
      if (match && name) {
        // decision-0 is point 1; action-1-… is already numbered from 1.
        const number = error.field!.startsWith("action-") ? Number(match[1]) : Number(match[1]) + 1;
        return { ...error, key: `casework:fieldErrors.${name}`, params: { number } };
      }
    }
    return error;
  });
}

export default function Respond() {
  const { t, data, messages } = useStep<typeof loader>();
  const ownerOptions = [{ value: "", label: t("steps.respond.chooseOwner") }, ...data.staff.map((person) => ({ value: person.id, label: person.name }))];
  return (
    <StepPage
      header={data}
      messages={messages}
      heading={t(`steps.respond.heading${data.respondStage}`)}
      submitLabel={t(`steps.respond.submit${data.respondStage}`)}
      intro={
        <>
          <p className="govuk-body">{t("steps.respond.intro")}</p>
          {data.sameHandler && <WarningText assistiveText={t("common:ui.warning")}>{t("steps.respond.sameHandler")}</WarningText>}
        </>
      }
    >
      <h2 className="govuk-heading-m">{t("steps.respond.decisionsHeading")}</h2>
      {data.points.map((point, index) => (
        <div key={point.id} className="hearth-point">
          <input type="hidden" name={`point-${index}`} value={point.id} />
          <h3 className="govuk-heading-s">{t("steps.respond.pointHeading", { number: index + 1 })}</h3>
          <p className="govuk-body hearth-written">{point.summary}</p>
          <Radios
            name={`decision-${index}`}
            legend={t("steps.respond.decision", { number: index + 1 })}
            legendSize="s"
            small
            defaultValue={messages.value(`decision-${index}`)}
            error={messages.field(`decision-${index}`)}
            items={POINT_DECISIONS.map((decision) => ({ value: decision, label: t(`complaints:decision.${decision}`) }))}
          />
          <Textarea
            id={`reasons-${index}`}
            name={`reasons-${index}`}
            label={t("steps.respond.reasons", { number: index + 1 })}
            labelSize="s"
            rows={3}
            defaultValue={messages.value(`reasons-${index}`)}
            error={messages.field(`reasons-${index}`)}
          />
        </div>
      ))}

      <h2 className="govuk-heading-m">{t("steps.respond.responseHeading")}</h2>
      <Textarea
        id="summary"
        name="summary"
        label={t("steps.respond.summary")}
        labelSize="s"
        hint={t(`steps.respond.summaryHint${data.respondStage}`)}
        rows={8}
        defaultValue={messages.value("summary")}
        error={messages.field("summary")}
      />
      <Checkboxes
        name="apology"
        legend={t("steps.respond.apologyLegend")}
        legendSize="s"
        small
        defaultValues={messages.value("apology") === "yes" ? ["yes"] : []}
        items={[{ value: "yes", label: t("steps.respond.apology") }]}
      />
      <TextInput
        id="compensation"
        name="compensation"
        label={t("steps.respond.compensation")}
        labelSize="s"
        hint={t("steps.respond.compensationHint")}
        inputMode="decimal"
        width={10}
        spellCheck={false}
        defaultValue={messages.value("compensation")}
        error={messages.field("compensation")}
      />

      <h2 className="govuk-heading-m">{t("steps.respond.actionsHeading")}</h2>
      <p className="govuk-body">{t("steps.respond.actionsIntro", { count: ACTION_ROWS })}</p>
      {Array.from({ length: ACTION_ROWS }, (_, row) => (
        <Fieldset key={row} legend={t("steps.respond.actionLegend", { number: row + 1 })} legendSize="s" className="hearth-action-row">
          <TextInput
            id={actionId(row, "description")}
            name={actionId(row, "description")}
            label={t("steps.respond.actionDescription")}
            defaultValue={messages.value(actionId(row, "description"))}
            error={messages.field(actionId(row, "description"))}
          />
          <Select
            id={actionId(row, "ownerId")}
            name={actionId(row, "ownerId")}
            label={t("steps.respond.actionOwner")}
            defaultValue={messages.value(actionId(row, "ownerId")) ?? ""}
            error={messages.field(actionId(row, "ownerId"))}
            options={ownerOptions}
          />
          <TextInput
            id={actionId(row, "dueOn")}
            name={actionId(row, "dueOn")}
            type="date"
            width={10}
            label={t("steps.respond.actionDue")}
            defaultValue={messages.value(actionId(row, "dueOn"))}
            error={messages.field(actionId(row, "dueOn"))}
          />
        </Fieldset>
      ))}
    </StepPage>
  );
}
