// The evidence log as the page shows it: each entry with its dates, sizes and
// figures already in the page's language, and the questions citing it named.
import type { RequestScope } from "@hearth/api/server";
import { fourCsQuestion } from "@hearth/domain/reviews";
import { formatDate } from "@hearth/i18n";
import { count, day, fileSize, fileTypeName, financialYearLabel, questionName, type Day } from "./evidence.server";
import type { ReviewScope } from "./review-page.server";

type Scope = Pick<RequestScope, "locale"> & { t: ReviewScope["t"] };
type Entries = Awaited<ReturnType<RequestScope["caller"]["reviewEvidence"]["list"]>>["entries"];
type Entry = Entries[number];

/** What an insight entry kept, read defensively: it is stored JSON written by an earlier version of the code. */
interface Snapshot {
  figure?: string;
  asOf?: string;
  serviceArea?: { slug?: string; name?: string };
  byYear?: { year: number; received: number }[];
  trend?: { recent: { from: string; to: string; received: number }; previous: { from: string; to: string; received: number } };
  open?: { stage1: number; stage2: number };
  window?: { from: string; to: string };
  causes?: { causeCategory: string; closed: number }[];
  lessons?: { reference: string; lessonsLearnt: string }[];
}

function areaName(scope: Scope, area: Snapshot["serviceArea"]): string {
  return scope.t("complaints")(`serviceArea.${area?.slug ?? ""}`, { defaultValue: area?.name ?? "" });
}

/** The frozen figures of an insight entry as lines of text. */
export function insightLines(scope: Scope, snapshot: Snapshot): string[] {
  const t = scope.t("evidence");
  const n = (value: number) => count(scope.locale, value);
  const d = (iso: string) => day(scope.locale, iso).text;
  const lines: string[] = [];
  for (const y of snapshot.byYear ?? []) lines.push(t("insight.year", { year: financialYearLabel(scope.locale, y.year), n: n(y.received) }));
  if (snapshot.trend) {
    for (const w of [snapshot.trend.recent, snapshot.trend.previous]) lines.push(t("insight.recent", { from: d(w.from), to: d(w.to), n: n(w.received) }));
  }
  if (snapshot.open) lines.push(t("insight.open", { stage1: n(snapshot.open.stage1), stage2: n(snapshot.open.stage2) }));
  if (snapshot.causes) {
    if (snapshot.causes.length === 0) lines.push(t("insight.noCauses"));
    for (const c of snapshot.causes) lines.push(t("insight.cause", { cause: scope.t("complaints")(`cause.${c.causeCategory}`, { defaultValue: c.causeCategory }), n: n(c.closed) }));
  }
  if (snapshot.lessons) {
    if (snapshot.lessons.length === 0) lines.push(t("insight.noLessons"));
    for (const l of snapshot.lessons) lines.push(t("insight.lesson", { reference: l.reference, lesson: l.lessonsLearnt }));
  }
  return lines;
}

/** What an entry is called wherever it appears: figures by their translated name, everything else by its title. */
export function evidenceTitle(scope: Scope, entry: { kind: string; title: string; snapshot: Record<string, unknown> | null; complaint?: string | { reference: string } | null }): string {
  // A complaint is known by its reference, whatever title it was stored with.
  if (entry.kind === "complaint" && entry.complaint) return typeof entry.complaint === "string" ? entry.complaint : entry.complaint.reference;
  if (entry.kind !== "insight") return entry.title;
  const snapshot = (entry.snapshot ?? {}) as Snapshot;
  return scope.t("evidence")(`insight.title.${entry.title}`, { area: areaName(scope, snapshot.serviceArea), defaultValue: entry.title });
}

export function entryView(scope: Scope, entry: Entry) {
  const t = scope.t("evidence");
  const snapshot = (entry.snapshot ?? {}) as Snapshot;
  const insight =
    entry.kind === "insight"
      ? {
          asOf: snapshot.asOf ? day(scope.locale, snapshot.asOf) : null,
          lines: insightLines(scope, snapshot),
        }
      : null;
  const title = evidenceTitle(scope, entry);
  return {
    id: entry.id,
    kind: entry.kind,
    title,
    body: entry.body,
    url: entry.url,
    meeting: entry.meetingOn ? { on: day(scope.locale, entry.meetingOn), attendees: entry.attendees ?? "" } : null,
    file: entry.file ? { name: entry.file.name, meta: t("log.fileMeta", { type: fileTypeName(entry.file.type), size: fileSize(scope.locale, entry.file.size) }) } : null,
    complaint: entry.complaint
      ? {
          reference: entry.complaint.reference,
          status: entry.complaint.status,
          received: day(scope.locale, entry.complaint.receivedOn),
          cause: entry.complaint.causeCategory,
        }
      : null,
    insight,
    added: { iso: entry.createdAt, text: formatDate(scope.locale, entry.createdAt, { day: "numeric", month: "long", year: "numeric" }) } satisfies Day,
    createdBy: entry.createdBy,
    citedBy: entry.citedBy.flatMap((id) => {
      const question = fourCsQuestion(id);
      return question ? [{ id, c: question.c, name: questionName(scope, id) }] : [];
    }),
  };
}

export type EntryView = ReturnType<typeof entryView>;
