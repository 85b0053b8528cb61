import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { attempt, readForm } from "@hearth/api/server";
import { BackLink, ErrorSummary, NotificationBanner } from "@hearth/ui";
import { useFormMessages } from "@hearth/ui/remix";
import { useRootData } from "../root";
import {
  Attachments,
  CaseSummary,
  Deadlines,
  EscalationNote,
  EventHistory,
  ResidentDetails,
  ResidentWords,
  StageSection,
  StepButtons,
} from "../components/casework/complaint-sections";
import { revalidateAfterPost } from "../components/casework/step-page";
import { ComplaintStatusTag } from "../components/casework/tags";
import { DONE } from "../lib/casework";
import { caseworkScope, loadCase } from "../lib/casework.server";
import { finishStep } from "../lib/casework-step.server";
import { complaintPage } from "../lib/complaint-page.server";
import { useErrorTitle } from "../lib/form-errors";
import { hasFormErrors } from "../lib/form-errors.server";

export async function loader(args: LoaderFunctionArgs) {
  const scope = await caseworkScope(args);
  const complaint = await loadCase(scope, args.params.reference);
  const done = new URL(args.request.url).searchParams.get("done");
  return {
    title: scope.pageTitle("complaint.title", { reference: complaint.reference }, hasFormErrors(args.context)),
    done: DONE.find((d) => d === done) ?? null,
    page: complaintPage(scope.locale, complaint, scope.user),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];
export const shouldRevalidate = revalidateAfterPost;

/** "Mark done" on an outstanding action. */
export async function action(args: ActionFunctionArgs) {
  const scope = await caseworkScope(args);
  const form = await readForm(args.request, scope);
  const reference = args.params.reference ?? "";
  if (String(form.get("intent") ?? "") !== "complete-action") throw new Response("Unknown intent", { status: 400 });
  const outcome = await attempt(() => scope.caller.complaintCases.completeAction({ reference, actionId: String(form.get("actionId") ?? "") }));
  return finishStep(args, outcome, reference, "action", {});
}

export default function Complaint() {
  const { t } = useTranslation("casework");
  const { page, done } = useLoaderData<typeof loader>();
  const { csrfToken } = useRootData();
  const messages = useFormMessages(useActionData<typeof action>(), "main-content");
  useErrorTitle(messages.hasErrors);
  return (
    <>
      <BackLink href="/complaints">{t("complaint.back")}</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-full hearth-case">
          {done && !messages.hasErrors && (
            <NotificationBanner title={t("common:notice")} type="success">
              {t(`done.${done}`, { reference: page.reference })}
            </NotificationBanner>
          )}
          <ErrorSummary title={t("common:form.problem")} errors={messages.summary} />
          <span className="govuk-caption-l">{t("complaint.caption")}</span>
          <h1 className="govuk-heading-l hearth-heading-with-tag">
            <span className="hearth-nowrap">{page.reference}</span> <ComplaintStatusTag status={page.status} />
          </h1>
          <StepButtons page={page} />
          <EscalationNote page={page} />

          <h2 className="govuk-heading-m">{t("complaint.summaryHeading")}</h2>
          <CaseSummary page={page} />

          <h2 className="govuk-heading-m">{t("complaint.residentHeading")}</h2>
          <ResidentDetails page={page} />

          <h2 className="govuk-heading-m">{t("complaint.wordsHeading")}</h2>
          <ResidentWords page={page} />

          <h2 className="govuk-heading-m">{t("complaint.deadlinesHeading")}</h2>
          <Deadlines page={page} />

          {page.stages.map((stage) => (
            <StageSection key={stage.stage} stage={stage} csrfToken={csrfToken} />
          ))}

          <h2 className="govuk-heading-m">{t("complaint.historyHeading")}</h2>
          <EventHistory page={page} />

          <h2 className="govuk-heading-m">{t("complaint.attachmentsHeading")}</h2>
          <Attachments page={page} />
        </div>
      </div>
    </>
  );
}
