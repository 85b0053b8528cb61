import { useSearchParams, type ShouldRevalidateFunction } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { ReviewStage } from "@hearth/domain/reviews";
import { BackLink, ErrorSummary, NotificationBanner, Tag, type ErrorSummaryItem } from "@hearth/ui";
import { useErrorTitle } from "../../lib/form-errors";
import { BANNER_KEY, reviewPath, STAGE_COLOURS } from "../../lib/review-paths";

/** What the frame needs from `loadReviewHeader` (the whole header may be passed). */
export interface ReviewPageHeader {
  reference: string;
  title: string;
  serviceArea: { slug: string; name: string };
  stage: ReviewStage;
}

/**
 * Remix skips reloading page data after a 4xx action; review forms need it, so
 * a form sent back because the review changed meanwhile carries the fresh version.
 */
export const reviewShouldRevalidate: ShouldRevalidateFunction = ({ formMethod, defaultShouldRevalidate }) =>
  formMethod?.toUpperCase() === "POST" ? true : defaultShouldRevalidate;

export function ReviewStageTag({ stage }: { stage: ReviewStage }) {
  const { t } = useTranslation("reviews");
  return (
    <Tag colour={STAGE_COLOURS[stage]} className="hearth-stage-tag">
      {t(`stage.${stage}`)}
    </Tag>
  );
}

/**
 * The success banner named by `?done=` (see finishReviewForm), when it is one
 * of ours. Its text may use {{reference}} and {{stage}} (the stage now).
 */
function DoneBanner({ reference, stage }: { reference: string; stage: ReviewStage }) {
  const { t, i18n } = useTranslation("reviews");
  const [params] = useSearchParams();
  const key = params.get("done");
  if (!key || !BANNER_KEY.test(key) || !i18n.exists(key)) return null;
  return (
    <NotificationBanner title={t("common:notice")} type="success">
      {t(key, { reference, stage: t(`stage.${stage}`) })}
    </NotificationBanner>
  );
}

/**
 * The frame of every page of one review: back link (to the workspace unless
 * `backTo` says otherwise), success banner, error summary, the caption
 * (reference · service area), the heading and the stage tag. With errors the
 * browser title gets its "Error:" prefix too.
 */
export function ReviewPage({
  header,
  heading,
  errors = [],
  backTo,
  backLabel,
  wide = false,
  showStage = true,
  children,
}: {
  header: ReviewPageHeader;
  heading: ReactNode;
  errors?: ErrorSummaryItem[];
  /** A path; the workspace by default. Pass null on the workspace itself. */
  backTo?: string | null;
  backLabel?: string;
  /** Full width (tables, the task list) rather than two thirds (forms). */
  wide?: boolean;
  /** False on pages that show the stage their own way (the stage page). */
  showStage?: boolean;
  children?: ReactNode;
}) {
  const { t } = useTranslation("reviews");
  useErrorTitle(errors.length > 0);
  const back = backTo === undefined ? reviewPath(header.reference) : backTo;
  return (
    <>
      {back !== null && <BackLink href={back}>{backLabel ?? t("page.back", { reference: header.reference })}</BackLink>}
      <div className="govuk-grid-row">
        <div className={wide ? "govuk-grid-column-full" : "govuk-grid-column-two-thirds"}>
          {errors.length === 0 && <DoneBanner reference={header.reference} stage={header.stage} />}
          <ErrorSummary title={t("common:form.problem")} errors={errors} />
          <span className="govuk-caption-l">
            {t("page.caption", { reference: header.reference, serviceArea: header.serviceArea.name })}
          </span>
          <h1 className="govuk-heading-l">{heading}</h1>
          {showStage && (
            <p className="govuk-body">
              <span className="govuk-!-margin-right-2">{t("page.stage")}</span>
              <ReviewStageTag stage={header.stage} />
            </p>
          )}
          {children}
        </div>
      </div>
    </>
  );
}
