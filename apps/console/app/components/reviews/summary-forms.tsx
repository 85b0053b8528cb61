import { Form } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { LANGUAGE_NAMES, textDirection, type Locale } from "@hearth/i18n";
import { SUMMARY_MAX_LENGTH, type SummaryText } from "@hearth/domain/reviews";
import { Button, CharacterCount, Checkboxes, Radios, TextInput } from "@hearth/ui";
import { CsrfField } from "@hearth/ui/remix";
import { useRootData } from "../../root";

type Field = (name: string) => string | undefined;

/** A language as staff read it: its name in the page language, then its own name in itself. */
export function LanguageName({ code }: { code: Locale }) {
  const { t } = useTranslation("publication");
  return (
    <>
      {t(`language.${code}`)}
      {code !== "en" && (
        <>
          {" "}
          (<span lang={code}>{LANGUAGE_NAMES[code]}</span>)
        </>
      )}
    </>
  );
}

/** A POST form to the summary page with the CSRF token, the review's id and version, and what it is for. */
export function SummaryForm({ intent, review, children, id }: { intent: string; review: { id: string; version: number }; children: ReactNode; id?: string }) {
  const { csrfToken } = useRootData();
  return (
    <Form method="post" noValidate id={id}>
      <CsrfField token={csrfToken} />
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="reviewId" value={review.id} />
      <input type="hidden" name="version" value={review.version} />
      {children}
    </Form>
  );
}

/**
 * Headline, "you said" and "we did" for one language. `prefix` keeps the
 * English and translation forms' ids apart; `language` marks the fields with
 * the language being typed, so spell checkers and screen readers follow it.
 */
export function SummaryFields({ prefix, text, error, language }: { prefix: string; text: Partial<SummaryText>; error: Field; language: Locale | null }) {
  const { t } = useTranslation("publication");
  const typed = language ? { lang: language, dir: textDirection(language) } : {};
  const count = (max: number) => ({
    maxLength: max,
    limitText: t("portal:complaints.characters.limit", { count: max }),
    remainingText: (n: number) => t("portal:complaints.characters.remaining", { count: n }),
    overText: (n: number) => t("portal:complaints.characters.over", { count: n }),
  });
  return (
    <>
      <TextInput
        id={`${prefix}-headline`}
        name="headline"
        label={t("form.headline")}
        labelSize="s"
        hint={t("form.headlineHint", { max: SUMMARY_MAX_LENGTH.headline })}
        defaultValue={text.headline ?? ""}
        error={error(`${prefix}-headline`)}
        {...typed}
      />
      <CharacterCount
        id={`${prefix}-youSaid`}
        name="youSaid"
        label={t("form.youSaid")}
        labelSize="s"
        hint={t("form.youSaidHint")}
        defaultValue={text.youSaid ?? ""}
        error={error(`${prefix}-youSaid`)}
        rows={5}
        {...count(SUMMARY_MAX_LENGTH.youSaid)}
        {...typed}
      />
      <CharacterCount
        id={`${prefix}-weDid`}
        name="weDid"
        label={t("form.weDid")}
        labelSize="s"
        hint={t("form.weDidHint")}
        defaultValue={text.weDid ?? ""}
        error={error(`${prefix}-weDid`)}
        rows={5}
        {...count(SUMMARY_MAX_LENGTH.weDid)}
        {...typed}
      />
    </>
  );
}

export function EnglishForm({ review, text, error }: { review: { id: string; version: number }; text: Partial<SummaryText>; error: Field }) {
  const { t } = useTranslation("publication");
  return (
    <SummaryForm intent="save" review={review}>
      <input type="hidden" name="language" value="en" />
      <SummaryFields prefix="en" text={text} error={error} language="en" />
      <Button>{t("form.saveEnglish")}</Button>
    </SummaryForm>
  );
}

export function TranslationForm({
  review,
  languages,
  chosen,
  text,
  error,
}: {
  review: { id: string; version: number };
  languages: { code: Locale; translated: boolean }[];
  chosen: Locale | null;
  text: Partial<SummaryText>;
  error: Field;
}) {
  const { t } = useTranslation("publication");
  return (
    <SummaryForm intent="save" review={review}>
      <Radios
        name="language"
        idPrefix="tr-language"
        legend={t("form.language")}
        legendSize="s"
        hint={t("form.languageHint")}
        error={error("tr-language")}
        defaultValue={chosen ?? undefined}
        items={languages.map(({ code, translated }) => ({ value: code, label: <LanguageName code={code} />, hint: translated ? t("translations.translated") : undefined }))}
      />
      <SummaryFields prefix="tr" text={text} error={error} language={chosen} />
      <Button>{t("form.saveTranslation")}</Button>
    </SummaryForm>
  );
}

export function EnglishOnlyForm({ review, englishOnly, error }: { review: { id: string; version: number }; englishOnly: boolean; error: Field }) {
  const { t } = useTranslation("publication");
  return (
    <SummaryForm intent="englishOnly" review={review}>
      <Checkboxes
        name="englishOnly"
        legend={t("englishOnly.legend")}
        legendSize="m"
        hint={t("englishOnly.hint")}
        error={error("englishOnly")}
        defaultValues={englishOnly ? ["true"] : []}
        items={[{ value: "true", label: t("englishOnly.label") }]}
      />
      <Button variant="secondary">{t("englishOnly.save")}</Button>
    </SummaryForm>
  );
}
