import { useId, type ReactNode } from "react";
import { cx } from "../class-names.js";

export interface NotificationBannerProps {
  title: ReactNode;
  /** Plain text is wrapped in `<p class="govuk-notification-banner__heading">`; elements render as given. */
  children: ReactNode;
  type?: "success" | "important";
  /** Id of the title element; generated with useId when not given. */
  titleId?: string;
  headingLevel?: 2 | 3 | 4 | 5 | 6;
}

/**
 * GOV.UK notification banner. A success banner has role="alert" so it is
 * announced; an "important" banner is a labelled region.
 */
export function NotificationBanner({
  title,
  children,
  type = "important",
  titleId,
  headingLevel = 2,
}: NotificationBannerProps) {
  const generatedId = useId();
  const id = titleId ?? `notification-banner-title-${generatedId.replace(/:/g, "")}`;
  const Heading = `h${headingLevel}` as const;
  const success = type === "success";
  return (
    <div
      className={cx("govuk-notification-banner", success && "govuk-notification-banner--success")}
      role={success ? "alert" : "region"}
      aria-labelledby={id}
      data-module="govuk-notification-banner"
    >
      <div className="govuk-notification-banner__header">
        <Heading className="govuk-notification-banner__title" id={id}>
          {title}
        </Heading>
      </div>
      <div className="govuk-notification-banner__content">
        {typeof children === "string" ? (
          <p className="govuk-notification-banner__heading">{children}</p>
        ) : (
          children
        )}
      </div>
    </div>
  );
}
