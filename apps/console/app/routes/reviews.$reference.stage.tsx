import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { attempt, readForm } from "@hearth/api/server";
import { translateMessage } from "@hearth/i18n";
import { Button, Textarea, WarningText } from "@hearth/ui";
import { CsrfField, useFormMessages } from "@hearth/ui/remix";
import { useRootData } from "../root";
import { ReviewPage, ReviewStageTag, reviewShouldRevalidate } from "../components/reviews/review-page";
import { finishReviewForm, loadReviewHeader, reviewFormFailed, reviewFormText, reviewScope } from "../lib/review-page.server";
import { reviewPath } from "../lib/review-paths";
import { workspacePage } from "../lib/review-workspace.server";
import { blockerPage } from "../lib/review-workspace";

const FORM_ID = "note";

export async function loader(args: LoaderFunctionArgs) {
  const scope = await reviewScope(args, ["staff"]);
  const page = await workspacePage(scope, args.params.reference);
  const approving = page.next?.stage === "approved";
  return {
    title: scope.pageTitle(approving ? "move.approveTitle" : "move.title", { reference: page.header.reference }, reviewFormFailed(args)),
    header: page.header,
    next: page.next,
    approving,
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];
export const shouldRevalidate = reviewShouldRevalidate;

export async function action(args: ActionFunctionArgs) {
  const scope = await reviewScope(args, ["staff"]);
  const form = await readForm(args.request, scope);
  const header = await loadReviewHeader(scope, args.params.reference);
  const values = reviewFormText(form, ["version", "to", "note"]);
  const outcome = await attempt(() => scope.caller.reviews.advance({ reviewId: header.id, version: Number(values.version), to: values.to ?? "", note: values.note ?? "" }));
  return finishReviewForm(args, outcome, {
    reference: header.reference,
    banner: values.to === "approved" ? "reviews:done.approved" : "reviews:done.stageChanged",
    values,
    // Blockers found at the moment of the move (someone changed the review meanwhile) are whole-form messages.
    remap: (errors) => errors.map((error) => ({ ...error, field: error.field === "note" ? "note" : FORM_ID })),
  });
}

export default function MoveStage() {
  const { t } = useTranslation("reviews");
  const { header, next, approving } = useLoaderData<typeof loader>();
  const { csrfToken } = useRootData();
  const messages = useFormMessages(useActionData<typeof action>(), FORM_ID);
  const back = reviewPath(header.reference);
  if (!next) {
    return (
      <ReviewPage header={header} heading={t("move.finishedHeading")}>
        <p className="govuk-body">{t("workspace.finished")}</p>
      </ReviewPage>
    );
  }
  const stageName = t(`stage.${next.stage}`);
  return (
    <ReviewPage header={header} heading={approving ? t("move.approveHeading") : t("move.heading", { stage: stageName })} errors={messages.summary} showStage={false}>
      <p className="govuk-body">
        <span className="govuk-!-margin-right-2">{t("move.from")}</span>
        <ReviewStageTag stage={header.stage} />
        <span className="govuk-!-margin-left-2 govuk-!-margin-right-2">{t("move.to")}</span>
        <ReviewStageTag stage={next.stage} />
      </p>
      {next.blockers.length > 0 ? (
        <>
          <p className="govuk-body">{t("move.blockedIntro")}</p>
          <ul className="govuk-list govuk-list--bullet" id={FORM_ID}>
            {next.blockers.map((blocker) => {
              const page = blockerPage(blocker.key);
              const text = translateMessage(t, blocker);
              return <li key={blocker.key}>{page ? <Link className="govuk-link" to={reviewPath(header.reference, page)}>{text}</Link> : text}</li>;
            })}
          </ul>
          <p className="govuk-body">
            <Link className="govuk-link" to={back}>
              {t("move.backToTasks")}
            </Link>
          </p>
        </>
      ) : (
        <>
          <p className="govuk-body">{approving ? t("move.approveIntro") : t("move.intro")}</p>
          {approving && <WarningText assistiveText={t("common:ui.warning")}>{t("move.approveWarning")}</WarningText>}
          <Form method="post" noValidate>
            <CsrfField token={csrfToken} />
            <input type="hidden" name="version" value={messages.value("version") ?? String(header.version)} />
            <input type="hidden" name="to" value={next.stage} />
            <Textarea id={FORM_ID} name="note" label={t("move.note")} labelSize="s" hint={t("move.noteHint")} rows={3} defaultValue={messages.value("note")} error={messages.field(FORM_ID)} />
            <div className="govuk-button-group">
              <Button preventDoubleClick>{approving ? t("move.approveConfirm") : t("move.confirm", { stage: stageName })}</Button>
              <Link className="govuk-link" to={back}>
                {t("sectionPage.cancel")}
              </Link>
            </div>
          </Form>
        </>
      )}
    </ReviewPage>
  );
}
