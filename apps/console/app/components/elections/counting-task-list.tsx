import { useTranslation } from "react-i18next";
import { COUNTING_TASKS, type CountingTask, type TaskStatus } from "@hearth/domain/elections";
import { electionPath } from "../../lib/election-paths";
import { TaskList } from "./task-list";

export interface CountingTasksData {
  tasks: Record<CountingTask, TaskStatus>;
  returns: number;
  confirmedPapers: number;
  certifications: number;
}

const PATHS: Record<CountingTask, string> = { paper: "paper", close: "close", count: "count", certify: "certify", publish: "publish" };

/** The overview's second task list: what happens once voting has opened, through to publishing the result. */
export function CountingTaskList({ reference, data }: { reference: string; data: CountingTasksData }) {
  const { t } = useTranslation("counting");
  const hints: Record<CountingTask, string> = {
    paper: t("tasks.paper.hint", { returns: data.returns, papers: data.confirmedPapers }),
    close: t("tasks.close.hint"),
    count: t("tasks.count.hint"),
    certify: t("tasks.certify.hint", { certifications: data.certifications }),
    publish: t("tasks.publish.hint"),
  };
  return (
    <>
      <h2 className="govuk-heading-m">{t("tasks.heading")}</h2>
      <TaskList tasks={COUNTING_TASKS.map((id) => ({ id: `counting-${id}`, title: t(`tasks.${id}.title`), hint: hints[id], href: electionPath(reference, PATHS[id]), status: data.tasks[id] }))} />
    </>
  );
}
