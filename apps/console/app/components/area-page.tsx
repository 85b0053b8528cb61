import { useSearchParams, type ShouldRevalidateFunction } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { BackLink, ErrorSummary, NotificationBanner, type ErrorSummaryItem } from "@hearth/ui";
import { useErrorTitle } from "../lib/form-errors";
import { BANNER_KEY } from "../lib/review-paths";

/**
 * Remix skips reloading page data after a 4xx action; these forms need it, so
 * a form sent back because the record changed meanwhile carries the fresh version.
 */
export const revalidateAfterPost: ShouldRevalidateFunction = ({ formMethod, defaultShouldRevalidate }) =>
  formMethod?.toUpperCase() === "POST" ? true : defaultShouldRevalidate;

/** The success banner named by `?done=` (see finishForm), when it is one of ours, with `params` for its text. */
function DoneBanner({ params }: { params: Record<string, string> }) {
  const { t, i18n } = useTranslation();
  const [search] = useSearchParams();
  const key = search.get("done");
  if (!key || !BANNER_KEY.test(key) || !i18n.exists(key)) return null;
  return (
    <NotificationBanner title={t("common:notice")} type="success">
      {t(key, params)}
    </NotificationBanner>
  );
}

export interface AreaPageProps {
  heading: ReactNode;
  errors?: ErrorSummaryItem[];
  /** Where the back link goes; null for none. */
  back: string | null;
  backLabel: string;
  caption: string;
  /** The record's state, shown under the heading (a stage or phase tag with its label). */
  status?: ReactNode;
  /** Parameters for the success banner's text. */
  bannerParams: Record<string, string>;
  /** Full width (tables, task lists) rather than two thirds (forms). */
  wide?: boolean;
  children?: ReactNode;
}

/**
 * The frame of every page of one review or election: back link, success
 * banner, error summary, caption, heading and status. With errors the browser
 * title gets its "Error:" prefix too.
 */
export function AreaPage({ heading, errors = [], back, backLabel, caption, status, bannerParams, wide = false, children }: AreaPageProps) {
  const { t } = useTranslation();
  useErrorTitle(errors.length > 0);
  return (
    <>
      {back !== null && <BackLink href={back}>{backLabel}</BackLink>}
      <div className="govuk-grid-row">
        <div className={wide ? "govuk-grid-column-full" : "govuk-grid-column-two-thirds"}>
          {errors.length === 0 && <DoneBanner params={bannerParams} />}
          <ErrorSummary title={t("common:form.problem")} errors={errors} />
          <span className="govuk-caption-l">{caption}</span>
          <h1 className="govuk-heading-l">{heading}</h1>
          {status && <p className="govuk-body">{status}</p>}
          {children}
        </div>
      </div>
    </>
  );
}
