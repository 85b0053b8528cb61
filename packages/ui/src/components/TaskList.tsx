import type { ReactNode } from "react";
import { cx } from "../class-names.js";
import type { TagColour } from "./Tag.js";

export interface TaskListStatus {
  text: ReactNode;
  /** Shown as a tag in this colour (GOV.UK: blue for "not yet started", light blue for "in progress"); plain text otherwise. */
  colour?: TagColour;
  /** Greyed out, for a task that cannot be started yet. */
  muted?: boolean;
}

export interface TaskListItem {
  /** Unique on the page; the status element's id is built from it. */
  id: string;
  title: ReactNode;
  /** Where the task is done; without it the task is not a link (it cannot be started yet). */
  href?: string;
  hint?: ReactNode;
  status: TaskListStatus;
}

export interface TaskListProps {
  items: TaskListItem[];
  /** Prefix for ids, so several lists on one page do not clash. */
  idPrefix?: string;
  className?: string;
}

/**
 * GOV.UK task list: each task's name (a link when it can be done now), an
 * optional hint, and its status, which the link points at with
 * aria-describedby so screen readers hear both together. The whole row is
 * clickable through the link's own styles.
 */
export function TaskList({ items, idPrefix = "task", className }: TaskListProps) {
  return (
    <ul className={cx("govuk-task-list", className)}>
      {items.map((item) => {
        const statusId = `${idPrefix}-${item.id}-status`;
        const hintId = `${idPrefix}-${item.id}-hint`;
        const describedBy = item.hint === undefined ? statusId : `${hintId} ${statusId}`;
        return (
          <li key={item.id} className={cx("govuk-task-list__item", item.href !== undefined && "govuk-task-list__item--with-link")}>
            <div className="govuk-task-list__name-and-hint">
              {item.href !== undefined ? (
                <a className="govuk-link govuk-task-list__link" href={item.href} aria-describedby={describedBy}>
                  {item.title}
                </a>
              ) : (
                <div>{item.title}</div>
              )}
              {item.hint !== undefined && (
                <div id={hintId} className="govuk-task-list__hint">
                  {item.hint}
                </div>
              )}
            </div>
            <div className={cx("govuk-task-list__status", item.status.muted && "govuk-task-list__status--cannot-start-yet")} id={statusId}>
              {item.status.colour ? <strong className={`govuk-tag govuk-tag--${item.status.colour}`}>{item.status.text}</strong> : item.status.text}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
