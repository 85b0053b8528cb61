import type { ReactNode } from "react";
import { cx } from "../class-names.js";

export interface HeaderNavigationItem {
  href: string;
  label: ReactNode;
  /** Marks the link as the current page (aria-current="page" and the active style). */
  current?: boolean;
}

export interface HeaderProps {
  /** Shown in the service navigation bar (or in the header when there is no organisationName). */
  serviceName: ReactNode;
  /** Where the service name (and, by default, the organisation name) links to. */
  homeHref: string;
  /** The landlord's name, shown as the header's text logo. */
  organisationName?: ReactNode;
  /** Link for the organisation name; defaults to homeHref. */
  organisationHref?: string;
  /** Optional logo (e.g. an `<img alt="">` or decorative `<svg>`), shown before the organisation name. */
  logo?: ReactNode;
  navigation?: HeaderNavigationItem[];
  /** Accessible name of the navigation landmark, e.g. a translated "Menu". */
  navigationLabel: string;
  /** Rendered at the end of the header bar, e.g. a sign-out form or a LanguageSwitcher with `inverse`. */
  children?: ReactNode;
  /**
   * Rendered inside the `<header>` under the navigation, in a width container,
   * e.g. a PhaseBanner, so it sits in the banner landmark (axe's "region" rule).
   */
  banner?: ReactNode;
}

/**
 * A Generic (non-GOV.UK) header: the organisation's text logo in the
 * `govuk-header` bar — no crown, no GOV.UK logotype — followed by the GOV.UK
 * service navigation pattern. Both sit inside one `<header>` (banner landmark).
 * The navigation list is always visible (stacked on small screens); there is no
 * JavaScript menu toggle, so it works without JavaScript.
 */
export function Header({
  serviceName,
  homeHref,
  organisationName,
  organisationHref,
  logo,
  navigation = [],
  navigationLabel,
  children,
  banner,
}: HeaderProps) {
  const hasOrganisation = organisationName !== undefined && organisationName !== null && organisationName !== "";
  const showServiceNavigation = hasOrganisation || navigation.length > 0;
  return (
    <header className="hearth-header">
      <div className="govuk-header">
        <div className="govuk-header__container govuk-width-container hearth-header__container">
          <div className="govuk-header__logo hearth-header__logo">
            <a
              href={hasOrganisation ? (organisationHref ?? homeHref) : homeHref}
              className="govuk-header__link govuk-header__link--homepage hearth-header__homepage-link"
            >
              {logo && <span className="hearth-header__logo-image">{logo}</span>}
              <span className="hearth-header__organisation-name">{hasOrganisation ? organisationName : serviceName}</span>
            </a>
          </div>
          {children !== undefined && children !== null && <div className="hearth-header__end">{children}</div>}
        </div>
      </div>
      {showServiceNavigation && (
        <div className="govuk-service-navigation hearth-service-navigation">
          <div className="govuk-width-container">
            <div className="govuk-service-navigation__container">
              {hasOrganisation && (
                <span className="govuk-service-navigation__service-name">
                  <a href={homeHref} className="govuk-service-navigation__link">
                    {serviceName}
                  </a>
                </span>
              )}
              {navigation.length > 0 && (
                <nav aria-label={navigationLabel} className="govuk-service-navigation__wrapper">
                  <ul className="govuk-service-navigation__list">
                    {navigation.map((item, index) => (
                      <li
                        key={`${item.href}-${index}`}
                        className={cx(
                          "govuk-service-navigation__item",
                          item.current && "govuk-service-navigation__item--active",
                        )}
                      >
                        <a
                          className="govuk-service-navigation__link"
                          href={item.href}
                          aria-current={item.current ? "page" : undefined}
                        >
                          {item.current ? (
                            <strong className="govuk-service-navigation__active-fallback">{item.label}</strong>
                          ) : (
                            item.label
                          )}
                        </a>
                      </li>
                    ))}
                  </ul>
                </nav>
              )}
            </div>
          </div>
        </div>
      )}
      {banner !== undefined && banner !== null && <div className="govuk-width-container">{banner}</div>}
    </header>
  );
}
