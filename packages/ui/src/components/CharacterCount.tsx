import { useEffect, useRef, useState, type ReactNode, type TextareaHTMLAttributes } from "react";
import { cx, describedBy as joinIds, type LegendSize } from "../class-names.js";
import { ErrorMessage } from "./ErrorMessage.js";
import { Hint } from "./Hint.js";
import { Label } from "./Label.js";

export interface CharacterCountProps
  extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id" | "name" | "children" | "defaultValue" | "rows" | "maxLength"> {
  id: string;
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  /** Translated error message; switches the field into its error state. */
  error?: string;
  /** The most characters the server accepts. Not set as `maxlength`: people may paste more, then trim. */
  maxLength: number;
  /** Translated limit, shown as a hint without JavaScript, e.g. "You can enter up to 5000 characters". */
  limitText: string;
  /** Translated live count with JavaScript, e.g. (10) => "You have 10 characters remaining". */
  remainingText: (remaining: number) => string;
  /** Translated live count past the limit, e.g. (3) => "You have 3 characters too many". */
  overText: (over: number) => string;
  rows?: number;
  defaultValue?: string;
  labelIsPageHeading?: boolean;
  labelSize?: LegendSize;
  describedBy?: string;
}

/** How long typing must pause before the count is read out to screen readers. */
const ANNOUNCE_AFTER_MS = 1000;

/**
 * GOV.UK character count: a textarea whose limit is a plain hint without
 * JavaScript; once hydrated, a live count replaces it (the hint stays for
 * screen readers, and the count is announced when typing pauses).
 */
export function CharacterCount({
  id,
  name,
  label,
  hint,
  error,
  maxLength,
  limitText,
  remainingText,
  overText,
  rows = 5,
  defaultValue,
  labelIsPageHeading = false,
  labelSize,
  describedBy,
  className,
  onInput,
  ...rest
}: CharacterCountProps) {
  const ref = useRef<HTMLTextAreaElement>(null);
  // null until hydrated: the server (and a browser without JavaScript) shows the limit only.
  const [length, setLength] = useState<number | null>(null);
  const [announced, setAnnounced] = useState("");
  useEffect(() => setLength(ref.current?.value.length ?? 0), []);

  const over = length !== null && length > maxLength;
  const status = length === null ? "" : over ? overText(length - maxLength) : remainingText(maxLength - length);
  useEffect(() => {
    if (status === "") return;
    const timer = setTimeout(() => setAnnounced(status), ANNOUNCE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [status]);

  const hintId = hint ? `${id}-hint` : undefined;
  const infoId = `${id}-info`;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div
      className={cx("govuk-form-group", "govuk-character-count", error && "govuk-form-group--error")}
      data-module="govuk-character-count"
      data-maxlength={maxLength}
    >
      <Label htmlFor={id} isPageHeading={labelIsPageHeading} size={labelSize}>
        {label}
      </Label>
      {hint && hintId && <Hint id={hintId}>{hint}</Hint>}
      {error && errorId && <ErrorMessage id={errorId}>{error}</ErrorMessage>}
      <textarea
        {...rest}
        ref={ref}
        className={cx("govuk-textarea", "govuk-js-character-count", (error || over) && "govuk-textarea--error", className)}
        id={id}
        name={name}
        rows={rows}
        defaultValue={defaultValue}
        aria-describedby={joinIds(describedBy, hintId, infoId, errorId)}
        onInput={(event) => {
          setLength(event.currentTarget.value.length);
          onInput?.(event);
        }}
      />
      <div id={infoId} className={cx("govuk-hint", "govuk-character-count__message", length !== null && "govuk-visually-hidden")}>
        {limitText}
      </div>
      {length !== null && (
        <>
          <div
            className={cx("govuk-character-count__message", "govuk-character-count__status", over ? "govuk-error-message" : "govuk-hint")}
            aria-hidden="true"
          >
            {status}
          </div>
          <div className="govuk-character-count__sr-status govuk-visually-hidden" aria-live="polite">
            {announced}
          </div>
        </>
      )}
    </div>
  );
}
