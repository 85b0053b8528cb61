import type { ReactNode } from "react";

export interface FooterLink {
  href: string;
  label: ReactNode;
}

export interface FooterProps {
  links?: FooterLink[];
  /** Visually hidden heading for the links, e.g. a translated "Support links". */
  linksHeading?: string;
  /** Rendered under the links, e.g. the landlord's name and contact details. */
  children?: ReactNode;
}

/** GOV.UK footer without the crown, crest or Open Government Licence text. */
export function Footer({ links = [], linksHeading, children }: FooterProps) {
  return (
    <footer className="govuk-footer hearth-footer">
      <div className="govuk-width-container">
        <div className="govuk-footer__meta">
          <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
            {links.length > 0 && linksHeading && <h2 className="govuk-visually-hidden">{linksHeading}</h2>}
            {links.length > 0 && (
              <ul className="govuk-footer__inline-list">
                {links.map((link, index) => (
                  <li key={`${link.href}-${index}`} className="govuk-footer__inline-list-item">
                    <a className="govuk-footer__link" href={link.href}>
                      {link.label}
                    </a>
                  </li>
                ))}
              </ul>
            )}
            {children !== undefined && children !== null && <div className="govuk-footer__meta-custom">{children}</div>}
          </div>
        </div>
      </div>
    </footer>
  );
}
