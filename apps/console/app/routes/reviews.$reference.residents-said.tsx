import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { attempt, load, readForm } from "@hearth/api/server";
import { Causes, Headlines, Latest, Lessons, NotYetCollected, Trend, Years, type Figure } from "../components/reviews/evidence/residents-said";
import { ReviewPage, reviewShouldRevalidate } from "../components/reviews/review-page";
import { useFormMessages } from "@hearth/ui/remix";
import { evidencePath, residentsSaidPath } from "../lib/evidence-paths";
import { evidencePage } from "../lib/evidence.server";
import { panelView } from "../lib/residents-said.server";
import { finishReviewForm, reviewProblem } from "../lib/review-page.server";

// The golden thread: what residents told the landlord about the review's
// service, with every count the same number its source page shows, and each
// complaint or figure one click from the evidence log.

const FIGURES: readonly Figure[] = ["all", "volume", "trend", "open", "causes", "lessons"];

export async function loader(args: LoaderFunctionArgs) {
  const { scope, header, title } = await evidencePage(args, { titleKey: "said.title" });
  const panel = await load(() => scope.caller.reviewEvidence.residentsSaid({ reference: header.reference }));
  return { title, header, view: panelView(scope, panel) };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];
export const shouldRevalidate = reviewShouldRevalidate;

export async function action(args: ActionFunctionArgs) {
  const { scope, header } = await evidencePage(args, { titleKey: "said.title", staffOnly: true });
  const form = await readForm(args.request, scope);
  const intent = String(form.get("intent") ?? "");
  const value = String(form.get("value") ?? "").slice(0, 40);
  const change = { reviewId: header.id, version: Number(form.get("version")) };
  const api = scope.caller.reviewEvidence;
  // Every message points at the button that was pressed.
  const at = intent === "complaint" ? `complaint-${value}` : `insight-${value}`;
  const options = { reference: header.reference, to: residentsSaidPath(header.reference), values: { intent, value }, remap: (errors: { key: string }[]) => errors.map((e) => ({ ...e, field: at })) };
  if (intent === "complaint") {
    const outcome = await attempt(() => api.linkComplaint({ ...change, complaint: value }));
    return finishReviewForm(args, outcome, { ...options, banner: "evidence:done.complaintLinked" });
  }
  if (intent === "insight" && (FIGURES as readonly string[]).includes(value)) {
    const outcome = await attempt(() => api.linkInsight({ ...change, figure: value as Figure }));
    return finishReviewForm(args, outcome, { ...options, banner: "evidence:done.insightLinked" });
  }
  return reviewProblem(args, [{ key: "errors.invalid", field: "insight-all" }], {});
}

export default function ResidentsSaid() {
  const { t } = useTranslation("evidence");
  const { header, view } = useLoaderData<typeof loader>();
  const messages = useFormMessages(useActionData<typeof action>(), "insight-all");
  const props = { view, errorFor: messages.field };
  return (
    <ReviewPage header={header} heading={t("said.title")} errors={messages.summary} wide>
      <p className="govuk-body hearth-measure">{t("said.intro", { area: view.area, date: view.asOf.text })}</p>
      <p className="govuk-body hearth-measure">{t("said.private")}</p>
      <p className="govuk-body">
        <Link className="govuk-link" to={evidencePath(header.reference)}>
          {t("log.title")}
        </Link>
      </p>
      <h2 className="govuk-heading-l">{t("said.complaints.heading")}</h2>
      <Headlines {...props} />
      <Years {...props} />
      <Trend {...props} />
      <Causes {...props} />
      <Lessons {...props} />
      <Latest {...props} />
      <NotYetCollected {...props} />
    </ReviewPage>
  );
}
