import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { load } from "@hearth/api/server";
import { translateMessage } from "@hearth/i18n";
import { InsetText, SummaryList, Table, Tag, WarningText, type TagColour } from "@hearth/ui";
import { ElectionPage } from "../components/elections/election-page";
import { paperMessages } from "../lib/election-count.server";
import { electionScope } from "../lib/election-page.server";
import { isolate } from "../lib/bidi";
import { electionPath } from "../lib/election-paths";
import { when } from "../lib/format.server";

const STATUS_COLOURS: Record<string, TagColour> = { keyed: "yellow", confirmed: "green", rejected: "red" };

export async function loader(args: LoaderFunctionArgs) {
  const scope = await electionScope(args);
  const paper = await load(() => scope.caller.electionCount.paper({ reference: args.params.reference ?? "" }));
  return {
    title: scope.pageTitle("counting:paper.title", { reference: paper.header.reference }),
    ...paper,
    problems: paperMessages(paper.problems),
    batches: paper.batches.map((b) => ({ ...b, keyedAt: when(scope.locale, b.keyedAt)!.text, checkedAt: when(scope.locale, b.checkedAt)?.text ?? null })),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

export default function PaperBallots() {
  const { t } = useTranslation("counting");
  const data = useLoaderData<typeof loader>();
  const { header, figures } = data;
  const path = (suffix: string) => electionPath(header.reference, suffix);
  const started = figures.returns + figures.keyedBatches > 0;
  return (
    <ElectionPage header={header} heading={t("paper.heading")} wide>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body">{t("paper.intro")}</p>
          <ol className="govuk-list govuk-list--number">
            <li>{t("paper.steps.returns")}</li>
            <li>{t("paper.steps.separate")}</li>
            <li>{t("paper.steps.key")}</li>
            <li>{t("paper.steps.check")}</li>
          </ol>
          {data.takesPaper ? (
            <div className="govuk-button-group">
              <a className="govuk-button" data-module="govuk-button" href={path("paper/returns")}>
                {t("paper.markReturns")}
              </a>
              <a className="govuk-button govuk-button--secondary" data-module="govuk-button" href={path("paper/key")}>
                {t("paper.keyBatch")}
              </a>
            </div>
          ) : (
            <InsetText>{t(header.locked ? "paper.finished" : "paper.notYet")}</InsetText>
          )}

          <h2 className="govuk-heading-m">{t("paper.reconcileHeading")}</h2>
          <SummaryList
            rows={[
              { key: t("paper.figures.returns"), value: figures.returns },
              { key: t("paper.figures.confirmed"), value: figures.confirmedPapers },
              { key: t("paper.figures.awaiting"), value: t("paper.figures.awaitingValue", { batches: figures.awaitingBatches, papers: figures.awaitingPapers }) },
            ]}
          />
          {data.problems.length > 0 ? (
            <>
              <WarningText assistiveText={t("common:ui.warning")}>{t("paper.outOfBalance")}</WarningText>
              <ul className="govuk-list govuk-list--bullet">
                {data.problems.map((problem) => (
                  <li key={problem.key}>{translateMessage(t, problem)}</li>
                ))}
              </ul>
            </>
          ) : (
            started && <InsetText>{t("paper.balanced")}</InsetText>
          )}
        </div>
      </div>

      <h2 className="govuk-heading-m">{t("paper.batchesHeading")}</h2>
      {data.batches.length === 0 ? (
        <p className="govuk-body">{t("paper.noBatches")}</p>
      ) : (
        <Table
          caption={t("paper.batchesCaption")}
          captionSize="s"
          stackUntilTablet
          head={[t("paper.columns.label"), t("paper.columns.papers"), t("paper.columns.status"), t("paper.columns.keyedBy"), t("paper.columns.checkedBy")]}
          rows={data.batches.map((b) => [
            <a key="label" className="govuk-link" href={path(`paper/${b.id}`)}>
              {b.label}
            </a>,
            b.papers,
            <Tag key="status" colour={STATUS_COLOURS[b.status] ?? "grey"}>
              {t(`paper.status.${b.status}`)}
            </Tag>,
            t("paper.byWhen", { name: isolate(b.keyedBy), when: b.keyedAt }),
            b.checkedBy ? t("paper.byWhen", { name: isolate(b.checkedBy), when: b.checkedAt ?? "" }) : b.mine ? t("paper.needsOther") : t("paper.needsCheck"),
          ])}
        />
      )}
    </ElectionPage>
  );
}
