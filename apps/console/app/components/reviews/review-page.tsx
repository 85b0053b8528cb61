import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { ReviewStage } from "@hearth/domain/reviews";
import { Tag, type ErrorSummaryItem } from "@hearth/ui";
import { reviewPath, STAGE_COLOURS } from "../../lib/review-paths";
import { AreaPage, revalidateAfterPost } from "../area-page";

/** What the frame needs from `loadReviewHeader` (the whole header may be passed). */
export interface ReviewPageHeader {
  reference: string;
  title: string;
  serviceArea: { slug: string; name: string };
  stage: ReviewStage;
}

/** Review forms reload their data after a failed post (see revalidateAfterPost). */
export const reviewShouldRevalidate = revalidateAfterPost;

export function ReviewStageTag({ stage }: { stage: ReviewStage }) {
  const { t } = useTranslation("reviews");
  return (
    <Tag colour={STAGE_COLOURS[stage]} className="hearth-stage-tag">
      {t(`stage.${stage}`)}
    </Tag>
  );
}

/**
 * The frame of every page of one review: back link (to the workspace unless
 * `backTo` says otherwise), success banner (its text may use {{reference}} and
 * {{stage}}), error summary, the caption (reference · service area), the
 * heading and the stage tag.
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
  return (
    <AreaPage
      heading={heading}
      errors={errors}
      back={backTo === undefined ? reviewPath(header.reference) : backTo}
      backLabel={backLabel ?? t("page.back", { reference: header.reference })}
      caption={t("page.caption", { reference: header.reference, serviceArea: header.serviceArea.name })}
      status={
        showStage && (
          <>
            <span className="govuk-!-margin-right-2">{t("page.stage")}</span>
            <ReviewStageTag stage={header.stage} />
          </>
        )
      }
      bannerParams={{ reference: header.reference, stage: t(`stage.${header.stage}`) }}
      wide={wide}
    >
      {children}
    </AreaPage>
  );
}
