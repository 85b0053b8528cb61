import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { load, loadIfFound } from "@hearth/api/server";
import { BackLink, InsetText, Panel, SummaryList } from "@hearth/ui";
import { useVotingFormats } from "../components/voting/format";
import { StageTable } from "../components/voting/stage-table";
import { TallyTable } from "../components/voting/tally-table";
import { electionPaths } from "../lib/election-paths";
import { publicScope, votingTitle } from "../lib/voting.server";

export async function loader(args: LoaderFunctionArgs) {
  const scope = await publicScope(args);
  const reference = args.params.reference ?? "";
  // Published results carry the election's title; only before publication is the election itself
  // needed, to say when to come back.
  const results = await loadIfFound(() => scope.caller.voting.results({ reference }));
  const election = results
    ? { reference: results.reference, title: results.title, countAt: null }
    : await load(() => scope.caller.voting.election({ reference })).then((e) => ({ reference: e.reference, title: e.title, countAt: e.countAt }));
  return { title: votingTitle(args, scope, "results.title", { title: election.title }), election, results };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

export default function Results() {
  const { t } = useTranslation("voting");
  const { election, results } = useLoaderData<typeof loader>();
  const format = useVotingFormats();
  const table = results?.table ?? null;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <BackLink href={electionPaths.election(election.reference)}>{election.title}</BackLink>
        <span className="govuk-caption-l">{election.title}</span>
        <h1 className="govuk-heading-l">{t("results.heading")}</h1>
        {!results || !table ? (
          <InsetText>{election.countAt && t("results.notYet", { date: format.dateTime(election.countAt) })}</InsetText>
        ) : (
          <>
            <div className="govuk-grid-row">
              <div className="govuk-grid-column-two-thirds">
                <Panel title={t("results.electedHeading")} headingLevel={2}>
                  {table.elected.map((name, i) => (
                    <span key={name}>
                      {i > 0 && <br />}
                      <bdi>{name}</bdi>
                    </span>
                  ))}
                </Panel>
                <SummaryList
                  rows={[
                    { key: t("results.seats"), value: format.count(results.seats) },
                    { key: t("results.system"), value: t(`system.${results.system}`) },
                    { key: t("results.turnout"), value: t("results.turnoutValue", { voted: format.count(results.turnout.voted), roll: format.count(results.turnout.roll), percent: format.percent(results.turnout.voted, results.turnout.roll) }) },
                    { key: t("results.ballots"), value: format.count(results.turnout.ballots) },
                    { key: t("results.validVotes"), value: format.count(table.validVotes) },
                    ...(table.kind === "stv" ? [{ key: t("results.quota"), value: format.votes(table.quota) }] : []),
                    { key: t("results.published"), value: format.dateTime(results.publishedAt) },
                  ]}
                />
                {table.kind === "stv" && <p className="govuk-body">{t("results.quotaExplained")}</p>}
              </div>
            </div>
            {table.kind === "stv" ? <StageTable table={table} /> : <TallyTable table={table} />}
            <div className="govuk-grid-row">
              <div className="govuk-grid-column-two-thirds">
                <h2 className="govuk-heading-m">{t("results.checkHeading")}</h2>
                <p className="govuk-body">{t("results.checkBody")}</p>
                <p className="govuk-body">
                  <a className="govuk-link" href={electionPaths.receipt(election.reference)}>
                    {t("election.checkReceipt")}
                  </a>
                </p>
                <p className="govuk-body-s">
                  {t("results.chainHead")} <code className="govuk-!-font-size-14 govuk-!-text-break-word">{results.chainHead}</code>
                </p>
                <h2 className="govuk-heading-m">{t("counting:public.heading")}</h2>
                <p className="govuk-body">{t("counting:public.intro")}</p>
                <ul className="govuk-list">
                  <li>
                    <a className="govuk-link" href={`${electionPaths.election(election.reference)}/ballots.blt`} download>
                      {t("counting:public.blt")}
                    </a>
                  </li>
                  <li>
                    <a className="govuk-link" href={`${electionPaths.election(election.reference)}/verification`} download>
                      {t("counting:public.bundle")}
                    </a>
                  </li>
                </ul>
              </div>
            </div>
          </>
        )}
      </div>
    </div>
  );
}
