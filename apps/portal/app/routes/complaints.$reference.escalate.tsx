import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { attempt, readForm } from "@hearth/api/server";
import { CODE_TIMESCALES } from "@hearth/domain/complaints";
import { useFormMessages } from "@hearth/ui/remix";
import { DecisionPage } from "../components/complaints/decision-page";
import { complaintPath } from "../lib/complaint-steps";
import { complaintProblem, complaintScope, decisionPage } from "../lib/complaints.server";

export function loader(args: LoaderFunctionArgs) {
  return decisionPage(args, "canEscalate", "complaints.escalate.title");
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
  const { reference } = useLoaderData<typeof loader>();
  const messages = useFormMessages(useActionData<typeof action>(), "escalate");
  const stage2 = CODE_TIMESCALES.stage2;
  return (
    <DecisionPage
      reference={reference}
      title={t("complaints.escalate.title")}
      errors={messages.summary}
      action="escalate"
      button={t("complaints.escalate.button")}
      explanation={
        <>
          <p className="govuk-body">{t("complaints.escalate.intro")}</p>
          <p className="govuk-body">{t("complaints.escalate.noReason")}</p>
          <h2 className="govuk-heading-m">{t("complaints.escalate.next.heading")}</h2>
          <ul className="govuk-list govuk-list--bullet">
            <li>{t("complaints.escalate.next.someoneElse")}</li>
            <li>{t("complaints.escalate.next.acknowledge", { days: stage2.acknowledgeWithin })}</li>
            <li>{t("complaints.escalate.next.respond", { days: stage2.respondWithin })}</li>
            <li>{t("complaints.escalate.next.ombudsman")}</li>
          </ul>
        </>
      }
    />
  );
}
