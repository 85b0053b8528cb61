import { useSearchParams, type ShouldRevalidateFunction } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { ElectionPhase } from "@hearth/domain/elections";
import { BackLink, ErrorSummary, NotificationBanner, Tag, type ErrorSummaryItem } from "@hearth/ui";
import { useErrorTitle } from "../../lib/form-errors";
import { electionPath, PHASE_COLOURS } from "../../lib/election-paths";
import { BANNER_KEY } from "../../lib/review-paths";

/** What the frame needs from `loadElectionHeader` (the whole header may be passed). */
export interface ElectionPageHeader {
  reference: string;
  title: string;
  phase: ElectionPhase;
}

/**
 * Remix skips reloading page data after a 4xx action; election forms need it,
 * so a form sent back because the election changed meanwhile carries the fresh version.
 */
export const electionShouldRevalidate: ShouldRevalidateFunction = ({ formMethod, defaultShouldRevalidate }) =>
  formMethod?.toUpperCase() === "POST" ? true : defaultShouldRevalidate;

export function ElectionPhaseTag({ phase }: { phase: ElectionPhase }) {
  const { t } = useTranslation("elections");
  return <Tag colour={PHASE_COLOURS[phase]}>{t(`phase.${phase}`)}</Tag>;
}

/** The success banner named by `?done=` (see finishElectionForm), when it is one of ours. */
function DoneBanner({ reference }: { reference: string }) {
  const { t, i18n } = useTranslation("elections");
  const [params] = useSearchParams();
  const key = params.get("done");
  if (!key || !BANNER_KEY.test(key) || !i18n.exists(key)) return null;
  return (
    <NotificationBanner title={t("common:notice")} type="success">
      {t(key, { reference })}
    </NotificationBanner>
  );
}

/**
 * The frame of every page of one election: back link (to the overview unless
 * `backTo` says otherwise), success banner, error summary, the caption
 * (reference · title), the heading and the phase tag. With errors the
 * browser title gets its "Error:" prefix too.
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
  useErrorTitle(errors.length > 0);
  const back = backTo === undefined ? electionPath(header.reference) : backTo;
  return (
    <>
      {back !== null && <BackLink href={back}>{backLabel ?? t("page.back", { reference: header.reference })}</BackLink>}
      <div className="govuk-grid-row">
        <div className={wide ? "govuk-grid-column-full" : "govuk-grid-column-two-thirds"}>
          {errors.length === 0 && <DoneBanner reference={header.reference} />}
          <ErrorSummary title={t("common:form.problem")} errors={errors} />
          <span className="govuk-caption-l">{t("page.caption", { reference: header.reference, title: header.title })}</span>
          <h1 className="govuk-heading-l">{heading}</h1>
          <p className="govuk-body">
            <span className="govuk-!-margin-right-2">{t("page.phase")}</span>
            <ElectionPhaseTag phase={header.phase} />
          </p>
          {children}
        </div>
      </div>
    </>
  );
}
