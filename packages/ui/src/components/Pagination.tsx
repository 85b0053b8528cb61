import type { ReactNode } from "react";
import { cx } from "../class-names.js";
import { useUiStrings } from "../strings.js";

export interface PaginationLink {
  href: string;
  /**
   * Secondary label under "Previous"/"Next", e.g. the title of that page.
   * Shown only in the block (no numbered items) layout, as GOV.UK does.
   */
  label?: string;
}

export type PaginationItem =
  | { number: number; href: string; current?: boolean }
  | { ellipsis: true };

export interface PaginationProps {
  previous?: PaginationLink;
  next?: PaginationLink;
  items?: PaginationItem[];
  /** Accessible name of the `<nav>` landmark, e.g. a translated "Results pages". */
  landmarkLabel: string;
}

function ArrowPrevious() {
  return (
    <svg
      className="govuk-pagination__icon govuk-pagination__icon--prev"
      xmlns="http://www.w3.org/2000/svg"
      height="13"
      width="15"
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 15 13"
    >
      <path d="m6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z" />
    </svg>
  );
}

function ArrowNext() {
  return (
    <svg
      className="govuk-pagination__icon govuk-pagination__icon--next"
      xmlns="http://www.w3.org/2000/svg"
      height="13"
      width="15"
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 15 13"
    >
      <path d="m8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z" />
    </svg>
  );
}

function ArrowLink({
  link,
  type,
  blockLevel,
  children,
}: {
  link: PaginationLink;
  type: "prev" | "next";
  blockLevel: boolean;
  children: ReactNode;
}) {
  const arrow = type === "prev" ? <ArrowPrevious /> : <ArrowNext />;
  const showLabel = blockLevel && link.label !== undefined && link.label !== "";
  return (
    <div className={`govuk-pagination__${type}`}>
      <a className="govuk-link govuk-pagination__link" href={link.href} rel={type}>
        {(blockLevel || type === "prev") && arrow}
        <span
          className={cx(
            "govuk-pagination__link-title",
            blockLevel && !showLabel && "govuk-pagination__link-title--decorated",
          )}
        >
          {children}
        </span>
        {showLabel && (
          <>
            <span className="govuk-visually-hidden">:</span>
            <span className="govuk-pagination__link-label">{link.label}</span>
          </>
        )}
        {!blockLevel && type === "next" && arrow}
      </a>
    </div>
  );
}

/** GOV.UK pagination. Arrows are mirrored by hearth.scss on right-to-left pages. */
export function Pagination({ previous, next, items, landmarkLabel }: PaginationProps) {
  const strings = useUiStrings();
  const hasItems = items !== undefined && items.length > 0;
  const blockLevel = !hasItems && (previous !== undefined || next !== undefined);
  return (
    <nav className={cx("govuk-pagination", blockLevel && "govuk-pagination--block")} aria-label={landmarkLabel}>
      {previous && (
        <ArrowLink link={previous} type="prev" blockLevel={blockLevel}>
          {strings.paginationPrevious}
        </ArrowLink>
      )}
      {hasItems && (
        <ul className="govuk-pagination__list">
          {items.map((item, index) =>
            "ellipsis" in item ? (
              <li key={`ellipsis-${index}`} className="govuk-pagination__item govuk-pagination__item--ellipses">
                {"\u22EF"}
              </li>
            ) : (
              <li
                key={item.number}
                className={cx("govuk-pagination__item", item.current && "govuk-pagination__item--current")}
              >
                <a
                  className="govuk-link govuk-pagination__link"
                  href={item.href}
                  aria-label={strings.paginationPage(item.number)}
                  aria-current={item.current ? "page" : undefined}
                >
                  {item.number}
                </a>
              </li>
            ),
          )}
        </ul>
      )}
      {next && (
        <ArrowLink link={next} type="next" blockLevel={blockLevel}>
          {strings.paginationNext}
        </ArrowLink>
      )}
    </nav>
  );
}
