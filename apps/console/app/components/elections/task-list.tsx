import { useTranslation } from "react-i18next";
import type { TaskStatus } from "@hearth/domain/elections";
import { Tag } from "@hearth/ui";

export interface Task {
  id: string;
  title: string;
  hint?: string;
  href: string;
  status: TaskStatus;
}

/**
 * The GOV.UK task list: each task a row with its status. A task that cannot
 * start yet is not a link (there is nothing to do there), as the pattern asks.
 */
export function TaskList({ tasks }: { tasks: Task[] }) {
  const { t } = useTranslation("elections");
  return (
    <ul className="govuk-task-list">
      {tasks.map((task) => {
        const linked = task.status !== "cannotStart";
        const statusId = `task-${task.id}-status`;
        const hintId = task.hint ? `task-${task.id}-hint` : undefined;
        return (
          <li key={task.id} className={`govuk-task-list__item${linked ? " govuk-task-list__item--with-link" : ""}`}>
            <div className="govuk-task-list__name-and-hint">
              {linked ? (
                <a className="govuk-link govuk-task-list__link" href={task.href} aria-describedby={[hintId, statusId].filter(Boolean).join(" ")}>
                  {task.title}
                </a>
              ) : (
                <div>{task.title}</div>
              )}
              {task.hint && (
                <div id={hintId} className="govuk-task-list__hint">
                  {task.hint}
                </div>
              )}
            </div>
            <div className={`govuk-task-list__status${task.status === "cannotStart" ? " govuk-task-list__status--cannot-start-yet" : ""}`} id={statusId}>
              {task.status === "completed" || task.status === "cannotStart" ? (
                t(`tasks.status.${task.status}`)
              ) : (
                <Tag colour={task.status === "inProgress" ? "light-blue" : "blue"}>{t(`tasks.status.${task.status}`)}</Tag>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
