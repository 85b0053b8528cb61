import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { attempt, readForm } from "@hearth/api/server";
import { isSettled } from "@hearth/domain/reviews";
import { InsetText } from "@hearth/ui";
import { useFormMessages } from "@hearth/ui/remix";
import { FourCsNav, ProgressLine, QuestionBlock } from "../components/reviews/evidence/four-cs";
import { ReviewPage, reviewShouldRevalidate } from "../components/reviews/review-page";
import { fourCsPath, questionAnchor } from "../lib/evidence-paths";
import { withBanner } from "../lib/review-paths";
import { evidencePage } from "../lib/evidence.server";
import { fourCsView, requireFourC } from "../lib/four-cs.server";
import { finishReviewForm, loadReviewHeader, reviewFormFailed, reviewScope } from "../lib/review-page.server";

// One of the four Cs (handbook 4.2–4.5): its questions by topic, each answer
// backed by entries from the evidence log.

export async function loader(args: LoaderFunctionArgs) {
  const c = requireFourC(args.params.c);
  const scope = await reviewScope(args);
  const header = await loadReviewHeader(scope, args.params.reference);
  // The title names the C in the page's language.
  const title = scope.pageTitle("evidence:fourCs.pageTitle", { c: scope.t("reviews")(`fourC.${c}`) }, reviewFormFailed(args));
  return { title, header, c, view: await fourCsView(scope, header.reference, c) };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];
export const shouldRevalidate = reviewShouldRevalidate;

export async function action(args: ActionFunctionArgs) {
  const c = requireFourC(args.params.c);
  const { scope, header } = await evidencePage(args, { titleKey: "fourCs.pageTitle", staffOnly: true });
  const form = await readForm(args.request, scope);
  const question = String(form.get("question") ?? "").slice(0, 120);
  const anchor = questionAnchor(question);
  const change = { reviewId: header.id, version: Number(form.get("version")) };
  // Back to the question just answered: the banner's query string goes before the fragment.
  const back = (banner: string) => redirect(`${withBanner(fourCsPath(header.reference, c), banner)}#${anchor}`, 303);
  const to = fourCsPath(header.reference, c);
  if (form.get("intent") === "remove") {
    const outcome = await attempt(() => scope.caller.fourCs.removeAnswer({ ...change, question }));
    if (outcome.ok) return back("evidence:done.answerRemoved");
    return finishReviewForm(args, outcome, { reference: header.reference, to, banner: "evidence:done.answerRemoved", values: { question, intent: "remove" }, remap: (errors) => errors.map((e) => ({ ...e, field: `remove-${anchor}` })) });
  }
  const answer = String(form.get("answer") ?? "").slice(0, 25_000);
  const evidenceIds = form.getAll("evidenceIds").map(String).slice(0, 200);
  const outcome = await attempt(() => scope.caller.fourCs.saveAnswer({ ...change, question, answer, evidenceIds }));
  if (outcome.ok) return back("evidence:done.answerSaved");
  return finishReviewForm(args, outcome, {
    reference: header.reference,
    to,
    banner: "evidence:done.answerSaved",
    values: { question, intent: "save", answer, evidenceIds, version: String(change.version) },
    remap: (errors) => errors.map((e) => ({ ...e, field: e.field === "evidenceIds" ? `evidence-${anchor}` : `answer-${anchor}` })),
  });
}

export default function FourCs() {
  const { t } = useTranslation("evidence");
  const { header, c, view } = useLoaderData<typeof loader>();
  const problem = useActionData<typeof action>();
  const messages = useFormMessages(problem, "main-content");
  const [params] = useSearchParams();
  const posted = problem?.values && typeof problem.values.question === "string" ? problem.values.question : null;
  const asked = params.get("question");
  const progress = view.progress.find((p) => p.c === c)!;
  return (
    <ReviewPage header={header} heading={t(`reviews:fourC.${c}`)} errors={messages.summary} wide>
      <FourCsNav reference={header.reference} current={c} progress={view.progress} />
      <p className="govuk-body hearth-measure">{t(`fourCs.intro.${c}`)}</p>
      <p className="govuk-body hearth-measure">{t("fourCs.evidenceRule")}</p>
      <ProgressLine progress={progress} />
      {!view.canEdit && isSettled(header.stage) && <InsetText>{t("fourCs.settled")}</InsetText>}
      {view.topics.map((topic) => (
        <section key={topic.id} aria-labelledby={`topic-${topic.id}`}>
          <h2 className="govuk-heading-m" id={`topic-${topic.id}`}>
            {t(`fourCs.topic.${c}.${topic.id}`)}
          </h2>
          {topic.questions.map((question) => (
            <QuestionBlock
              key={question.id}
              reference={header.reference}
              c={c}
              question={question}
              version={posted === question.id ? Number(messages.value("version") ?? header.version) : header.version}
              canEdit={view.canEdit}
              evidence={view.evidence}
              answerMax={view.answerMax}
              open={posted === question.id || (posted === null && asked === question.id)}
              messages={posted === question.id ? messages : null}
            />
          ))}
        </section>
      ))}
    </ReviewPage>
  );
}
