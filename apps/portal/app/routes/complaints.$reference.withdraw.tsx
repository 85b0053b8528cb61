import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { attempt, readForm } from "@hearth/api/server";
import { CharacterCount } from "@hearth/ui";
import { useFormMessages } from "@hearth/ui/remix";
import { DecisionPage } from "../components/complaints/decision-page";
import { complaintPath } from "../lib/complaint-steps";
import { complaintProblem, complaintScope, decisionPage, textField } from "../lib/complaints.server";

/** The most the API keeps of a resident's reason for withdrawing. */
const REASON_LIMIT = 1000;

export function loader(args: LoaderFunctionArgs) {
  return decisionPage(args, "canWithdraw", "complaints.withdraw.title");
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

export async function action(args: ActionFunctionArgs) {
  const scope = await complaintScope(args);
  const form = await readForm(args.request, scope);
  const reason = textField(form, "reason");
  const outcome = await attempt(() => scope.caller.complaints.withdraw({ reference: args.params.reference ?? "", reason }));
  // A reason too long sits under its box; anything else (say, answered meanwhile) under the button.
  if (!outcome.ok) return complaintProblem(args, outcome.errors.map((e) => (e.field === "reason" ? e : { ...e, field: "withdraw" })), { reason });
  return redirect(`${complaintPath(outcome.value.reference)}?withdrawn=1`, 303);
}

export default function WithdrawComplaint() {
  const { t } = useTranslation("portal");
  const { reference } = useLoaderData<typeof loader>();
  const messages = useFormMessages(useActionData<typeof action>(), "withdraw");
  return (
    <DecisionPage
      reference={reference}
      title={t("complaints.withdraw.title")}
      errors={messages.summary}
      action="withdraw"
      button={t("complaints.withdraw.button")}
      variant="warning"
      back={t("complaints.withdraw.keep")}
      explanation={
        <>
          <h2 className="govuk-heading-m">{t("complaints.withdraw.next.heading")}</h2>
          <ul className="govuk-list govuk-list--bullet">
            <li>{t("complaints.withdraw.next.stop")}</li>
            <li>{t("complaints.withdraw.next.final")}</li>
            <li>{t("complaints.withdraw.next.message")}</li>
            <li>{t("complaints.withdraw.next.again")}</li>
          </ul>
        </>
      }
    >
      <CharacterCount
        id="reason"
        name="reason"
        label={t("complaints.withdraw.reason")}
        labelSize="s"
        hint={t("complaints.withdraw.reasonHint")}
        rows={4}
        maxLength={REASON_LIMIT}
        limitText={t("complaints.characters.limit", { count: REASON_LIMIT })}
        remainingText={(count) => t("complaints.characters.remaining", { count })}
        overText={(count) => t("complaints.characters.over", { count })}
        defaultValue={messages.value("reason")}
        error={messages.field("reason")}
        spellCheck
      />
    </DecisionPage>
  );
}
