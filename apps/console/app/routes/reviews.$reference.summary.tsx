import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { load } from "@hearth/api/server";
import { REVIEW_STAGES as STAGES, TRANSLATION_LANGUAGES, type SummaryText } from "@hearth/domain/reviews";
import { formatDate, translateMessage, type Locale } from "@hearth/i18n";
import { Button, InsetText, Tag } from "@hearth/ui";
import { useFormMessages } from "@hearth/ui/remix";
import { ReviewPage, reviewShouldRevalidate } from "../components/reviews/review-page";
import { EnglishForm, EnglishOnlyForm, LanguageName, SummaryForm, TranslationForm } from "../components/reviews/summary-forms";
import { SummaryPreview } from "../components/reviews/summary-preview";
import { FORM_ANCHORS, type SummaryForm as FormName } from "../lib/publication-forms";
import { chosenLanguage, summaryAction } from "../lib/publication.server";
import { reviewPath } from "../lib/review-paths";
import { loadReviewHeader, reviewFormFailed, reviewScope } from "../lib/review-page.server";

export async function loader(args: LoaderFunctionArgs) {
  const scope = await reviewScope(args);
  const header = await loadReviewHeader(scope, args.params.reference);
  const summary = await load(() => scope.caller.reviewPublication.summary({ reference: header.reference }));
  const stored = new Map(summary.summaries.map((s) => [s.language, { headline: s.headline, youSaid: s.youSaid, weDid: s.weDid }]));
  return {
    header,
    review: { id: summary.id, version: summary.version },
    editable: summary.editable,
    englishOnly: summary.englishOnly,
    publishedOn: summary.publishedOn ? formatDate(scope.locale, `${summary.publishedOn}T12:00:00Z`) : null,
    problems: summary.problems,
    english: stored.get("en") ?? null,
    translations: TRANSLATION_LANGUAGES.map((code) => ({ code, text: stored.get(code) ?? null })),
    chosen: chosenLanguage(new URL(args.request.url)),
    // Why the forms are not shown, when they are not.
    readOnly: summary.editable ? null : !scope.user.roles.includes("staff") ? "readOnly" : STAGES.indexOf(header.stage) < STAGES.indexOf("reporting") ? "notYet" : "closed",
    title: scope.pageTitle("publication:summary.title", { reference: header.reference }, reviewFormFailed(args)),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];
export const shouldRevalidate = reviewShouldRevalidate;

export async function action(args: ActionFunctionArgs) {
  return summaryAction(args, await reviewScope(args, ["staff"]));
}

type Data = ReturnType<typeof useLoaderData<typeof loader>>;

function PublishSection({ data, error }: { data: Data; error?: string }) {
  const { t } = useTranslation("publication");
  if (data.publishedOn) {
    return (
      <InsetText>
        {t("publish.done", { date: data.publishedOn })}
        {data.editable && ` ${t("publish.liveChanges")}`}
      </InsetText>
    );
  }
  if (data.problems.length) {
    return (
      <>
        <p className="govuk-body">{t("publish.missing")}</p>
        <ul className="govuk-list govuk-list--bullet" id="publish">
          {data.problems.map((problem) => (
            <li key={problem}>{translateMessage(t, { key: `errors.reviews.publication.${problem}` })}</li>
          ))}
        </ul>
      </>
    );
  }
  return (
    <SummaryForm intent="publish" review={data.review}>
      <p className="govuk-body">{t("publish.ready")}</p>
      {error && <p className="govuk-error-message">{error}</p>}
      <Button id="publish">{t("publish.button")}</Button>
    </SummaryForm>
  );
}

function Translations({ data, error }: { data: Data; error?: string }) {
  const { t } = useTranslation("publication");
  const here = reviewPath(data.header.reference, "summary");
  return (
    <>
      {error && <p className="govuk-error-message">{error}</p>}
      <dl className="govuk-summary-list" id="translations" tabIndex={-1}>
        {data.translations.map(({ code, text }) => (
          <div key={code} className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">
              <LanguageName code={code} />
            </dt>
            <dd className="govuk-summary-list__value">{text ? <Tag colour="green">{t("translations.translated")}</Tag> : <Tag colour="grey">{t("translations.missing")}</Tag>}</dd>
            {data.editable && (
              <dd className="govuk-summary-list__actions">
                {!data.englishOnly && (
                  <a className="govuk-link" href={`${here}?language=${code}#translation`}>
                    {text ? t("translations.change") : t("translations.write")}
                    <span className="govuk-visually-hidden"> {t(`language.${code}`)}</span>
                  </a>
                )}
                {text && (
                  <SummaryForm intent="remove" review={data.review}>
                    <input type="hidden" name="language" value={code} />
                    <button type="submit" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0 govuk-!-margin-top-2">
                      {t("translations.remove")}
                      <span className="govuk-visually-hidden"> {t(`language.${code}`)}</span>
                    </button>
                  </SummaryForm>
                )}
              </dd>
            )}
          </div>
        ))}
      </dl>
    </>
  );
}

/** "You said, we did": the plain-language summary residents read on the portal, its translations, and publishing it. */
export default function Summary() {
  const { t } = useTranslation("publication");
  const data = useLoaderData<typeof loader>();
  const failed = useActionData<typeof action>();
  const form = (failed?.values as { form?: FormName } | undefined)?.form;
  const messages = useFormMessages(failed, form ? FORM_ANCHORS[form] : "publish");
  const error = (id: string) => messages.field(id);
  // A failed form shows what was typed; otherwise the stored text.
  const typed = (name: FormName, stored: SummaryText | null): Partial<SummaryText> =>
    form === name ? { headline: messages.value("headline"), youSaid: messages.value("youSaid"), weDid: messages.value("weDid") } : (stored ?? {});
  const chosen = (form === "translation" ? (messages.value("language") as Locale | undefined) : undefined) ?? data.chosen;
  const chosenText = data.translations.find((tr) => tr.code === chosen)?.text ?? null;
  const status = data.publishedOn ? <Tag colour="green">{t("status.published")}</Tag> : <Tag colour="grey">{t("status.notPublished")}</Tag>;

  return (
    <ReviewPage header={data.header} heading={t("summary.heading")} errors={messages.summary}>
      <p className="govuk-body">{t("summary.intro")}</p>
      <p className="govuk-body">
        <span className="govuk-!-margin-right-2">{t("status.label")}</span>
        {status}
      </p>
      {data.readOnly && <InsetText>{t(`summary.${data.readOnly}`)}</InsetText>}

      {data.editable ? (
        <>
          <h2 className="govuk-heading-l">{t("english.heading")}</h2>
          <EnglishForm review={data.review} text={typed("english", data.english)} error={error} />

          <h2 className="govuk-heading-l">{t("translations.heading")}</h2>
          <p className="govuk-body">{t(data.englishOnly ? "translations.englishOnlyIntro" : "translations.intro")}</p>
          <Translations data={data} error={form === "translations" ? error("translations") : undefined} />
          {!data.englishOnly && (
            <>
              <h3 className="govuk-heading-m" id="translation" tabIndex={-1}>
                {chosen ? t("translations.writeIn", { language: t(`language.${chosen}`) }) : t("translations.new")}
              </h3>
              <TranslationForm
                review={data.review}
                languages={data.translations.map((tr) => ({ code: tr.code, translated: tr.text !== null }))}
                chosen={chosen}
                text={typed("translation", chosenText)}
                error={error}
              />
            </>
          )}
          <EnglishOnlyForm review={data.review} englishOnly={data.englishOnly} error={error} />

          <h2 className="govuk-heading-l">{t("preview.heading")}</h2>
          {data.english ? (
            <>
              <p className="govuk-body">{t("preview.intro")}</p>
              <SummaryPreview language="en" text={data.english} label={t("language.en")} />
              {chosen && chosenText && <SummaryPreview language={chosen} text={chosenText} label={t(`language.${chosen}`)} />}
            </>
          ) : (
            <p className="govuk-body">{t("preview.empty")}</p>
          )}
        </>
      ) : (
        <>
          <h2 className="govuk-heading-l">{t("preview.heading")}</h2>
          {data.english ? (
            <>
              {data.englishOnly && <p className="govuk-body">{t("translations.englishOnlyIntro")}</p>}
              <SummaryPreview language="en" text={data.english} label={t("language.en")} />
              {data.translations.map(({ code, text }) => text && <SummaryPreview key={code} language={code} text={text} label={t(`language.${code}`)} />)}
            </>
          ) : (
            <p className="govuk-body">{t("english.none")}</p>
          )}
        </>
      )}

      {/* Readers, and staff before the report stage, only learn when it was published: the button and its to-do list are for those who can publish. */}
      {(data.editable || data.publishedOn) && (
        <>
          <h2 className="govuk-heading-l">{t("publish.heading")}</h2>
          <PublishSection data={data} error={form === "publish" ? error("publish") : undefined} />
        </>
      )}
    </ReviewPage>
  );
}
