import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { attempt, load, readForm } from "@hearth/api/server";
import { BackLink, ErrorSummary } from "@hearth/ui";
import { useFormMessages } from "@hearth/ui/remix";
import { NEW_ELECTION, SETTINGS_FORM, SettingsForm } from "../components/elections/settings-form";
import { useErrorTitle } from "../lib/form-errors";
import { electionFormFailed, electionProblem, electionScope } from "../lib/election-page.server";
import { readSettingsForm, settingsFieldIds } from "../lib/election-forms.server";
import { electionPath } from "../lib/election-paths";
import { withBanner } from "../lib/review-paths";

export async function loader(args: LoaderFunctionArgs) {
  const scope = await electionScope(args);
  return {
    title: scope.pageTitle("create.title", {}, electionFormFailed(args)),
    neighbourhoods: await load(() => scope.caller.elections.neighbourhoods()),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

export async function action(args: ActionFunctionArgs) {
  const scope = await electionScope(args);
  const form = await readForm(args.request, scope);
  const { input, values } = readSettingsForm(form);
  const outcome = await attempt(() => scope.caller.elections.create(input));
  if (outcome.ok) return redirect(withBanner(electionPath(outcome.value.reference), "elections:done.created"), { status: 303 });
  return electionProblem(args, settingsFieldIds(outcome.errors), values);
}

export default function NewElection() {
  const { t } = useTranslation("elections");
  const { neighbourhoods } = useLoaderData<typeof loader>();
  const messages = useFormMessages(useActionData<typeof action>(), SETTINGS_FORM);
  useErrorTitle(messages.hasErrors);
  return (
    <>
      <BackLink href="/elections">{t("create.back")}</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary title={t("common:form.problem")} errors={messages.summary} />
          <h1 className="govuk-heading-l">{t("create.heading")}</h1>
          <p className="govuk-body">{t("create.intro")}</p>
          <SettingsForm id={SETTINGS_FORM} defaults={NEW_ELECTION} neighbourhoods={neighbourhoods} messages={messages} submitLabel={t("create.submit")} />
        </div>
      </div>
    </>
  );
}
