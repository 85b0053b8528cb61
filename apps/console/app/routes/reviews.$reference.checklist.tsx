import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { attempt, load, readForm } from "@hearth/api/server";
import { Button, Checkboxes, SummaryList } from "@hearth/ui";
import { CsrfField, useFormMessages } from "@hearth/ui/remix";
import { useRootData } from "../root";
import { ReviewPage, reviewShouldRevalidate } from "../components/reviews/review-page";
import { reviewDay } from "../lib/review-format.server";
import { finishReviewForm, loadReviewHeader, reviewFormFailed, reviewScope } from "../lib/review-page.server";
import { reviewPath } from "../lib/review-paths";

const FORM_ID = "items";

export async function loader(args: LoaderFunctionArgs) {
  const scope = await reviewScope(args);
  const data = await load(() => scope.caller.reviews.checklist({ reference: args.params.reference ?? "" }));
  return {
    title: scope.pageTitle("checklistPage.title", { reference: data.header.reference }, reviewFormFailed(args)),
    header: data.header,
    items: data.items.map((item) => ({ ...item, checkedOn: reviewDay(scope.locale, item.checkedOn) })),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];
export const shouldRevalidate = reviewShouldRevalidate;

export async function action(args: ActionFunctionArgs) {
  const scope = await reviewScope(args, ["staff"]);
  const form = await readForm(args.request, scope);
  const header = await loadReviewHeader(scope, args.params.reference);
  const items = form.getAll("items").map(String).slice(0, 50);
  const version = String(form.get("version") ?? "");
  const outcome = await attempt(() => scope.caller.reviews.setChecklist({ reviewId: header.id, version: Number(version), items: items as never }));
  return finishReviewForm(args, outcome, {
    reference: header.reference,
    banner: "reviews:done.checklistSaved",
    values: { version, items },
    remap: (errors) => errors.map((error) => ({ ...error, field: FORM_ID })),
  });
}

export default function FinalChecklist() {
  const { t } = useTranslation("reviews");
  const { header, items } = useLoaderData<typeof loader>();
  const { csrfToken } = useRootData();
  const messages = useFormMessages(useActionData<typeof action>(), FORM_ID);
  const ticked = items.filter((item) => item.checked).length;
  const who = (item: (typeof items)[number]) => (item.checkedOn && item.checkedBy ? t("checklistPage.tickedBy", { date: item.checkedOn.text, name: item.checkedBy }) : undefined);
  return (
    <ReviewPage header={header} heading={t("checklistPage.heading")} errors={messages.summary}>
      <p className="govuk-body">{t("checklistPage.intro")}</p>
      <p className="govuk-body">
        <strong>{t("checklistPage.progress", { done: ticked, total: items.length })}</strong>
      </p>
      {header.canEdit.checklist ? (
        <Form method="post" noValidate>
          <CsrfField token={csrfToken} />
          <input type="hidden" name="version" value={messages.value("version") ?? String(header.version)} />
          <Checkboxes
            name="items"
            idPrefix={FORM_ID}
            legend={t("checklistPage.legend")}
            legendSize="m"
            hint={t("checklistPage.hint")}
            error={messages.field(FORM_ID)}
            defaultValues={messages.values("items") ?? items.filter((item) => item.checked).map((item) => item.item)}
            items={items.map((item) => ({ value: item.item, label: t(`checklist.${item.item}`), hint: who(item) }))}
          />
          <div className="govuk-button-group">
            <Button preventDoubleClick>{t("checklistPage.save")}</Button>
            <Link className="govuk-link" to={reviewPath(header.reference)}>
              {t("sectionPage.cancel")}
            </Link>
          </div>
        </Form>
      ) : (
        <SummaryList
          rows={items.map((item) => ({
            key: t(`checklist.${item.item}`),
            value: item.checked ? (who(item) ?? t("checklistPage.yes")) : t("checklistPage.notYet"),
          }))}
        />
      )}
    </ReviewPage>
  );
}
