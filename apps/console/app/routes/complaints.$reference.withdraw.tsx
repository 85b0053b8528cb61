import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { WarningText } from "@hearth/ui";
import { revalidateAfterPost, StepPage, useStep } from "../components/casework/step-page";
import { loadStep, postStep } from "../lib/casework-step.server";

export function loader(args: LoaderFunctionArgs) {
  return loadStep(args, "withdraw");
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];
export const shouldRevalidate = revalidateAfterPost;

export async function action(args: ActionFunctionArgs) {
  const { reference, version, finish } = await postStep(args, "withdraw", []);
  return finish((api) => api.withdraw({ reference, version }));
}

export default function Withdraw() {
  const { t, data, messages } = useStep<typeof loader>();
  return (
    <StepPage header={data} messages={messages} submitVariant="warning">
      <p className="govuk-body">{t("steps.withdraw.intro")}</p>
      <WarningText assistiveText={t("common:ui.warning")}>{t("steps.withdraw.warning")}</WarningText>
    </StepPage>
  );
}
