import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { load } from "@hearth/api/server";
import { translateMessage } from "@hearth/i18n";
import { Button, InsetText, SummaryList, WarningText } from "@hearth/ui";
import { CsrfField, useFormMessages } from "@hearth/ui/remix";
import { useRootData } from "../root";
import { ElectionPage, electionShouldRevalidate } from "../components/elections/election-page";
import { countStepAction, paperMessages } from "../lib/election-count.server";
import { electionFormFailed, electionScope } from "../lib/election-page.server";
import { isolate } from "../lib/bidi";
import { electionPath } from "../lib/election-paths";
import { when } from "../lib/format.server";

const COUNT_FORM = "count-form";

export async function loader(args: LoaderFunctionArgs) {
  const scope = await electionScope(args);
  const status = await load(() => scope.caller.electionCount.status({ reference: args.params.reference ?? "" }));
  const { header } = status;
  // Before counting, the chain is checked from its genesis so the officer sees it holds.
  const chain = header.phase === "closed" ? await load(() => scope.caller.electionCount.verifyChain({ reference: header.reference })) : null;
  return {
    title: scope.pageTitle("counting:count.title", { reference: header.reference }, electionFormFailed(args)),
    header,
    problems: paperMessages(status.paperProblems),
    chain,
    counted: status.result ? { ...status.result, countedAt: when(scope.locale, status.result.countedAt)!.text } : null,
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];
export const shouldRevalidate = electionShouldRevalidate;

export const action = (args: ActionFunctionArgs) => countStepAction(args, "count", COUNT_FORM);

export default function RunCount() {
  const { t } = useTranslation("counting");
  const data = useLoaderData<typeof loader>();
  const { csrfToken } = useRootData();
  const messages = useFormMessages(useActionData<typeof action>(), COUNT_FORM);
  const { header } = data;
  const path = (suffix: string) => electionPath(header.reference, suffix);
  if (data.counted) {
    return (
      <ElectionPage header={header} heading={t("count.heading")}>
        <p className="govuk-body">{t("count.countedAt", { when: data.counted.countedAt, name: isolate(data.counted.countedBy) })}</p>
        <SummaryList
          rows={[
            { key: t("count.ballots"), value: data.counted.ballots },
            { key: t("count.validVotes"), value: data.counted.validVotes },
            { key: t("count.elected"), value: <ul className="govuk-list govuk-!-margin-bottom-0">{data.counted.elected.map((name) => <li key={name}><bdi>{name}</bdi></li>)}</ul> },
          ]}
        />
        <p className="govuk-body">
          <a className="govuk-link" href={path("results")}>
            {t("count.toResults")}
          </a>
        </p>
      </ElectionPage>
    );
  }
  if (header.phase !== "closed") {
    return (
      <ElectionPage header={header} heading={t("count.heading")}>
        <InsetText>{t("count.notClosed")}</InsetText>
      </ElectionPage>
    );
  }
  const blocked = data.problems.length > 0 || !data.chain?.ok;
  return (
    <ElectionPage header={header} heading={t("count.heading")} errors={messages.summary}>
      <div id={COUNT_FORM} tabIndex={-1}>
      <p className="govuk-body">{t("count.intro", { system: t(`elections:system.${header.system}.name`) })}</p>
      {data.problems.length > 0 && (
        <>
          <WarningText assistiveText={t("common:ui.warning")}>{t("count.paperFirst")}</WarningText>
          <ul className="govuk-list govuk-list--bullet">
            {data.problems.map((problem) => (
              <li key={problem.key}>{translateMessage(t, problem)}</li>
            ))}
          </ul>
          <p className="govuk-body">
            <a className="govuk-link" href={path("paper")}>
              {t("count.toPaper")}
            </a>
          </p>
        </>
      )}
      {data.chain && (
        <>
          <h2 className="govuk-heading-m">{t("count.chainHeading")}</h2>
          {data.chain.ok ? (
            <p className="govuk-body">{t("close.chainOk", { entries: data.chain.entries })}</p>
          ) : (
            <WarningText assistiveText={t("common:ui.warning")}>{t("close.chainBroken", { position: data.chain.brokenAt ?? data.chain.entries })}</WarningText>
          )}
        </>
      )}
      {!blocked && (
        <>
          <p className="govuk-body">{t("count.final")}</p>
          <Form method="post" noValidate>
            <CsrfField token={csrfToken} />
            <input type="hidden" name="version" value={messages.value("version") ?? String(header.version)} />
            <Button type="submit">{t("count.submit")}</Button>
          </Form>
        </>
      )}
      </div>
    </ElectionPage>
  );
}
