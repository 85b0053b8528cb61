import type { ReactNode } from "react";

/** One titled group on the elections page; nothing at all when the group is empty. */
export function ElectionListSection<T>({
  id,
  heading,
  items,
  itemKey,
  spacing,
  children,
}: {
  id: string;
  heading: string;
  items: readonly T[];
  itemKey: (item: T) => string;
  /** Margin class for each item: cards need room between them, one-line links do not. */
  spacing?: string;
  children: (item: T) => ReactNode;
}) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby={id}>
      <h2 className="govuk-heading-m" id={id}>
        {heading}
      </h2>
      <ul className="govuk-list">
        {items.map((item) => (
          <li key={itemKey(item)} className={spacing}>
            {children(item)}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** An election as a card: its title as a link, when the current step ends, then what the resident can do. */
export function ElectionCard({ href, title, when, children }: { href: string; title: string; when: string; children?: ReactNode }) {
  return (
    <>
      <h3 className="govuk-heading-s govuk-!-margin-bottom-1">
        <a className="govuk-link" href={href}>
          {title}
        </a>
      </h3>
      <p className="govuk-body govuk-!-margin-bottom-1">{when}</p>
      {children}
    </>
  );
}
