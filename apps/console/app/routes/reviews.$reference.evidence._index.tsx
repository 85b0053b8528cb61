import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { attempt, load } from "@hearth/api/server";
import { isSettled, type EvidenceKind } from "@hearth/domain/reviews";
import { InsetText } from "@hearth/ui";
import { useFormMessages } from "@hearth/ui/remix";
import { AddEvidence, ADD_FORMS, type AddForm } from "../components/reviews/evidence/add-evidence";
import { EvidenceTable } from "../components/reviews/evidence/evidence-table";
import { KindFilter } from "../components/reviews/evidence/kind-filter";
import { ReviewPage, reviewShouldRevalidate } from "../components/reviews/review-page";
import { entryView } from "../lib/evidence-log.server";
import { evidencePath, isEvidenceKind, residentsSaidPath } from "../lib/evidence-paths";
import { count, evidencePage, explainCitations, prefixFields, readLimitedForm } from "../lib/evidence.server";
import { finishReviewForm, reviewProblem } from "../lib/review-page.server";

// The review's evidence log (handbook 6.2): everything the group relies on,
// filtered by kind, with forms to add notes, links, meeting records and files.

export async function loader(args: LoaderFunctionArgs) {
  const { scope, header, title } = await evidencePage(args, { titleKey: "log.title" });
  const requested = new URL(args.request.url).searchParams.get("kind");
  const kind = isEvidenceKind(requested) ? requested : undefined;
  const log = await load(() => scope.caller.reviewEvidence.list({ reference: header.reference, kind }));
  return {
    title,
    header,
    kind: kind ?? null,
    // Counts in the page's digits; a kind with no entries is left out.
    total: log.total === 0 ? null : count(scope.locale, log.total),
    counts: Object.fromEntries(Object.entries(log.counts).map(([kind, n]) => [kind, count(scope.locale, n ?? 0)])) as Partial<Record<EvidenceKind, string>>,
    canEdit: log.canEdit,
    canOpenComplaints: scope.user.roles.includes("staff"),
    entries: log.entries.map((entry) => entryView(scope, entry)),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];
export const shouldRevalidate = reviewShouldRevalidate;

/** API field → the form's field (prefixed with the form's name on the page). */
const FIELDS: Record<AddForm, Record<string, string>> = {
  note: { title: "title", body: "body" },
  link: { title: "title", url: "url", body: "body" },
  meeting: { title: "title", meetingOn: "date", attendees: "attendees", body: "body" },
  file: { title: "title", body: "body", bytes: "file", file: "file" },
};

export async function action(args: ActionFunctionArgs) {
  const { scope, header } = await evidencePage(args, { titleKey: "log.title", staffOnly: true });
  const form = await readLimitedForm(args, scope);
  const reference = header.reference;
  if (!form) return reviewProblem(args, [{ field: "file-file", key: "errors.reviews.evidence.file.tooLarge" }], { intent: "file" });
  const text = (name: string) => String(form.get(name) ?? "").slice(0, 20_000);
  const intent = text("intent");
  const change = { reviewId: header.id, version: Number(text("version")) };
  const api = scope.caller.reviewEvidence;

  if (intent === "remove") {
    const outcome = await attempt(() => api.remove({ ...change, id: text("id") }));
    return finishReviewForm(args, outcome, {
      reference,
      to: evidencePath(reference),
      banner: "evidence:done.removed",
      values: { intent },
      remap: (errors) => explainCitations(scope, errors).map((e) => ({ ...e, field: `remove-${text("id")}` })),
    });
  }
  if (!(ADD_FORMS as readonly string[]).includes(intent)) return reviewProblem(args, [{ key: "errors.invalid", field: "note-title" }], {});
  const kind = intent as AddForm;
  const names = Object.values(FIELDS[kind]).filter((f) => f !== "file");
  const values = { intent, version: text("version"), ...Object.fromEntries(names.map((f) => [`${kind}-${f}`, text(`${kind}-${f}`)])) };
  const field = (name: string) => values[`${kind}-${name}` as keyof typeof values] ?? "";
  const file = form.get("file-file");
  const upload = file instanceof File && (file.size > 0 || file.name !== "") ? file : null;
  if (kind === "file" && !upload) return reviewProblem(args, [{ field: "file-file", key: "errors.reviews.evidence.fileRequired" }], values);
  const outcome = await attempt(async () => {
    switch (kind) {
      case "note":
        return api.addNote({ ...change, title: field("title"), body: field("body") });
      case "link":
        return api.addLink({ ...change, title: field("title"), url: field("url"), body: field("body") });
      case "meeting":
        return api.addMeeting({ ...change, title: field("title"), meetingOn: field("date"), attendees: field("attendees"), body: field("body") });
      case "file":
        return api.addFile({ ...change, title: field("title"), body: field("body"), fileName: upload!.name, bytes: new Uint8Array(await upload!.arrayBuffer()) });
    }
  });
  return finishReviewForm(args, outcome, {
    reference,
    to: evidencePath(reference),
    banner: `evidence:done.${kind}Added`,
    values,
    remap: (errors) => prefixFields(errors, kind, FIELDS[kind], `${kind}-title`),
  });
}

export default function EvidenceLog() {
  const { t } = useTranslation("evidence");
  const data = useLoaderData<typeof loader>();
  const problem = useActionData<typeof action>();
  const messages = useFormMessages(problem, "note-title");
  const intent = problem?.values && "intent" in problem.values ? String(problem.values.intent) : null;
  return (
    <ReviewPage header={data.header} heading={t("log.title")} errors={messages.summary} wide>
      <p className="govuk-body hearth-measure">{t("log.intro")}</p>
      <p className="govuk-body">
        <Link className="govuk-link" to={residentsSaidPath(data.header.reference)}>
          {t(data.canEdit ? "log.goldenThread" : "log.goldenThreadRead")}
        </Link>
      </p>
      {!data.canEdit && isSettled(data.header.stage) && <InsetText>{t("log.settled")}</InsetText>}
      <KindFilter reference={data.header.reference} total={data.total} counts={data.counts} current={data.kind} />
      <EvidenceTable
        reference={data.header.reference}
        version={data.header.version}
        kind={data.kind}
        entries={data.entries}
        canEdit={data.canEdit}
        canOpenComplaints={data.canOpenComplaints}
        errorFor={(id) => messages.field(`remove-${id}`)}
      />
      {data.canEdit && <AddEvidence version={data.header.version} open={intent} messages={messages} />}
    </ReviewPage>
  );
}
