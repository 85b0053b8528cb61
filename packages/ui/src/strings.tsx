import { createContext, useContext, type ReactNode } from "react";

/**
 * The few fixed texts that @hearth/ui components need. Every field is
 * required: the package never falls back to English, so an app must pass
 * strings that are already translated for the current page language.
 */
export interface UiStrings {
  /** Visually hidden prefix read before every error message, e.g. "Error:". */
  errorPrefix: string;
  /** Default text of the skip link, e.g. "Skip to main content". */
  skipToMainContent: string;
  /** Pagination link to the previous page, e.g. "Previous". */
  paginationPrevious: string;
  /** Pagination link to the next page, e.g. "Next". */
  paginationNext: string;
  /** Accessible name of a numbered pagination link, e.g. (3) => "Page 3". */
  paginationPage: (page: number) => string;
  /** Divider before an exclusive checkbox ("None of these"), e.g. "or". */
  or: string;
}

const UiStringsContext = createContext<UiStrings | null>(null);

export interface UiStringsProviderProps {
  value: UiStrings;
  children?: ReactNode;
}

export function UiStringsProvider({ value, children }: UiStringsProviderProps) {
  return <UiStringsContext.Provider value={value}>{children}</UiStringsContext.Provider>;
}

/** Reads the UiStrings provided above; throws if no provider is present. */
export function useUiStrings(): UiStrings {
  return requireUiStrings(useContext(UiStringsContext));
}

/**
 * Internal: reads the context without throwing, for components that only need
 * a string in some configurations (pass the result to `requireUiStrings`).
 */
export function useOptionalUiStrings(): UiStrings | null {
  return useContext(UiStringsContext);
}

export function requireUiStrings(strings: UiStrings | null): UiStrings {
  if (!strings) {
    throw new Error(
      "@hearth/ui: this component needs translated UiStrings. Wrap the app in <UiStringsProvider value={...}>.",
    );
  }
  return strings;
}
