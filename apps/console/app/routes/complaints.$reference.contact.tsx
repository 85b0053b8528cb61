import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { InsetText, Radios, Textarea } from "@hearth/ui";
import { revalidateAfterPost, StepPage, useStep } from "../components/casework/step-page";
import { NOTE_METHODS } from "../lib/casework";
import { loadStep, postStep } from "../lib/casework-step.server";

export function loader(args: LoaderFunctionArgs) {
  return loadStep(args, "contact");
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];
export const shouldRevalidate = revalidateAfterPost;

export async function action(args: ActionFunctionArgs) {
  const { reference, value, finish } = await postStep(args, "contact", ["method", "summary"]);
  return finish((api) => api.recordContact({ reference, method: value("method") as (typeof NOTE_METHODS)[number], summary: value("summary") }), {
    // The API's message for a missing method is worded for residents choosing how to be contacted.
    reword: (errors) => errors.map((error) => (error.field === "method" ? { ...error, key: "casework:fieldErrors.noteMethod" } : error)),
  });
}

export default function RecordContact() {
  const { t, data, messages } = useStep<typeof loader>();
  return (
    <StepPage header={data} messages={messages} intro={<InsetText>{t("steps.contact.internal")}</InsetText>}>
      <Radios
        name="method"
        legend={t("steps.contact.method")}
        legendSize="s"
        defaultValue={messages.value("method")}
        error={messages.field("method")}
        items={NOTE_METHODS.map((method) => ({ value: method, label: t(`noteMethod.${method}`) }))}
      />
      <Textarea
        id="summary"
        name="summary"
        label={t("steps.contact.summary")}
        labelSize="s"
        hint={t("steps.contact.summaryHint")}
        rows={6}
        defaultValue={messages.value("summary")}
        error={messages.field("summary")}
      />
    </StepPage>
  );
}
