import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { REFUSAL_REASONS, type RefusalReason } from "@hearth/domain/complaints";
import { Radios, Textarea } from "@hearth/ui";
import { revalidateAfterPost, StepPage, ToldWithOmbudsman, useStep } from "../components/casework/step-page";
import { loadStep, postStep } from "../lib/casework-step.server";

export function loader(args: LoaderFunctionArgs) {
  return loadStep(args, "refuse");
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];
export const shouldRevalidate = revalidateAfterPost;

export async function action(args: ActionFunctionArgs) {
  const { reference, version, value, finish } = await postStep(args, "refuse", ["reason", "explanation"]);
  return finish((api) => api.refuse({ reference, version, reason: value("reason") as RefusalReason, explanation: value("explanation") }));
}

export default function Refuse() {
  const { t, data, messages } = useStep<typeof loader>();
  return (
    <StepPage header={data} messages={messages} submitVariant="warning" intro={<p className="govuk-body">{t("steps.refuse.intro")}</p>}>
      <Radios
        name="reason"
        legend={t("steps.refuse.reason")}
        legendSize="s"
        defaultValue={messages.value("reason")}
        error={messages.field("reason")}
        items={REFUSAL_REASONS.map((reason) => ({ value: reason, label: t(`complaints:refusalReason.${reason}`) }))}
      />
      <Textarea
        id="explanation"
        name="explanation"
        label={t("steps.refuse.explanation")}
        labelSize="s"
        hint={t("steps.refuse.explanationHint")}
        rows={6}
        defaultValue={messages.value("explanation")}
        error={messages.field("explanation")}
      />
      <ToldWithOmbudsman told={t("steps.refuse.residentTold")} />
    </StepPage>
  );
}
