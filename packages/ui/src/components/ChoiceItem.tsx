import type { InputHTMLAttributes, ReactNode } from "react";
import { Hint } from "./Hint.js";

/**
 * One radio or checkbox with its label and optional hint, as GOV.UK marks
 * them up: the hint is tied to the input so it is read with the option.
 */
export function ChoiceItem({
  kind,
  id,
  label,
  hint,
  ...input
}: { kind: "radios" | "checkboxes"; id: string; label: ReactNode; hint?: ReactNode } & Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "type" | "className">) {
  const hintId = hint ? `${id}-item-hint` : undefined;
  return (
    <div className={`govuk-${kind}__item`}>
      <input {...input} className={`govuk-${kind}__input`} id={id} type={kind === "radios" ? "radio" : "checkbox"} aria-describedby={hintId} />
      <label className={`govuk-label govuk-${kind}__label`} htmlFor={id}>
        {label}
      </label>
      {hint && hintId && (
        <Hint id={hintId} className={`govuk-${kind}__hint`}>
          {hint}
        </Hint>
      )}
    </div>
  );
}
