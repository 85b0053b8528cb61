// The parts of the complaints performance page. Every figure arrives already
// formatted (performance.server.ts); these only lay them out. No resident is
// named anywhere here: scrutiny panel members read this page.
import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { textDirection } from "@hearth/i18n";
import { BarChart, SummaryList, Table } from "@hearth/ui";
import type { PerformanceView } from "../lib/performance.server";
import { useRootData } from "../root";

type ViewProps = { view: PerformanceView };

function useLabels() {
  const { t } = useTranslation("console");
  return {
    t,
    area: (slug: string) => t(`complaints:serviceArea.${slug}`, { defaultValue: slug.replace(/-/g, " ") }),
    cause: (slug: string) => t(`complaints:cause.${slug}`, { defaultValue: slug }),
    stage: (stage: number) => t(`complaints:stage.${stage}`),
  };
}

function Section({ id, heading, intro, children }: { id: string; heading: string; intro?: string; children: ReactNode }) {
  return (
    <section className="hearth-report-section" aria-labelledby={`${id}-heading`}>
      <h2 className="govuk-heading-m" id={`${id}-heading`}>
        {heading}
      </h2>
      {intro && <p className="govuk-body">{intro}</p>}
      {children}
    </section>
  );
}

function Reference({ reference, link }: { reference: string; link: boolean }) {
  return link ? (
    <Link className="govuk-link" to={`/complaints/${reference}`}>
      {reference}
    </Link>
  ) : (
    <>{reference}</>
  );
}

/** The two Tenant Satisfaction Measures, each for stage 1 and stage 2. */
export function Headlines({ view }: ViewProps) {
  const { t } = useLabels();
  const figures = [
    ...view.ch01.map((figure) => ({
      key: `ch01-${figure.stage}`,
      label: t(`performance.tsm.ch01.stage${figure.stage}`),
      value: figure.value,
      detail: t("performance.tsm.ch01.detail", { complaints: figure.complaints, homes: view.homes }),
    })),
    ...view.ch02.map((figure) => ({
      key: `ch02-${figure.stage}`,
      label: t(`performance.tsm.ch02.stage${figure.stage}`),
      value: figure.percent ?? t("performance.tsm.noFigure"),
      detail: figure.percent === null ? t("performance.tsm.noFigureDetail") : t("performance.tsm.ch02.detail", { within: figure.within, responded: figure.responded }),
    })),
  ];
  return (
    <Section id="tsm" heading={t("performance.tsm.heading")} intro={t("performance.tsm.intro")}>
      <ul className="hearth-figure-list">
        {figures.map((figure) => (
          <li key={figure.key} className="hearth-figure">
            <h3 className="govuk-heading-s hearth-figure__label">{figure.label}</h3>
            <p className="govuk-body govuk-!-font-size-48 govuk-!-font-weight-bold hearth-figure__value">{figure.value}</p>
            <p className="govuk-body-s hearth-figure__detail">{figure.detail}</p>
          </li>
        ))}
      </ul>
    </Section>
  );
}

export function Glance({ view }: ViewProps) {
  const { t } = useLabels();
  return (
    <Section id="glance" heading={t("performance.glance.heading")}>
      <SummaryList
        rows={[
          { key: t("performance.glance.received"), value: view.received },
          { key: t("performance.glance.escalated"), value: view.escalated },
          { key: t("performance.glance.compensation"), value: view.compensation },
          { key: t("performance.glance.overdue"), value: view.overdueCount },
        ]}
      />
    </Section>
  );
}

/** A chart and, beside it, the table that is the source of truth for it. */
function ChartWithTable({ chart, table }: { chart: ReactNode; table: ReactNode }) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-one-half hearth-chart">{chart}</div>
      <div className="govuk-grid-column-one-half">{table}</div>
    </div>
  );
}

export function AreaVolumes({ view }: ViewProps) {
  const { t, area } = useLabels();
  const { locale } = useRootData();
  const rows = view.byServiceArea;
  return (
    <Section id="areas" heading={t("performance.areas.heading")}>
      {rows.length === 0 ? (
        <p className="govuk-body">{t("performance.areas.none")}</p>
      ) : (
        <ChartWithTable
          chart={
            <BarChart
              id="areas-chart"
              title={t("performance.areas.chartTitle")}
              description={t("performance.areas.chartDescription")}
              dir={textDirection(locale)}
              width={400}
              series={[{ label: t("performance.areas.received") }, { label: t("performance.areas.escalated") }]}
              data={rows.map((row) => ({ label: area(row.serviceArea), values: [row.received, row.escalated], valueLabels: [row.receivedText, row.escalatedText] }))}
            />
          }
          table={
            <Table
              caption={t("performance.areas.caption")}
              captionSize="s"
              firstCellIsHeader
              numericColumns={[1, 2]}
              head={[t("performance.areas.area"), t("performance.areas.received"), t("performance.areas.escalated")]}
              rows={rows.map((row) => [area(row.serviceArea), row.receivedText, row.escalatedText])}
            />
          }
        />
      )}
    </Section>
  );
}

export function CauseVolumes({ view }: ViewProps) {
  const { t, cause } = useLabels();
  const { locale } = useRootData();
  const rows = view.byCause;
  return (
    <Section id="causes" heading={t("performance.causes.heading")} intro={t("performance.causes.intro")}>
      {rows.length === 0 ? (
        <p className="govuk-body">{t("performance.causes.none")}</p>
      ) : (
        <ChartWithTable
          chart={
            <BarChart
              id="causes-chart"
              title={t("performance.causes.chartTitle")}
              description={t("performance.causes.chartDescription")}
              dir={textDirection(locale)}
              width={400}
              series={[{ label: t("performance.causes.closed") }]}
              data={rows.map((row) => ({ label: cause(row.causeCategory), values: [row.closed], valueLabels: [row.closedText] }))}
            />
          }
          table={
            <Table
              caption={t("performance.causes.caption")}
              captionSize="s"
              firstCellIsHeader
              numericColumns={[1]}
              head={[t("performance.causes.cause"), t("performance.causes.closed")]}
              rows={rows.map((row) => [cause(row.causeCategory), row.closedText])}
            />
          }
        />
      )}
    </Section>
  );
}

export function Outcomes({ view }: ViewProps) {
  const { t, stage } = useLabels();
  return (
    <Section id="outcomes" heading={t("performance.outcomes.heading")} intro={t("performance.outcomes.intro")}>
      <Table
        caption={t("performance.outcomes.caption")}
        captionSize="s"
        firstCellIsHeader
        numericColumns={[1, 2]}
        head={[t("performance.outcomes.decision"), stage(1), stage(2)]}
        rows={view.outcomes.map((row) => [t(`complaints:decision.${row.decision}`), row.stage1, row.stage2])}
      />
    </Section>
  );
}

export function Speed({ view }: ViewProps) {
  const { t, stage } = useLabels();
  return (
    <Section id="speed" heading={t("performance.speed.heading")} intro={t("performance.speed.intro")}>
      <Table
        caption={t("performance.speed.caption")}
        captionSize="s"
        firstCellIsHeader
        numericColumns={[1, 2]}
        head={[t("performance.speed.stage"), t("performance.speed.responded"), t("performance.speed.average")]}
        rows={view.speed.map((row) => [stage(row.stage), row.responded, row.average ?? t("performance.speed.noResponses")])}
      />
    </Section>
  );
}

export function Overdue({ view, canOpenComplaints }: ViewProps & { canOpenComplaints: boolean }) {
  const { t, area } = useLabels();
  return (
    <Section id="overdue" heading={t("performance.overdue.heading")} intro={t("performance.overdue.intro", { today: view.today.text })}>
      {view.overdue.length === 0 ? (
        <p className="govuk-body">{t("performance.overdue.none")}</p>
      ) : (
        <div className="hearth-table-scroll" role="region" aria-labelledby="overdue-caption" tabIndex={0}>
          <Table
            className="hearth-overdue-table"
            caption={<span id="overdue-caption">{t("performance.overdue.caption")}</span>}
            captionSize="s"
            numericColumns={[4]}
            head={[t("performance.overdue.reference"), t("performance.overdue.area"), t("performance.overdue.step"), t("performance.overdue.due"), t("performance.overdue.late")]}
            rows={view.overdue.map((row) => [
              <Reference reference={row.reference} link={canOpenComplaints} />,
              area(row.serviceArea),
              t(`complaints:step.${row.step}`, { defaultValue: row.step }),
              <time dateTime={row.due.iso}>{row.due.text}</time>,
              row.late,
            ])}
          />
        </div>
      )}
    </Section>
  );
}

export function Lessons({ view, canOpenComplaints }: ViewProps & { canOpenComplaints: boolean }) {
  const { t, area, cause } = useLabels();
  return (
    <Section id="lessons" heading={t("performance.lessons.heading")} intro={t("performance.lessons.intro")}>
      {view.lessons.length === 0 ? (
        <p className="govuk-body">{t("performance.lessons.none")}</p>
      ) : (
        <ul className="govuk-list hearth-lessons">
          {view.lessons.map((lesson) => (
            <li key={lesson.reference} className="hearth-lesson">
              <h3 className="govuk-heading-s hearth-lesson__heading">
                <Reference reference={lesson.reference} link={canOpenComplaints} />
              </h3>
              <p className="govuk-body-s hearth-secondary-text hearth-lesson__meta">
                {t("performance.lessons.meta", { area: area(lesson.serviceArea), cause: cause(lesson.causeCategory), date: lesson.closed.text })}
              </p>
              {/* Written by staff in whatever language they used. */}
              <p className="govuk-body hearth-lesson__text" dir="auto">
                {lesson.text}
              </p>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
