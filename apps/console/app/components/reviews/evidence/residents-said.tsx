// The parts of the "what residents told us" panel. Every figure arrives
// formatted (residents-said.server.ts); these lay them out, link each to its
// source page and offer to keep it as evidence. No resident is named here.
import { Form, Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { ComplaintStatus } from "@hearth/domain/complaints";
import { textDirection } from "@hearth/i18n";
import { BarChart, Button, ErrorMessage, InsetText, Table } from "@hearth/ui";
import { CsrfField } from "@hearth/ui/remix";
import { useRootData } from "../../../root";
import { ComplaintStatusTag, Day } from "../../casework/tags";
import { complaintPagePath } from "../../../lib/evidence-paths";
import type { PanelView } from "../../../lib/residents-said.server";

export type Figure = "all" | "volume" | "trend" | "open" | "causes" | "lessons";

interface Props {
  view: PanelView;
  /** The message beside a button whose action was refused, by the button's id. */
  errorFor: (id: string) => string | undefined;
}

/** One "add as evidence" button in its own form; `id` lets the error summary point at it. */
export function AddButton({ id, version, intent, value, label, hidden, error, primary = false }: { id: string; version: number; intent: "insight" | "complaint"; value: string; label: string; hidden?: string; error?: string; primary?: boolean }) {
  const { csrfToken } = useRootData();
  return (
    <Form method="post" className="hearth-inline-form govuk-body-s">
      <CsrfField token={csrfToken} />
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="value" value={value} />
      <input type="hidden" name="version" value={version} />
      {error && <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage>}
      {primary ? (
        <Button id={id} preventDoubleClick>
          {label}
        </Button>
      ) : (
        <button type="submit" id={id} className="hearth-link-button">
          {label}
          {hidden && <span className="govuk-visually-hidden"> ({hidden})</span>}
        </button>
      )}
    </Form>
  );
}

function Section({ id, heading, intro, action, children }: { id: string; heading: string; intro?: string; action?: ReactNode; children: ReactNode }) {
  return (
    <section className="hearth-report-section" aria-labelledby={`${id}-heading`}>
      <h3 className="govuk-heading-m" id={`${id}-heading`}>
        {heading}
      </h3>
      {intro && <p className="govuk-body hearth-measure">{intro}</p>}
      {children}
      {action}
    </section>
  );
}

function FigureButton({ view, figure, errorFor }: Props & { figure: Exclude<Figure, "all"> }) {
  const { t } = useTranslation("evidence");
  if (!view.canEdit) return null;
  const id = `insight-${figure}`;
  return <AddButton id={id} version={view.version} intent="insight" value={figure} label={t("said.complaints.addFigure")} hidden={t(`said.complaints.figureName.${figure}`)} error={errorFor(id)} />;
}

/** The headline figures, each with the page it comes from. */
export function Headlines({ view, errorFor }: Props) {
  const { t } = useTranslation("evidence");
  const source = (href: string | null, label: string) =>
    href && (
      <p className="govuk-body-s hearth-figure__source">
        <Link className="govuk-link" to={href}>
          {label}
        </Link>
      </p>
    );
  const figures = [
    {
      key: "this-year",
      label: t("said.complaints.thisYear", { year: view.thisYear.label }),
      value: view.thisYear.received,
      detail: source(view.thisYear.href, t("said.complaints.sourceReport", { year: view.thisYear.label })),
    },
    {
      key: "last-year",
      label: t("said.complaints.lastYear", { year: view.lastYear.label }),
      value: view.lastYear.received,
      detail: source(view.lastYear.href, t("said.complaints.sourceReport", { year: view.lastYear.label })),
    },
    {
      key: "open",
      label: t("said.complaints.open"),
      value: view.open.total,
      detail: (
        <>
          <p className="govuk-body-s hearth-figure__detail">{t("said.complaints.openDetail", { stage1: view.open.stage1, stage2: view.open.stage2 })}</p>
          {source(view.open.stage1Href, t("said.complaints.openStage1"))}
          {source(view.open.stage2Href, t("said.complaints.openStage2"))}
        </>
      ),
      figure: "open" as const,
    },
    {
      key: "trend",
      label: t("said.complaints.trend"),
      value: view.trend.recent.received,
      detail: <p className="govuk-body-s hearth-figure__detail">{t("said.complaints.trendDetail", { previous: view.trend.previous.received })}</p>,
      figure: "trend" as const,
    },
  ];
  return (
    <>
      <ul className="hearth-figure-list">
        {figures.map((figure) => (
          <li key={figure.key} className="hearth-figure">
            <h3 className="govuk-heading-s hearth-figure__label">{figure.label}</h3>
            <p className="govuk-body govuk-!-font-size-48 govuk-!-font-weight-bold hearth-figure__value">{figure.value}</p>
            {figure.detail}
            {figure.figure && <FigureButton view={view} figure={figure.figure} errorFor={errorFor} />}
          </li>
        ))}
      </ul>
      {view.canEdit && (
        <AddButton id="insight-all" version={view.version} intent="insight" value="all" label={t("said.complaints.addAll")} error={errorFor("insight-all")} primary />
      )}
    </>
  );
}

export function Years({ view, errorFor }: Props) {
  const { t } = useTranslation("evidence");
  return (
    <Section id="years" heading={t("said.years.heading")} intro={t("said.years.intro")} action={<FigureButton view={view} figure="volume" errorFor={errorFor} />}>
      <Table
        caption={t("said.years.caption", { area: view.area })}
        captionSize="s"
        firstCellIsHeader
        numericColumns={[1]}
        head={[t("said.years.year"), t("said.years.received"), t("said.years.source")]}
        rows={view.years.map((y) => [
          <span key="y" className="hearth-nowrap">
            {y.label}
          </span>,
          y.received,
          <Link key="s" className="govuk-link" to={y.href}>
            {t("said.complaints.sourceReport", { year: y.label })}
          </Link>,
        ])}
      />
    </Section>
  );
}

export function Trend({ view }: Props) {
  const { t } = useTranslation("evidence");
  const { locale } = useRootData();
  const { trend } = view;
  const series = [t("said.trend.recent"), t("said.trend.previous")];
  return (
    <Section
      id="trend"
      heading={t("said.trend.heading")}
      intro={`${t("said.trend.intro", {
        from: trend.recent.from.text,
        to: trend.recent.to.text,
        recent: trend.recent.received,
        previousFrom: trend.previous.from.text,
        previousTo: trend.previous.to.text,
        previous: trend.previous.received,
      })} ${t(`said.trend.${trend.direction}`, { change: trend.change })}`}
    >
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-half hearth-chart">
          <BarChart
            id="trend-chart"
            title={t("said.trend.chartTitle")}
            description={t("said.trend.chartDescription")}
            dir={textDirection(locale)}
            width={400}
            series={series.map((label) => ({ label }))}
            data={trend.months.map((m) => ({ label: m.label, values: [m.recent, m.previous], valueLabels: [m.recentText, m.previousText] }))}
          />
        </div>
        <div className="govuk-grid-column-one-half">
          <Table
            caption={t("said.trend.caption")}
            captionSize="s"
            firstCellIsHeader
            numericColumns={[1, 2]}
            head={[t("said.trend.month"), ...series]}
            rows={trend.months.map((m) => [m.label, m.recentText, m.previousText])}
          />
        </div>
      </div>
    </Section>
  );
}

export function Causes({ view, errorFor }: Props) {
  const { t } = useTranslation("evidence");
  const window = { from: view.trend.recent.from.text, to: view.trend.recent.to.text };
  return (
    <Section id="causes" heading={t("said.causes.heading")} intro={t("said.causes.intro", window)} action={<FigureButton view={view} figure="causes" errorFor={errorFor} />}>
      {view.causes.length === 0 ? (
        <p className="govuk-body">{t("said.causes.none")}</p>
      ) : (
        <Table
          caption={t("said.causes.caption")}
          captionSize="s"
          firstCellIsHeader
          numericColumns={[1]}
          head={[t("said.causes.cause"), t("said.causes.closed")]}
          rows={view.causes.map((c) => [t(`complaints:cause.${c.cause}`), c.closed])}
        />
      )}
    </Section>
  );
}

export function Lessons({ view, errorFor }: Props) {
  const { t } = useTranslation("evidence");
  const window = { from: view.trend.recent.from.text, to: view.trend.recent.to.text };
  return (
    <Section id="lessons" heading={t("said.lessons.heading")} intro={t("said.lessons.intro", window)} action={<FigureButton view={view} figure="lessons" errorFor={errorFor} />}>
      {view.lessons.length === 0 ? (
        <p className="govuk-body">{t("said.lessons.none")}</p>
      ) : (
        <ul className="govuk-list hearth-lessons">
          {view.lessons.map((lesson) => (
            <li key={lesson.reference} className="hearth-lesson">
              <h4 className="govuk-heading-s hearth-lesson__heading">
                {view.canOpenComplaints ? (
                  <Link className="govuk-link" to={complaintPagePath(lesson.reference)}>
                    {lesson.reference}
                  </Link>
                ) : (
                  lesson.reference
                )}
              </h4>
              <p className="govuk-body-s hearth-lesson__meta">{t("said.lessons.meta", { cause: t(`complaints:cause.${lesson.cause}`), date: lesson.closed.text })}</p>
              <p className="govuk-body hearth-lesson__text">{lesson.text}</p>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

export function Latest({ view, errorFor }: Props) {
  const { t } = useTranslation("evidence");
  // Readers who cannot add evidence see the column only when it has something to say.
  const evidenceColumn = view.canEdit || view.latest.some((c) => c.inLog);
  return (
    <Section id="latest" heading={t("said.latest.heading")} intro={t("said.latest.intro")}>
      {view.latest.length === 0 ? (
        <p className="govuk-body">{t("said.latest.none")}</p>
      ) : (
        <Table
          caption={t("said.latest.caption")}
          captionSize="s"
          stackUntilTablet
          head={[t("said.latest.reference"), t("said.latest.received"), t("said.latest.stage"), t("said.latest.status"), t("said.latest.cause"), ...(evidenceColumn ? [t("said.latest.evidence")] : [])]}
          rows={view.latest.map((c) => {
            const id = `complaint-${c.reference}`;
            return [
              view.canOpenComplaints ? (
                <Link key="r" className="govuk-link hearth-nowrap" to={complaintPagePath(c.reference)}>
                  {c.reference}
                </Link>
              ) : (
                <span key="r" className="hearth-nowrap">
                  {c.reference}
                </span>
              ),
              <Day key="d" value={c.received} />,
              c.stage ? t(`complaints:stage.${c.stage}`) : t("said.latest.noStage"),
              <ComplaintStatusTag key="s" status={c.status as ComplaintStatus} />,
              c.cause ? t(`complaints:cause.${c.cause}`) : t("said.latest.noCause"),
              ...(!evidenceColumn
                ? []
                : [
                    c.inLog ? (
                      <span key="e" id={id} tabIndex={-1}>
                        {errorFor(id) && <ErrorMessage id={`${id}-error`}>{errorFor(id)}</ErrorMessage>}
                        {t("said.latest.inLog")}
                      </span>
                    ) : view.canEdit ? (
                      <AddButton key="e" id={id} version={view.version} intent="complaint" value={c.reference} label={t("said.latest.add")} hidden={t("said.latest.addHidden", { reference: c.reference })} error={errorFor(id)} />
                    ) : (
                      ""
                    ),
                  ]),
            ];
          })}
        />
      )}
    </Section>
  );
}

export function NotYetCollected({ view }: Props) {
  const { t } = useTranslation("evidence");
  return (
    <section className="hearth-report-section" aria-labelledby="not-yet-heading">
      <h2 className="govuk-heading-l" id="not-yet-heading">
        {t("said.notYet.heading")}
      </h2>
      <InsetText>{t("said.notYet.intro")}</InsetText>
      <ul className="govuk-list govuk-list--bullet">
        {view.notYetCollected.map((source) => (
          <li key={source}>{t(`said.notYet.${source}`)}</li>
        ))}
      </ul>
    </section>
  );
}
