import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { isLocale, textDirection } from "@hearth/i18n";
import { Details, Fieldset, Hint, InsetText, Select, TextInput } from "@hearth/ui";
import { Written } from "../components/casework/complaint-sections";
import { revalidateAfterPost, StepPage, useStep } from "../components/casework/step-page";
import { POINT_ROWS } from "../lib/casework";
import { loadStep, postStep } from "../lib/casework-step.server";

const POINT_IDS = Array.from({ length: POINT_ROWS }, (_, index) => `point-${index + 1}`);

export function loader(args: LoaderFunctionArgs) {
  return loadStep(args, "acknowledge", (complaint, scope) => {
    // Acknowledging from "escalated" opens stage 2, which the Code gives to someone other than the stage 1 handler.
    const stage: 1 | 2 = complaint.status === "escalated" ? 2 : 1;
    const stage1 = complaint.stages.find((s) => s.stage === 1);
    const excluded = stage === 2 ? complaint.stage1HandlerId : null;
    const staff = complaint.staff.filter((person) => person.id !== excluded);
    return {
      ackStage: stage,
      staff,
      stage1Handler: stage === 2 ? (stage1?.handler.name ?? null) : null,
      defaultHandler: staff.some((person) => person.id === scope.user.id) ? scope.user.id : (staff[0]?.id ?? ""),
      words: { lang: complaint.language, dir: isLocale(complaint.language) ? textDirection(complaint.language) : undefined, whatHappened: complaint.whatHappened, putRight: complaint.putRight },
      // At stage 2 the complaint usually stays as defined at stage 1; start from those points.
      suggestedPoints: stage === 2 ? (stage1?.points.map((point) => point.summary) ?? []) : [],
    };
  });
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];
export const shouldRevalidate = revalidateAfterPost;

export async function action(args: ActionFunctionArgs) {
  const { reference, version, value, finish } = await postStep(args, "acknowledge", ["handlerId", ...POINT_IDS]);
  return finish((api) => api.acknowledge({ reference, version, handlerId: value("handlerId"), points: POINT_IDS.map((id) => value(id)) }), {
    rename: (field) => {
      if (field === "handlerId") return field;
      if (field === "points") return POINT_IDS[0];
      const match = /^points\.(\d+)$/.exec(field);
      return match ? POINT_IDS[Number(match[1])] : undefined;
    },
  });
}

export default function Acknowledge() {
  const { t, data, messages } = useStep<typeof loader>();
  const pointsError = POINT_IDS.map((id) => messages.field(id)).find(Boolean);
  return (
    <StepPage
      header={data}
      messages={messages}
      heading={t(`steps.acknowledge.heading${data.ackStage}`)}
      intro={
        <>
          <p className="govuk-body">{t(`steps.acknowledge.intro${data.ackStage}`)}</p>
          <Details summary={t("complaint.wordsHeading")}>
            <h2 className="govuk-heading-s">{t("words.whatHappened")}</h2>
            <Written text={data.words.whatHappened} lang={data.words.lang} dir={data.words.dir} block />
            <h2 className="govuk-heading-s">{t("words.putRight")}</h2>
            <Written text={data.words.putRight} lang={data.words.lang} dir={data.words.dir} block />
          </Details>
        </>
      }
    >
      <Select
        id="handlerId"
        name="handlerId"
        label={t("steps.acknowledge.handler")}
        labelSize="s"
        hint={data.stage1Handler ? t("steps.acknowledge.handlerHint2", { name: data.stage1Handler }) : t("steps.acknowledge.handlerHint1")}
        defaultValue={messages.value("handlerId") ?? data.defaultHandler}
        error={messages.field("handlerId")}
        options={data.staff.map((person) => ({ value: person.id, label: person.name }))}
      />
      <div className={pointsError ? "govuk-form-group govuk-form-group--error" : "govuk-form-group"}>
        <Fieldset legend={t("steps.acknowledge.points")} legendSize="s" describedBy="points-hint">
          <Hint id="points-hint">{t("steps.acknowledge.pointsHint", { count: POINT_ROWS })}</Hint>
          {POINT_IDS.map((id, index) => (
            <TextInput
              key={id}
              id={id}
              name={id}
              label={t("steps.acknowledge.point", { number: index + 1 })}
              defaultValue={messages.value(id) ?? data.suggestedPoints[index] ?? ""}
              error={messages.field(id)}
              maxLength={500}
            />
          ))}
        </Fieldset>
      </div>
      <InsetText>{t("steps.acknowledge.residentTold")}</InsetText>
    </StepPage>
  );
}
