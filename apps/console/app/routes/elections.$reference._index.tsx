import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { load } from "@hearth/api/server";
import { SETUP_TASKS, ukInstant } from "@hearth/domain/elections";
import { ElectionPage } from "../components/elections/election-page";
import { MOMENTS } from "../components/elections/settings-form";
import { TaskList } from "../components/elections/task-list";
import { CountingTaskList } from "../components/elections/counting-task-list";
import { Turnout } from "../components/elections/turnout";
import { electionScope } from "../lib/election-page.server";
import { turnoutData } from "../lib/election-figures.server";
import { electionPath } from "../lib/election-paths";
import { when } from "../lib/format.server";

/** Where each next step is done. */
const TASK_PATHS: Record<(typeof SETUP_TASKS)[number], string> = {
  settings: "settings",
  roll: "roll",
  eligibility: "candidates",
  shortlist: "candidates#shortlist",
  notify: "candidates#notify",
  open: "open",
  codes: "codes",
};

export async function loader(args: LoaderFunctionArgs) {
  const scope = await electionScope(args);
  const reference = args.params.reference ?? "";
  const election = await load(() => scope.caller.elections.get({ reference }));
  const turnout = election.header.locked ? turnoutData(scope.locale, await load(() => scope.caller.elections.turnout({ reference }))) : null;
  const counting = election.header.locked ? await load(() => scope.caller.electionCount.status({ reference })) : null;
  const s = election.settings;
  return {
    title: scope.pageTitle("overview.title", { reference: election.header.reference }),
    ...election,
    turnout,
    counting: counting && { tasks: counting.tasks, returns: counting.paper.returns, confirmedPapers: counting.paper.confirmedPapers, certifications: counting.certifications.length },
    timetable: MOMENTS.map((moment) => ({ moment, at: s[moment].date ? when(scope.locale, ukInstant(s[moment].date, s[moment].time))!.text : null })),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

export default function ElectionOverview() {
  const { t } = useTranslation("elections");
  const data = useLoaderData<typeof loader>();
  const { header, candidates, codes } = data;
  const hints: Record<(typeof SETUP_TASKS)[number], string> = {
    settings: t("tasks.settings.hint", { seats: header.seats, system: t(`system.${header.system}.name`) }),
    roll: t("tasks.roll.hint", { total: data.rollSize }),
    eligibility: t("tasks.eligibility.hint", { total: candidates.nominated }),
    shortlist: t("tasks.shortlist.hint", { total: candidates.shortlisted }),
    notify: t("tasks.notify.hint"),
    open: header.locked ? t("tasks.open.done") : t("tasks.open.hint"),
    codes: t("tasks.codes.hint", { issued: codes.issued, needing: codes.needing }),
  };
  return (
    <ElectionPage header={header} heading={header.title} backTo="/elections" backLabel={t("overview.back")} wide>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {data.turnout && <Turnout turnout={data.turnout} />}
          <h2 className="govuk-heading-m">{t("overview.tasksHeading")}</h2>
          <TaskList tasks={SETUP_TASKS.map((id) => ({ id, title: t(`tasks.${id}.title`), hint: hints[id], href: electionPath(header.reference, TASK_PATHS[id]), status: data.tasks[id] }))} />
          {data.counting && <CountingTaskList reference={header.reference} data={data.counting} />}
        </div>
        <div className="govuk-grid-column-one-third">
          <h2 className="govuk-heading-m">{t("overview.timetable")}</h2>
          <ul className="govuk-list hearth-timetable">
            {data.timetable.map(({ moment, at }) => (
              <li key={moment}>
                <strong>{t(`form.timetable.${moment}.short`)}</strong>
                <br />
                {at ?? t("overview.notSet")}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </ElectionPage>
  );
}
