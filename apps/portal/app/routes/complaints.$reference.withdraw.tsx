import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { attempt, load, readForm } from "@hearth/api/server";
import { BackLink, Button, CharacterCount, ErrorSummary } from "@hearth/ui";
import { CsrfField, useFormMessages } from "@hearth/ui/remix";
import { useErrorTitle } from "../components/complaints/question-frame";
import { useRootData } from "../root";
import { complaintPath } from "../lib/complaint-steps";
import { complaintProblem, complaintScope, complaintTitle, textField } from "../lib/complaints.server";

/** The most the API keeps of a resident's reason for withdrawing. */
const REASON_LIMIT = 1000;

export async function loader(args: LoaderFunctionArgs) {
  const scope = await complaintScope(args);
  const complaint = await load(() => scope.caller.complaints.get({ reference: args.params.reference ?? "" }));
  if (!complaint.canWithdraw) throw redirect(complaintPath(complaint.reference));
  return { title: complaintTitle(args, scope, "complaints.withdraw.title"), reference: complaint.reference };
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
  const { csrfToken } = useRootData();
  const { reference } = useLoaderData<typeof loader>();
  const messages = useFormMessages(useActionData<typeof action>(), "withdraw");
  useErrorTitle(messages.hasErrors);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={complaintPath(reference)}>{t("common:form.back")}</BackLink>
        <ErrorSummary title={t("common:form.problem")} errors={messages.summary} />
        <span className="govuk-caption-l">
          <bdi>{reference}</bdi>
        </span>
        <h1 className="govuk-heading-l">{t("complaints.withdraw.title")}</h1>
        <h2 className="govuk-heading-m">{t("complaints.withdraw.next.heading")}</h2>
        <ul className="govuk-list govuk-list--bullet">
          <li>{t("complaints.withdraw.next.stop")}</li>
          <li>{t("complaints.withdraw.next.final")}</li>
          <li>{t("complaints.withdraw.next.message")}</li>
          <li>{t("complaints.withdraw.next.again")}</li>
        </ul>
        <Form method="post" noValidate>
          <CsrfField token={csrfToken} />
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
          <div className="govuk-button-group">
            <Button id="withdraw" variant="warning" preventDoubleClick>
              {t("complaints.withdraw.button")}
            </Button>
            <a className="govuk-link" href={complaintPath(reference)}>
              {t("complaints.withdraw.keep")}
            </a>
          </div>
        </Form>
      </div>
    </div>
  );
}
