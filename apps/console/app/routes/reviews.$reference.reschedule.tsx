import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { attempt, load, readForm } from "@hearth/api/server";
import { financialYearLabel, isSettled } from "@hearth/domain/reviews";
import { Button, Radios, Table, Textarea } from "@hearth/ui";
import { CsrfField, useFormMessages } from "@hearth/ui/remix";
import { useRootData } from "../root";
import { ReviewPage, reviewShouldRevalidate } from "../components/reviews/review-page";
import { finishReviewForm, loadReviewHeader, reviewFormFailed, reviewScope } from "../lib/review-page.server";
import { formValues } from "../lib/request.server";
import { reviewPath } from "../lib/review-paths";
import { when } from "../lib/format.server";

export async function loader(args: LoaderFunctionArgs) {
  const scope = await reviewScope(args);
  const header = await loadReviewHeader(scope, args.params.reference);
  const history = await load(() => scope.caller.reviewProgramme.changes({ reference: header.reference }));
  const current = history.programmeYear;
  const canMove = scope.user.roles.includes("staff") && !isSettled(header.stage);
  return {
    title: scope.pageTitle("programme:reschedule.title", { reference: header.reference }, reviewFormFailed(args)),
    header,
    canMove,
    current: financialYearLabel(current),
    years: history.years.map((y) => ({ value: String(y), label: financialYearLabel(y), current: y === current })),
    changes: history.changes.map((c) => ({
      id: c.id,
      from: c.fromYear === null ? null : financialYearLabel(c.fromYear),
      to: financialYearLabel(c.toYear),
      reason: c.reason,
      by: c.by,
      at: when(scope.locale, c.at)!,
    })),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];
export const shouldRevalidate = reviewShouldRevalidate;

export async function action(args: ActionFunctionArgs) {
  const scope = await reviewScope(args, ["staff"]);
  const form = await readForm(args.request, scope);
  const values = formValues(form, ["reviewId", "version", "year", "reason"]);
  const reference = args.params.reference ?? "";
  const outcome = await attempt(() => scope.caller.reviewProgramme.reschedule({ ...values, year: values.year === "" ? undefined : values.year }));
  return finishReviewForm(args, outcome, { reference, to: reviewPath(reference, "reschedule"), banner: "programme:done.rescheduled", values });
}

export default function Reschedule() {
  const { t } = useTranslation("programme");
  const data = useLoaderData<typeof loader>();
  const { csrfToken } = useRootData();
  const messages = useFormMessages(useActionData<typeof action>(), "year");
  return (
    <ReviewPage header={data.header} heading={t("reschedule.heading")} errors={messages.summary} backTo="/reviews" backLabel={t("back.programme")}>
      <p className="govuk-body">{t("reschedule.current", { year: data.current })}</p>
      {data.canMove ? (
        // Keyed by version: after a move the form starts afresh instead of keeping the last answers.
        <Form method="post" noValidate key={data.header.version}>
          <CsrfField token={csrfToken} />
          <input type="hidden" name="reviewId" value={data.header.id} />
          <input type="hidden" name="version" value={messages.value("version") ?? String(data.header.version)} />
          <Radios
            name="year"
            legend={t("reschedule.year")}
            legendSize="s"
            items={data.years.map((y) => ({ value: y.value, label: y.current ? t("reschedule.currentYear", { year: y.label }) : y.label }))}
            defaultValue={messages.value("year")}
            error={messages.field("year")}
          />
          <Textarea id="reason" name="reason" rows={4} label={t("reschedule.reason")} labelSize="s" hint={t("reschedule.reasonHint")} defaultValue={messages.value("reason")} error={messages.field("reason")} />
          <div className="govuk-button-group">
            <Button preventDoubleClick>{t("reschedule.submit")}</Button>
            <a className="govuk-link" href="/reviews">
              {t("form.cancel")}
            </a>
          </div>
        </Form>
      ) : (
        <p className="govuk-body">{t(isSettled(data.header.stage) ? "reschedule.settled" : "reschedule.staffOnly")}</p>
      )}
      <h2 className="govuk-heading-m">{t("reschedule.history")}</h2>
      {data.changes.length === 0 ? (
        <p className="govuk-body">{t("reschedule.noHistory")}</p>
      ) : (
        <Table
          caption={t("reschedule.historyCaption", { reference: data.header.reference })}
          captionSize="s"
          stackUntilTablet
          head={[t("reschedule.when"), t("reschedule.change"), t("reschedule.why"), t("reschedule.who")]}
          rows={data.changes.map((c) => [
            <time dateTime={c.at.iso}>{c.at.text}</time>,
            c.from === null ? t("reschedule.added", { year: c.to }) : t("reschedule.moved", { from: c.from, to: c.to }),
            <span dir="auto" className="hearth-written">{c.reason}</span>,
            c.by,
          ])}
        />
      )}
    </ReviewPage>
  );
}
