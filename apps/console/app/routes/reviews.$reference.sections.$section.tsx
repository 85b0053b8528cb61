import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { attempt, load, readForm } from "@hearth/api/server";
import { BRIEF_FIELDS } from "@hearth/domain/reviews";
import { Button, InsetText, SummaryList } from "@hearth/ui";
import { CsrfField, useFormMessages } from "@hearth/ui/remix";
import { useRootData } from "../root";
import { BriefFieldInput } from "../components/reviews/brief-field-inputs";
import { ReviewPage, reviewShouldRevalidate } from "../components/reviews/review-page";
import { reviewDay, reviewPounds } from "../lib/review-format.server";
import { finishReviewForm, loadReviewHeader, reviewFormFailed, reviewFormText, reviewScope } from "../lib/review-page.server";
import { reviewPath } from "../lib/review-paths";
import { fieldsFromForm, formValuesFromStored, isBriefSection, sectionErrorTarget, sectionInputNames } from "../lib/review-section";

const FORM_ID = "section-form";

function sectionParam(value: string | undefined) {
  if (!isBriefSection(value)) throw new Response("Not found", { status: 404 });
  return value;
}

export async function loader(args: LoaderFunctionArgs) {
  const scope = await reviewScope(args);
  const section = sectionParam(args.params.section);
  const data = await load(() => scope.caller.reviews.section({ reference: args.params.reference ?? "", section }));
  const sectionName = scope.tr(`section.${section}`);
  // What a reader sees instead of the form: amounts and dates written out in the page language.
  const shown = Object.fromEntries(
    BRIEF_FIELDS[section].map((field) => {
      const stored = data.fields[field.id] ?? "";
      const text = !stored ? "" : field.kind === "pounds" ? reviewPounds(scope.locale, stored) : field.kind === "date" ? (reviewDay(scope.locale, stored)?.text ?? stored) : stored;
      return [field.id, text];
    }),
  );
  return {
    title: scope.pageTitle("sectionPage.title", { section: sectionName, reference: data.header.reference }, reviewFormFailed(args)),
    header: data.header,
    section,
    complete: data.complete,
    editable: data.editable,
    isStaff: scope.user.roles.includes("staff"),
    values: formValuesFromStored(section, data.fields),
    shown,
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];
export const shouldRevalidate = reviewShouldRevalidate;

export async function action(args: ActionFunctionArgs) {
  const scope = await reviewScope(args, ["staff"]);
  const section = sectionParam(args.params.section);
  const form = await readForm(args.request, scope);
  const header = await loadReviewHeader(scope, args.params.reference);
  const values = reviewFormText(form, ["version", ...sectionInputNames(section)]);
  const outcome = await attempt(() =>
    scope.caller.reviews.saveSection({ reviewId: header.id, version: Number(values.version), section, fields: fieldsFromForm(section, values) }),
  );
  return finishReviewForm(args, outcome, {
    reference: header.reference,
    banner: "reviews:done.sectionSaved",
    values,
    remap: (errors) => errors.map((error) => (error.field ? { ...error, field: sectionErrorTarget(section, error.field) } : error)),
  });
}

function ReadOnlySection({ data }: { data: ReturnType<typeof useLoaderData<typeof loader>> }) {
  const { t } = useTranslation("reviews");
  const word = (kind: string, value: string) => (kind === "yes-no" ? t(`yesNo.${value}`) : kind === "level" ? t(`level.${value}`) : value);
  return (
    <SummaryList
      rows={BRIEF_FIELDS[data.section].map((field) => {
        const text = data.shown[field.id] ?? "";
        return {
          key: t(`field.${data.section}.${field.id}.label`),
          value: text ? (
            <span className="hearth-multiline" dir="auto">
              {word(field.kind, text)}
            </span>
          ) : (
            t("sectionPage.notAnswered")
          ),
        };
      })}
    />
  );
}

export default function BriefSectionPage() {
  const { t } = useTranslation("reviews");
  const data = useLoaderData<typeof loader>();
  const { csrfToken } = useRootData();
  const messages = useFormMessages(useActionData<typeof action>(), FORM_ID);
  const { header, section } = data;
  // After a refused save show what was typed; otherwise what is stored.
  const value = (name: string) => (messages.hasErrors ? messages.value(name) : data.values[name]);
  return (
    <ReviewPage header={header} heading={t(`section.${section}`)} errors={messages.summary}>
      <p className="govuk-body">
        <strong className={`govuk-tag govuk-tag--${data.complete ? "green" : "blue"}`}>{t(data.complete ? "sectionPage.complete" : "sectionPage.incomplete")}</strong>
      </p>
      {data.editable ? (
        <>
          <p className="govuk-body">{t("sectionPage.intro")}</p>
          <Form method="post" noValidate id={FORM_ID} tabIndex={-1}>
            <CsrfField token={csrfToken} />
            <input type="hidden" name="version" value={messages.value("version") ?? String(header.version)} />
            {BRIEF_FIELDS[section].map((field) => (
              <BriefFieldInput key={field.id} section={section} field={field} value={value} error={messages.field} />
            ))}
            <div className="govuk-button-group">
              <Button preventDoubleClick>{t("sectionPage.save")}</Button>
              <Link className="govuk-link" to={reviewPath(header.reference)}>
                {t("sectionPage.cancel")}
              </Link>
            </div>
          </Form>
        </>
      ) : (
        <>
          <InsetText>
            <p className="govuk-body">{t(data.isStaff ? "sectionPage.closed" : "sectionPage.readOnly")}</p>
          </InsetText>
          <ReadOnlySection data={data} />
        </>
      )}
    </ReviewPage>
  );
}
