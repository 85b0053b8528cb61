import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { attempt, load } from "@hearth/api/server";
import { translateMessage } from "@hearth/i18n";
import { Button, SummaryList, WarningText } from "@hearth/ui";
import { CsrfField, useFormMessages } from "@hearth/ui/remix";
import { useRootData } from "../root";
import { ElectionPage, electionShouldRevalidate } from "../components/elections/election-page";
import { electionFormFailed, electionPost, electionScope, finishElectionForm } from "../lib/election-page.server";
import { electionPath } from "../lib/election-paths";
import { when } from "../lib/format.server";

const OPEN_FORM = "open-form";

export async function loader(args: LoaderFunctionArgs) {
  const scope = await electionScope(args);
  const reference = args.params.reference ?? "";
  const election = await load(() => scope.caller.elections.get({ reference }));
  const { candidates } = await load(() => scope.caller.elections.candidates({ reference }));
  return {
    title: scope.pageTitle("open.title", { reference: election.header.reference }, electionFormFailed(args)),
    header: election.header,
    problems: election.openingProblems.map((p) => ({ key: `errors.${p.key}`, params: "params" in p ? p.params : undefined })),
    rollSize: election.rollSize,
    electorate: election.settings.electorate,
    // Ballot-paper order is fixed on opening; shown here alphabetically as it will be.
    shortlisted: candidates.filter((c) => c.status === "shortlisted").map((c) => c.ballotName),
    opened: election.header.votingOpenedAt ? when(scope.locale, election.header.votingOpenedAt)!.text : null,
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];
export const shouldRevalidate = electionShouldRevalidate;

export async function action(args: ActionFunctionArgs) {
  const { scope, form, header } = await electionPost(args);
  const version = String(form.get("version") ?? "");
  const outcome = await attempt(() => scope.caller.elections.open({ electionId: header.id, version: Number(version) }));
  return finishElectionForm(args, outcome, { reference: header.reference, banner: "elections:done.opened", values: { version }, remap: (errors) => errors.map((e) => ({ ...e, field: OPEN_FORM })) });
}

export default function OpenVoting() {
  const { t } = useTranslation("elections");
  const data = useLoaderData<typeof loader>();
  const { csrfToken } = useRootData();
  const messages = useFormMessages(useActionData<typeof action>(), OPEN_FORM);
  const { header } = data;
  if (header.locked) {
    return (
      <ElectionPage header={header} heading={t("open.heading")}>
        <p className="govuk-body">{t("open.alreadyOpen", { when: data.opened ?? "" })}</p>
        <p className="govuk-body">
          <a className="govuk-link" href={electionPath(header.reference, "codes")}>
            {t("open.codesLink")}
          </a>
        </p>
      </ElectionPage>
    );
  }
  return (
    <ElectionPage header={header} heading={t("open.heading")} errors={messages.summary}>
      {data.problems.length > 0 ? (
        <>
          <p className="govuk-body">{t("open.notYet")}</p>
          <ul className="govuk-list govuk-list--bullet">
            {data.problems.map((problem) => (
              <li key={problem.key + JSON.stringify(problem.params ?? {})}>{translateMessage(t, problem)}</li>
            ))}
          </ul>
        </>
      ) : (
        <>
          <p className="govuk-body">{t("open.intro")}</p>
          <h2 className="govuk-heading-m">{t("open.lockedHeading")}</h2>
          <SummaryList
            rows={[
              { key: t("form.system.legend"), value: t(`system.${header.system}.name`) },
              { key: t("form.seats.label"), value: header.seats },
              { key: t("open.candidates"), value: <ol className="govuk-list govuk-list--number govuk-!-margin-bottom-0">{data.shortlisted.map((name) => <li key={name}>{name}</li>)}</ol> },
              { key: t("open.roll"), value: t("open.rollSize", { total: data.rollSize }) },
            ]}
          />
          <p className="govuk-body">{t("open.orderNote")}</p>
          <WarningText assistiveText={t("common:ui.warning")}>{t("open.warning")}</WarningText>
          <Form method="post" id={OPEN_FORM} noValidate>
            <CsrfField token={csrfToken} />
            <input type="hidden" name="version" value={messages.value("version") ?? String(header.version)} />
            <Button type="submit" variant="warning">
              {t("open.submit")}
            </Button>
          </Form>
        </>
      )}
    </ElectionPage>
  );
}
