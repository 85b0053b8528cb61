import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { attempt, load, readForm } from "@hearth/api/server";
import { CODE_TIMESCALES } from "@hearth/domain/complaints";
import { BackLink, Button, ErrorSummary } from "@hearth/ui";
import { CsrfField, useFormMessages } from "@hearth/ui/remix";
import { useErrorTitle } from "../components/complaints/question-frame";
import { useRootData } from "../root";
import { complaintPath } from "../lib/complaint-steps";
import { complaintProblem, complaintScope, complaintTitle } from "../lib/complaints.server";

export async function loader(args: LoaderFunctionArgs) {
  const scope = await complaintScope(args);
  const complaint = await load(() => scope.caller.complaints.get({ reference: args.params.reference ?? "" }));
  if (!complaint.canEscalate) throw redirect(complaintPath(complaint.reference));
  return { title: complaintTitle(args, scope, "complaints.escalate.title"), reference: complaint.reference };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

export async function action(args: ActionFunctionArgs) {
  const scope = await complaintScope(args);
  await readForm(args.request, scope);
  const outcome = await attempt(() => scope.caller.complaints.escalate({ reference: args.params.reference ?? "" }));
  if (!outcome.ok) return complaintProblem(args, outcome.errors.map((e) => ({ ...e, field: "escalate" })));
  return redirect(`${complaintPath(outcome.value.reference)}?escalated=1`, 303);
}

export default function EscalateComplaint() {
  const { t } = useTranslation("portal");
  const { csrfToken } = useRootData();
  const { reference } = useLoaderData<typeof loader>();
  const messages = useFormMessages(useActionData<typeof action>(), "escalate");
  useErrorTitle(messages.hasErrors);
  const { stage2 } = CODE_TIMESCALES;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={complaintPath(reference)}>{t("common:form.back")}</BackLink>
        <ErrorSummary title={t("common:form.problem")} errors={messages.summary} />
        <span className="govuk-caption-l">
          <bdi>{reference}</bdi>
        </span>
        <h1 className="govuk-heading-l">{t("complaints.escalate.title")}</h1>
        <p className="govuk-body">{t("complaints.escalate.intro")}</p>
        <p className="govuk-body">{t("complaints.escalate.noReason")}</p>
        <h2 className="govuk-heading-m">{t("complaints.escalate.next.heading")}</h2>
        <ul className="govuk-list govuk-list--bullet">
          <li>{t("complaints.escalate.next.someoneElse")}</li>
          <li>{t("complaints.escalate.next.acknowledge", { days: stage2.acknowledgeWithin })}</li>
          <li>{t("complaints.escalate.next.respond", { days: stage2.respondWithin })}</li>
          <li>{t("complaints.escalate.next.ombudsman")}</li>
        </ul>
        <Form method="post" noValidate>
          <CsrfField token={csrfToken} />
          <div className="govuk-button-group">
            <Button id="escalate" preventDoubleClick>
              {t("complaints.escalate.button")}
            </Button>
            <a className="govuk-link" href={complaintPath(reference)}>
              {t("common:form.cancel")}
            </a>
          </div>
        </Form>
      </div>
    </div>
  );
}
