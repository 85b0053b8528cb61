import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { CAUSE_CATEGORIES, type CauseCategory } from "@hearth/domain/complaints";
import { Select, SummaryList, Textarea } from "@hearth/ui";
import { revalidateAfterPost, StepPage, useStep } from "../components/casework/step-page";
import { loadStep, postStep } from "../lib/casework-step.server";

export function loader(args: LoaderFunctionArgs) {
  return loadStep(args, "close", (complaint) => ({ serviceArea: complaint.serviceArea }));
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];
export const shouldRevalidate = revalidateAfterPost;

export async function action(args: ActionFunctionArgs) {
  const { reference, version, value, finish } = await postStep(args, "close", ["causeCategory", "lessonsLearnt"]);
  return finish((api) => api.close({ reference, version, causeCategory: value("causeCategory") as CauseCategory, lessonsLearnt: value("lessonsLearnt") }));
}

export default function Close() {
  const { t, data, messages } = useStep<typeof loader>();
  return (
    <StepPage
      header={data}
      messages={messages}
      intro={
        <>
          <p className="govuk-body">{t("steps.close.intro")}</p>
          <SummaryList rows={[{ key: t("summary.serviceArea"), value: t(`complaints:serviceArea.${data.serviceArea.slug}`, { defaultValue: data.serviceArea.name }) }]} />
        </>
      }
    >
      <Select
        id="causeCategory"
        name="causeCategory"
        label={t("steps.close.cause")}
        labelSize="s"
        hint={t("steps.close.causeHint")}
        defaultValue={messages.value("causeCategory") ?? ""}
        error={messages.field("causeCategory")}
        options={[{ value: "", label: t("steps.close.chooseCause") }, ...CAUSE_CATEGORIES.map((cause) => ({ value: cause, label: t(`complaints:cause.${cause}`) }))]}
      />
      <Textarea
        id="lessonsLearnt"
        name="lessonsLearnt"
        label={t("steps.close.lessons")}
        labelSize="s"
        hint={t("steps.close.lessonsHint")}
        defaultValue={messages.value("lessonsLearnt")}
        error={messages.field("lessonsLearnt")}
      />
    </StepPage>
  );
}
