import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { ElectionPhase } from "@hearth/domain/elections";
import { Tag, type ErrorSummaryItem } from "@hearth/ui";
import { electionPath, PHASE_COLOURS } from "../../lib/election-paths";
import { AreaPage, revalidateAfterPost } from "../area-page";

/** What the frame needs from `loadElectionHeader` (the whole header may be passed). */
export interface ElectionPageHeader {
  reference: string;
  title: string;
  phase: ElectionPhase;
}

/** Election forms reload their data after a failed post (see revalidateAfterPost). */
export const electionShouldRevalidate = revalidateAfterPost;

export function ElectionPhaseTag({ phase }: { phase: ElectionPhase }) {
  const { t } = useTranslation("elections");
  return <Tag colour={PHASE_COLOURS[phase]}>{t(`phase.${phase}`)}</Tag>;
}

/**
 * The frame of every page of one election: back link (to the overview unless
 * `backTo` says otherwise), success banner, error summary, the caption
 * (reference · title), the heading and the phase tag.
 */
export function ElectionPage({
  header,
  heading,
  errors = [],
  backTo,
  backLabel,
  wide = false,
  children,
}: {
  header: ElectionPageHeader;
  heading: ReactNode;
  errors?: ErrorSummaryItem[];
  /** A path; the overview by default. Pass null on the overview itself. */
  backTo?: string | null;
  backLabel?: string;
  /** Full width (tables, the task list) rather than two thirds (forms). */
  wide?: boolean;
  children?: ReactNode;
}) {
  const { t } = useTranslation("elections");
  return (
    <AreaPage
      heading={heading}
      errors={errors}
      back={backTo === undefined ? electionPath(header.reference) : backTo}
      backLabel={backLabel ?? t("page.back", { reference: header.reference })}
      caption={t("page.caption", { reference: header.reference, title: header.title })}
      status={
        <>
          <span className="govuk-!-margin-right-2">{t("page.phase")}</span>
          <ElectionPhaseTag phase={header.phase} />
        </>
      }
      bannerParams={{ reference: header.reference }}
      wide={wide}
    >
      {children}
    </AreaPage>
  );
}
