// The cover report (seed 003, appendix 4) as one list of blocks, in the
// report's order, translated and formatted on the server. The HTML print
// view and the PDF both draw these same blocks, so they never disagree.
import type { PdfBlock } from "@hearth/api/export";
import { formatDate, formatNumber, type Locale } from "@hearth/i18n";
import { FOUR_CS, MARKET_TEST_CRITERIA, type BriefSection } from "@hearth/domain/reviews";
import type { ReviewScope } from "./review-page.server";

export type CoverReport = Awaited<ReturnType<ReviewScope["caller"]["reviewPublication"]["coverReport"]>>;

type Translate = (key: string, params?: Record<string, string | number>) => string;

interface Formatters {
  t: Translate;
  day: (iso: string | null) => string;
  money: (pence: number) => string;
  none: string;
}

function formatters(scope: Pick<ReviewScope, "t" | "locale">): Formatters {
  const t: Translate = (key, params = {}) => scope.t("publication")(key, params) as string;
  const locale: Locale = scope.locale;
  const none = t("report.none");
  return {
    t,
    none,
    day: (iso) => (iso ? formatDate(locale, `${iso}T12:00:00Z`, { dateStyle: "long" }) : none),
    money: (pence) => formatNumber(locale, pence / 100, { style: "currency", currency: "GBP" }),
  };
}

const or = (value: string | null | undefined, none: string) => (value && value.trim() ? value : none);

/** One free-field section of the brief, every field in order, formatted by its kind. */
function section(report: CoverReport, id: BriefSection, f: Formatters, tr: Translate): PdfBlock[] {
  const found = report.sections.find((s) => s.section === id);
  if (!found) return [];
  const value = (kind: string, raw: string): string => {
    if (!raw.trim()) return f.none;
    if (kind === "date") return f.day(raw);
    if (kind === "pounds") return /^\d+$/.test(raw) ? f.money(Number(raw)) : raw;
    if (kind === "yes-no") return tr(`yesNo.${raw}`);
    if (kind === "level") return tr(`level.${raw}`);
    return raw;
  };
  return [
    { kind: "heading", level: 2, text: tr(`section.${id}`), id },
    { kind: "facts", rows: found.fields.map((field) => ({ label: tr(`field.${id}.${field.id}.label`), value: value(field.kind, field.value) })) },
  ];
}

function details(report: CoverReport, f: Formatters, tr: Translate): PdfBlock[] {
  const { t } = f;
  return [
    { kind: "heading", level: 2, text: t("report.details"), id: "details" },
    {
      kind: "facts",
      rows: [
        { label: t("report.reviewTitle"), value: report.title },
        { label: t("report.reference"), value: report.reference },
        { label: t("report.serviceArea"), value: report.serviceArea.name },
        { label: t("report.stage"), value: tr(`stage.${report.stage}`) },
        { label: t("report.programmeYear"), value: t("report.year", { start: report.programmeYear, end: String((report.programmeYear + 1) % 100).padStart(2, "0") }) },
        { label: t("report.lead"), value: or(report.lead, f.none) },
        { label: t("report.startOn"), value: f.day(report.startOn) },
        { label: t("report.endOn"), value: f.day(report.endOn) },
        { label: t("report.briefAgreedOn"), value: f.day(report.briefAgreedOn) },
        { label: t("report.approvedOn"), value: f.day(report.approvedOn) },
        { label: t("report.approvedBy"), value: or(report.approvedBy, f.none) },
      ],
    },
  ];
}

function objectives(report: CoverReport, f: Formatters): PdfBlock[] {
  const { t } = f;
  const blocks: PdfBlock[] = [{ kind: "heading", level: 2, text: t("report.objectives"), id: "objectives" }];
  if (!report.objectives.length) return [...blocks, { kind: "paragraph", text: t("report.noObjectives"), muted: true }];
  report.objectives.forEach((o, i) => {
    blocks.push(
      { kind: "heading", level: 3, text: t("report.objective", { number: i + 1, action: o.improvementAction }) },
      {
        kind: "facts",
        rows: [
          { label: t("report.assessmentDetails"), value: or(o.assessmentDetails, f.none) },
          { label: t("report.improvementAction"), value: o.improvementAction },
          { label: t("report.measure"), value: o.measure },
          { label: t("report.owner"), value: o.owner },
          { label: t("report.dueOn"), value: f.day(o.dueOn) },
          { label: t("report.evidenceSummary"), value: or(o.evidenceSummary, f.none) },
          { label: t("report.residentBenefit"), value: or(o.residentBenefit, f.none) },
        ],
      },
    );
    if (o.tasks.length) {
      blocks.push({
        kind: "table",
        caption: t("report.tasksOf", { number: i + 1 }),
        columns: [t("report.task"), t("report.owner"), t("report.startOn"), t("report.endOn")],
        widths: [4, 2, 2, 2],
        rows: o.tasks.map((task) => [task.task, task.owner, f.day(task.startOn), f.day(task.endOn)]),
      });
    }
  });
  return blocks;
}

function risks(report: CoverReport, f: Formatters, tr: Translate): PdfBlock[] {
  const { t } = f;
  const blocks: PdfBlock[] = [{ kind: "heading", level: 2, text: t("report.risks"), id: "risks" }];
  if (!report.risks.length) return [...blocks, { kind: "paragraph", text: t("report.noRisks"), muted: true }];
  for (const risk of report.risks) {
    blocks.push(
      { kind: "heading", level: 3, text: risk.summary },
      {
        kind: "facts",
        rows: [
          { label: t("report.riskCategory"), value: or(risk.category, f.none) },
          { label: t("report.impact"), value: tr(`level.${risk.impact}`) },
          { label: t("report.likelihood"), value: tr(`level.${risk.likelihood}`) },
          { label: t("report.rating"), value: t("report.ratingValue", { rating: risk.rating, band: tr(`level.${risk.band}`) }) },
          { label: t("report.nature"), value: or(risk.nature, f.none) },
          { label: t("report.effect"), value: or(risk.effect, f.none) },
          { label: t("report.controlMeasures"), value: or(risk.controlMeasures, f.none) },
          { label: t("report.contingency"), value: or(risk.contingency, f.none) },
          { label: t("report.riskIndicators"), value: or(risk.indicators, f.none) },
          { label: t("report.residualRisk"), value: risk.residualRisk ? tr(`level.${risk.residualRisk}`) : f.none },
        ],
      },
    );
  }
  return blocks;
}

function indicators(report: CoverReport, f: Formatters): PdfBlock[] {
  const { t } = f;
  const heading: PdfBlock = { kind: "heading", level: 2, text: t("report.indicators"), id: "indicators" };
  if (!report.indicators.length) return [heading, { kind: "paragraph", text: t("report.noIndicators"), muted: true }];
  return [
    heading,
    {
      kind: "table",
      caption: t("report.indicators"),
      columns: [t("report.indicator"), t("report.current"), t("report.target"), t("report.isNew"), t("report.source")],
      widths: [4, 2, 2, 1, 3],
      rows: report.indicators.map((i) => [i.name, or(i.current, f.none), or(i.target, f.none), t(i.isNew ? "report.yes" : "report.no"), or(i.source, f.none)]),
    },
  ];
}

function fourCs(report: CoverReport, f: Formatters, tr: Translate, te: Translate): PdfBlock[] {
  const { t } = f;
  return FOUR_CS.flatMap((c): PdfBlock[] => {
    const answers = report.fourCs.find((entry) => entry.fourC === c)?.answers ?? [];
    const heading: PdfBlock = { kind: "heading", level: 2, text: tr(`fourC.${c}`), id: `four-c-${c}` };
    if (!answers.length) return [heading, { kind: "paragraph", text: t("report.noAnswers"), muted: true }];
    return [
      heading,
      ...answers.flatMap((a): PdfBlock[] => [
        { kind: "heading", level: 3, text: te(`fourCs.question.${a.question}`) },
        { kind: "paragraph", text: a.answer },
        { kind: "paragraph", text: t("report.citedEvidence", { titles: a.evidence.map((e) => e.title).join("; ") || f.none }), muted: true },
      ]),
    ];
  });
}

function marketTest(report: CoverReport, f: Formatters, tp: Translate): PdfBlock[] {
  const { t } = f;
  const heading: PdfBlock = { kind: "heading", level: 2, text: t("report.marketTest"), id: "market-test" };
  if (!report.marketTest.scores.length) return [heading, { kind: "paragraph", text: t("report.noMarketTest"), muted: true }];
  const decision = report.marketTest.decision ? tp(`marketTest.decision.${report.marketTest.decision}`) : t("report.marketTestIncomplete", { scored: report.marketTest.scores.length, total: MARKET_TEST_CRITERIA.length });
  const title = (n: number) => tp(MARKET_TEST_CRITERIA.find((c) => c.number === n)?.title ?? "");
  return [
    heading,
    { kind: "facts", rows: [{ label: t("report.decision"), value: decision }] },
    {
      kind: "table",
      caption: t("report.marketTest"),
      columns: [t("report.criterion"), t("report.score"), t("report.note")],
      widths: [5, 1, 4],
      rows: report.marketTest.scores.map((s) => [`${s.criterion}. ${title(s.criterion)}`, String(s.score), or(s.note, "")]),
    },
  ];
}

function options(report: CoverReport, f: Formatters): PdfBlock[] {
  const { t } = f;
  const heading: PdfBlock = { kind: "heading", level: 2, text: t("report.options"), id: "options" };
  if (!report.options.length) return [heading, { kind: "paragraph", text: t("report.noOptions"), muted: true }];
  return [
    heading,
    {
      kind: "table",
      caption: t("report.options"),
      columns: [t("report.option"), t("report.description"), t("report.cost"), t("report.benefits"), t("report.recommended")],
      widths: [3, 4, 2, 3, 3],
      rows: report.options.map((o) => [o.title, or(o.description, f.none), f.money(o.costPence), or(o.benefits, f.none), t(o.recommended ? "report.yes" : "report.no")]),
    },
  ];
}

function actions(report: CoverReport, f: Formatters, tl: Translate): PdfBlock[] {
  const { t } = f;
  const heading: PdfBlock = { kind: "heading", level: 2, text: t("report.actionPlan"), id: "action-plan" };
  if (!report.actions.length) return [heading, { kind: "paragraph", text: t("report.noActions"), muted: true }];
  return [
    heading,
    {
      kind: "table",
      caption: t("report.actionPlan"),
      columns: [t("report.action"), t("report.owner"), t("report.dueOn"), t("report.status"), t("report.completedOn")],
      widths: [5, 2, 2, 2, 2],
      rows: report.actions.map((a) => [a.action, a.owner, f.day(a.dueOn), tl(`actions.status.${a.status}`), a.completedOn ? f.day(a.completedOn) : ""]),
    },
  ];
}

function updates(report: CoverReport, f: Formatters): PdfBlock[] {
  const { t } = f;
  if (!report.updates.length) return [];
  return [
    { kind: "heading", level: 2, text: t("report.updates"), id: "updates" },
    {
      kind: "table",
      caption: t("report.updates"),
      columns: [t("report.updateOn"), t("report.progress"), t("report.changes"), t("report.reason")],
      widths: [2, 4, 3, 3],
      rows: report.updates.map((u) => [f.day(u.on), u.progress, or(u.changes, ""), or(u.reason, "")]),
    },
  ];
}

function group(report: CoverReport, f: Formatters, tr: Translate): PdfBlock[] {
  const { t } = f;
  const heading: PdfBlock = { kind: "heading", level: 2, text: t("report.group"), id: "group" };
  if (!report.group.length) return [heading, { kind: "paragraph", text: t("report.noGroup"), muted: true }];
  return [
    heading,
    {
      kind: "table",
      caption: t("report.group"),
      columns: [t("report.name"), t("report.role"), t("report.memberKind")],
      widths: [3, 3, 2],
      rows: report.group.map((m) => [m.name, m.role, tr(`memberKind.${m.kind}`)]),
    },
  ];
}

/** Supporting documentation: the evidence log, each entry with what identifies it. */
function evidence(report: CoverReport, f: Formatters, te: Translate): PdfBlock[] {
  const { t } = f;
  const heading: PdfBlock = { kind: "heading", level: 2, text: t("report.evidence"), id: "evidence" };
  if (!report.evidence.length) return [heading, { kind: "paragraph", text: t("report.noEvidence"), muted: true }];
  const detail = (e: CoverReport["evidence"][number]) =>
    [
      e.body,
      e.url,
      e.meetingOn ? t("report.meetingOn", { date: f.day(e.meetingOn) }) : "",
      e.fileName ? t("report.file", { name: e.fileName }) : "",
      e.complaintReference ? t("report.complaint", { reference: e.complaintReference }) : "",
    ]
      .filter((part): part is string => Boolean(part && part.trim()))
      .join("\n");
  return [
    heading,
    {
      kind: "table",
      caption: t("report.evidence"),
      columns: [t("report.evidenceTitle"), t("report.evidenceKind"), t("report.evidenceDetail")],
      widths: [3, 2, 6],
      rows: report.evidence.map((e) => [e.title, te(`kind.${e.kind}`), detail(e) || f.none]),
    },
  ];
}

function checklist(report: CoverReport, f: Formatters, tr: Translate): PdfBlock[] {
  const { t } = f;
  const heading: PdfBlock = { kind: "heading", level: 2, text: t("report.checklist"), id: "checklist" };
  if (!report.checklist.length) return [heading, { kind: "paragraph", text: t("report.noChecklist"), muted: true }];
  return [heading, { kind: "list", items: report.checklist.map((c) => t("report.checked", { item: tr(`checklist.${c.item}`), date: f.day(c.checkedOn) })) }];
}

/**
 * The whole report, in the order of the cover report: details, main
 * details, context, SMART objectives with tasks, resources, equality,
 * implementation, service improvement, risks, indicators, the four Cs,
 * then what the handbook adds (involvement, market test, options, action
 * plan, group, evidence, checklist, updates, impact assessment).
 */
export function coverReportBlocks(report: CoverReport, scope: Pick<ReviewScope, "t" | "locale">): PdfBlock[] {
  const f = formatters(scope);
  const tr: Translate = (key, params = {}) => scope.t("reviews")(key, params) as string;
  const te: Translate = (key, params = {}) => scope.t("evidence")(key, params) as string;
  const tp: Translate = (key, params = {}) => scope.t("programme")(key, params) as string;
  const tl: Translate = (key, params = {}) => scope.t("reviewplan")(key, params) as string;
  return [
    ...details(report, f, tr),
    ...section(report, "main-details", f, tr),
    ...section(report, "context", f, tr),
    ...objectives(report, f),
    ...section(report, "resources", f, tr),
    ...section(report, "equality", f, tr),
    ...section(report, "implementation", f, tr),
    ...section(report, "service-improvement", f, tr),
    ...risks(report, f, tr),
    ...indicators(report, f),
    ...section(report, "involvement-plan", f, tr),
    ...fourCs(report, f, tr, te),
    ...marketTest(report, f, tp),
    ...options(report, f),
    ...actions(report, f, tl),
    ...group(report, f, tr),
    ...evidence(report, f, te),
    ...checklist(report, f, tr),
    ...updates(report, f),
    ...section(report, "impact-assessment", f, tr),
  ];
}
