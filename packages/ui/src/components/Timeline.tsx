import type { ReactNode } from "react";
import { cx } from "../class-names.js";

export interface TimelineItem {
  /** Stable key for React; defaults to the position. */
  key?: string;
  title: ReactNode;
  /** The date as people read it, e.g. "9 March 2026". */
  date: ReactNode;
  /** Machine-readable date for `<time datetime>`, e.g. "2026-03-09". */
  dateTime?: string;
  description?: ReactNode;
  /** Something still to come (drawn with a hollow marker and dashed line), not something that happened. */
  upcoming?: boolean;
}

export interface TimelineProps {
  items: TimelineItem[];
  /** Level of each item's heading, so it fits under the section heading. */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  className?: string;
}

/**
 * A vertical timeline (after the MOJ pattern) as an ordered list. The line and
 * markers sit on the start side, so the list mirrors on right-to-left pages;
 * whether an item is upcoming is said in its text too, not only by its marker.
 */
export function Timeline({ items, headingLevel = 3, className }: TimelineProps) {
  const Heading = `h${headingLevel}` as const;
  return (
    <ol className={cx("hearth-timeline", className)}>
      {items.map((item, index) => (
        <li key={item.key ?? index} className={cx("hearth-timeline__item", item.upcoming && "hearth-timeline__item--upcoming")}>
          <Heading className="hearth-timeline__title">{item.title}</Heading>
          <p className="hearth-timeline__date">
            {item.dateTime ? <time dateTime={item.dateTime}>{item.date}</time> : item.date}
          </p>
          {item.description !== undefined && <div className="hearth-timeline__description">{item.description}</div>}
        </li>
      ))}
    </ol>
  );
}
