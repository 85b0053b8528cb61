import { useTranslation } from "react-i18next";
import { CharacterCount } from "@hearth/ui";
import { QuestionHeading } from "./question-frame";

/** A long free-text answer that is the page's question, with the limit and a live count. */
export function LongAnswer({ name, title, hint, maxLength, defaultValue, error }: { name: string; title: string; hint: string; maxLength: number; defaultValue: string; error?: string }) {
  const { t } = useTranslation("portal");
  return (
    <CharacterCount
      id={name}
      name={name}
      label={<QuestionHeading>{title}</QuestionHeading>}
      labelIsPageHeading
      hint={hint}
      error={error}
      rows={10}
      maxLength={maxLength}
      limitText={t("complaints.characters.limit", { count: maxLength })}
      remainingText={(count) => t("complaints.characters.remaining", { count })}
      overText={(count) => t("complaints.characters.over", { count })}
      defaultValue={defaultValue}
      spellCheck
    />
  );
}
