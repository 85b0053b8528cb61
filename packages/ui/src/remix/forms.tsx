import { useTranslation } from "react-i18next";
import { translateMessage, type TranslatableMessage } from "@hearth/i18n";
import type { ErrorSummaryItem } from "../components/ErrorSummary.js";

export interface FormMessage extends TranslatableMessage {
  field?: string;
}

/** What an action returns when a person needs to fix something. */
export interface FormProblem {
  errors: FormMessage[];
  values?: Record<string, string | string[]>;
}

export function CsrfField({ token }: { token: string }) {
  return <input type="hidden" name="csrf" value={token} />;
}

/**
 * Translated messages for the error summary and for each field. Whole-form
 * messages link to `fallbackField` so every summary item goes somewhere.
 */
export function useFormMessages(problem: FormProblem | undefined | null, fallbackField: string) {
  const { t } = useTranslation();
  const errors = problem?.errors ?? [];
  const summary: ErrorSummaryItem[] = errors.map((error) => ({
    href: `#${error.field ?? fallbackField}`,
    text: translateMessage(t, error),
  }));
  const field = (name: string): string | undefined => {
    const match = errors.find((error) => (error.field ?? fallbackField) === name);
    return match ? translateMessage(t, match) : undefined;
  };
  const value = (name: string): string | undefined => {
    const v = problem?.values?.[name];
    return typeof v === "string" ? v : undefined;
  };
  const values = (name: string): string[] | undefined => {
    const v = problem?.values?.[name];
    return Array.isArray(v) ? v : typeof v === "string" ? [v] : undefined;
  };
  return { summary, field, value, values, hasErrors: errors.length > 0 };
}
