import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { attempt } from "@hearth/api/server";
import { InsetText, Panel, SummaryList } from "@hearth/ui";
import { CountResult } from "../components/elections/count-result";
import { Downloads } from "../components/elections/downloads";
import { ElectionPage } from "../components/elections/election-page";
import { formatResult } from "../lib/election-count.server";
import { electionScope, loadElectionHeader } from "../lib/election-page.server";
import { isolate } from "../lib/bidi";
import { electionPath } from "../lib/election-paths";
import { when } from "../lib/format.server";

export async function loader(args: LoaderFunctionArgs) {
  const scope = await electionScope(args);
  const header = await loadElectionHeader(scope, args.params.reference);
  const outcome = await attempt(() => scope.caller.electionCount.result({ reference: header.reference }));
  const title = scope.pageTitle("counting:results.title", { reference: header.reference });
  if (!outcome.ok || !outcome.value.table) return { title, header, counted: null };
  const r = outcome.value;
  return {
    title,
    header,
    counted: {
      result: formatResult(scope.locale, r.table!, r.turnout),
      countedAt: when(scope.locale, r.countedAt)!.text,
      countedBy: r.countedBy,
      chainHead: r.chainHead,
      bltSha256: r.bltSha256,
      lots: r.lots,
    },
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

export default function CountResults() {
  const { t } = useTranslation("counting");
  const { header, counted } = useLoaderData<typeof loader>();
  if (!counted) {
    return (
      <ElectionPage header={header} heading={t("results.heading")}>
        <InsetText>{t("results.notYet")}</InsetText>
        {header.phase === "closed" && (
          <p className="govuk-body">
            <a className="govuk-link" href={electionPath(header.reference, "count")}>
              {t("results.toCount")}
            </a>
          </p>
        )}
      </ElectionPage>
    );
  }
  const { result } = counted;
  const s = result.summary;
  return (
    <ElectionPage header={header} heading={t("results.heading")} wide>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {header.phase !== "published" && <InsetText>{t(header.phase === "certified" ? "results.certifiedNotPublished" : "results.notCertified")}</InsetText>}
          <Panel title={t("results.electedHeading")} headingLevel={2}>
            {/* Plain lines: GOV.UK's list styles would turn the panel's white text dark. */}
            {result.elected.map((name) => (
              <span key={name} className="govuk-!-display-block">
                <bdi>{name}</bdi>
              </span>
            ))}
          </Panel>
          <SummaryList
            rows={[
              { key: t("results.system"), value: t(`elections:system.${header.system}.name`) },
              { key: t("results.seats"), value: result.seats },
              { key: t("results.turnout"), value: t("results.turnoutValue", { voted: s.voted, roll: s.roll, percent: s.percent }) },
              { key: t("results.ballots"), value: s.ballots },
              { key: t("results.validVotes"), value: s.validVotes },
              ...(result.kind === "stv" ? [{ key: t("results.quota"), value: result.quota }] : []),
              { key: t("results.counted"), value: t("paper.byWhen", { name: isolate(counted.countedBy), when: counted.countedAt }) },
            ]}
          />
          {result.kind === "stv" && <p className="govuk-body">{t(result.rules === "meek" ? "results.quotaMeek" : "results.quotaScottish")}</p>}
          {counted.lots.length > 0 && (
            <>
              <h2 className="govuk-heading-s">{t("results.lotsHeading")}</h2>
              <ul className="govuk-list govuk-list--bullet">
                {counted.lots.map((lot, i) => (
                  <li key={i}>{t("results.lot", { among: lot.among.map(isolate).join(", "), chosen: isolate(lot.chosen) })}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      </div>
      <CountResult result={result} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <Downloads reference={header.reference} chainHead={counted.chainHead} bltSha256={counted.bltSha256} />
        </div>
      </div>
    </ElectionPage>
  );
}
