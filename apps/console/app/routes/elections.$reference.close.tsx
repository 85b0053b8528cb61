import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { load } from "@hearth/api/server";
import { Button, InsetText, SummaryList, WarningText } from "@hearth/ui";
import { CsrfField, useFormMessages } from "@hearth/ui/remix";
import { useRootData } from "../root";
import { ElectionPage, electionShouldRevalidate } from "../components/elections/election-page";
import { percent } from "../lib/election-figures.server";
import { countStepAction } from "../lib/election-count.server";
import { electionFormFailed, electionScope } from "../lib/election-page.server";
import { isolate } from "../lib/bidi";
import { electionPath } from "../lib/election-paths";
import { when } from "../lib/format.server";

const CLOSE_FORM = "close-form";

export async function loader(args: LoaderFunctionArgs) {
  const scope = await electionScope(args);
  const status = await load(() => scope.caller.electionCount.status({ reference: args.params.reference ?? "" }));
  const { header, turnout } = status;
  return {
    title: scope.pageTitle("counting:close.title", { reference: header.reference }, electionFormFailed(args)),
    header,
    turnout: { ...turnout, percent: percent(scope.locale, turnout.voted, turnout.roll) },
    due: when(scope.locale, status.votingCloseAt)!.text,
    early: Date.now() < Date.parse(status.votingCloseAt),
    closed: header.votingClosedAt ? { at: when(scope.locale, header.votingClosedAt)!.text, by: status.closedBy ?? "" } : null,
    chain: status.header.votingClosedAt && header.phase === "closed" ? await load(() => scope.caller.electionCount.verifyChain({ reference: header.reference })) : null,
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];
export const shouldRevalidate = electionShouldRevalidate;

export const action = (args: ActionFunctionArgs) => countStepAction(args, "close", CLOSE_FORM);

export default function CloseVoting() {
  const { t } = useTranslation("counting");
  const data = useLoaderData<typeof loader>();
  const { csrfToken } = useRootData();
  const messages = useFormMessages(useActionData<typeof action>(), CLOSE_FORM);
  const { header, turnout } = data;
  const figures = (
    <SummaryList
      rows={[
        { key: t("close.turnout"), value: t("close.turnoutValue", { voted: turnout.voted, roll: turnout.roll, percent: turnout.percent }) },
        { key: t("close.online"), value: turnout.online },
        { key: t("close.code"), value: turnout.code },
        { key: t("close.paper"), value: turnout.paper },
      ]}
    />
  );
  if (data.closed) {
    return (
      <ElectionPage header={header} heading={t("close.heading")}>
        <p className="govuk-body">{t("close.closedAt", { when: data.closed.at, name: isolate(data.closed.by) })}</p>
        {figures}
        {data.chain && (
          <>
            <h2 className="govuk-heading-m">{t("close.chainHeading")}</h2>
            <p className="govuk-body">{t(data.chain.ok ? "close.chainOk" : "close.chainBroken", { entries: data.chain.entries, position: data.chain.brokenAt ?? data.chain.entries })}</p>
            <p className="govuk-body-s">
              {t("close.chainHead")} <code className="govuk-!-font-size-14 govuk-!-text-break-word">{data.chain.head}</code>
            </p>
          </>
        )}
        <p className="govuk-body">
          <a className="govuk-link" href={electionPath(header.reference, header.phase === "closed" ? "count" : "results")}>
            {t(header.phase === "closed" ? "close.toCount" : "close.toResults")}
          </a>
        </p>
      </ElectionPage>
    );
  }
  if (header.phase !== "voting") {
    return (
      <ElectionPage header={header} heading={t("close.heading")}>
        <InsetText>{t("close.notOpen")}</InsetText>
      </ElectionPage>
    );
  }
  return (
    <ElectionPage header={header} heading={t("close.heading")} errors={messages.summary}>
      <p className="govuk-body">{t("close.intro")}</p>
      {figures}
      <ul className="govuk-list govuk-list--bullet">
        <li>{t("close.effects.online")}</li>
        <li>{t("close.effects.paper")}</li>
        <li>{t("close.effects.chain")}</li>
      </ul>
      {data.early && <InsetText>{t("close.early", { when: data.due })}</InsetText>}
      <WarningText assistiveText={t("common:ui.warning")}>{t("close.warning")}</WarningText>
      <Form method="post" id={CLOSE_FORM} noValidate>
        <CsrfField token={csrfToken} />
        <input type="hidden" name="version" value={messages.value("version") ?? String(header.version)} />
        <Button type="submit" variant="warning">
          {t("close.submit")}
        </Button>
      </Form>
    </ElectionPage>
  );
}
