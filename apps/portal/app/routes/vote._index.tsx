import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { attempt, readForm } from "@hearth/api/server";
import { Button, ErrorSummary } from "@hearth/ui";
import { CsrfField, useFormMessages } from "@hearth/ui/remix";
import { useErrorTitle } from "../lib/error-title";
import { CodeField } from "../components/voting/code-field";
import { useRootData } from "../root";
import { electionPaths } from "../lib/election-paths";
import { publicScope, votingCodeCookie, votingProblem, votingTitle } from "../lib/voting.server";

export async function loader(args: LoaderFunctionArgs) {
  const scope = await publicScope(args);
  // Sent back here when the code stopped working between pages (used meanwhile, voting closed).
  const ended = new URL(args.request.url).searchParams.get("ended") === "1";
  return { title: votingTitle(args, scope, "code.title"), ended };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

/** Checks the code (right, unused, election open, holder on the roll) before showing any ballot. */
export async function action(args: ActionFunctionArgs) {
  const scope = await publicScope(args);
  const form = await readForm(args.request, scope);
  const typed = String(form.get("code") ?? "");
  const outcome = await attempt(() => scope.caller.voting.codeBallot({ code: typed }));
  if (!outcome.ok) return votingProblem(args, outcome.errors.map((e) => ({ ...e, field: "code" })), { code: typed });
  return redirect(electionPaths.codeBallot, { status: 303, headers: { "Set-Cookie": votingCodeCookie(args.context, outcome.value.code) } });
}

export default function VoteWithCode() {
  const { t } = useTranslation("voting");
  const { csrfToken } = useRootData();
  const { ended } = useLoaderData<typeof loader>();
  const messages = useFormMessages(useActionData<typeof action>(), "code");
  useErrorTitle(messages.hasErrors);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary title={t("common:form.problem")} errors={messages.summary} />
        <h1 className="govuk-heading-l">{t("code.title")}</h1>
        {ended && <p className="govuk-body">{t("code.ended")}</p>}
        <p className="govuk-body">{t("code.intro")}</p>
        <p className="govuk-body">{t("code.secret")}</p>
        <Form method="post" noValidate>
          <CsrfField token={csrfToken} />
          <CodeField name="code" label={t("code.label")} hint={t("code.hint")} messages={messages} />
          <Button>{t("common:form.continue")}</Button>
        </Form>
        <p className="govuk-body">
          <a className="govuk-link" href={`/sign-in?returnTo=${encodeURIComponent(electionPaths.list)}`}>
            {t("code.haveAccount")}
          </a>
        </p>
      </div>
    </div>
  );
}
