import type { MetaFunction } from "@remix-run/node";
import { isRouteErrorResponse, useLocation, useRouteError, useRouteLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@hearth/i18n";
import { HearthDocument } from "./document.js";
import { ERROR_KINDS, ErrorPage, errorKind, type ErrorKind } from "./error-page.js";

/** What each app's root loader provides for its error pages. */
export interface RootErrorData {
  locale: Locale;
  nonce: string;
  errorTitles: Record<ErrorKind, string>;
}

/** "Page not found – Resident portal" and so on, translated by the root loader: error pages have no loader. */
export function errorTitles(t: (key: string) => string, serviceName: string): Record<ErrorKind, string> {
  return Object.fromEntries(ERROR_KINDS.map((kind) => [kind, `${t(`errorPage.${kind}.title`)} – ${serviceName}`])) as Record<ErrorKind, string>;
}

export const rootErrorMeta: MetaFunction<() => Promise<RootErrorData>> = ({ data, error }) => {
  if (!error) return [];
  const kind = errorKind(isRouteErrorResponse(error) ? error.status : 500);
  return [{ title: data?.errorTitles[kind] ?? "Error" }];
};

/**
 * The root ErrorBoundary of both apps: the translated error page inside the
 * app's own layout, in the page's language; the stack only in development.
 */
export function RootErrorBoundary<D extends RootErrorData>({ layout, dev }: { layout: (root: D, path: string, page: ReactNode) => ReactNode; dev: boolean }) {
  const error = useRouteError();
  const data = useRouteLoaderData("root") as D | undefined;
  const { i18n } = useTranslation();
  const location = useLocation();
  const locale = data?.locale ?? (isLocale(i18n.language) ? i18n.language : DEFAULT_LOCALE);
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const page = <ErrorPage status={status} detail={dev && error instanceof Error ? error.stack : undefined} />;
  return (
    <HearthDocument locale={locale} nonce={data?.nonce}>
      {data ? layout(data, location.pathname, page) : <main className="govuk-width-container govuk-main-wrapper" id="main-content">{page}</main>}
    </HearthDocument>
  );
}
