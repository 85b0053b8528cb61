import { redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Panel } from "@hearth/ui";
import { electionPaths } from "../lib/election-paths";
import { nominationPage } from "../lib/nomination.server";
import { votingTitle } from "../lib/voting.server";

export async function loader(args: LoaderFunctionArgs) {
  const { scope, election } = await nominationPage(args);
  if (!election.nomination) throw redirect(electionPaths.nominate(election.reference));
  return { title: votingTitle(args, scope, "nominate.done.title"), election };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

export default function Nominated() {
  const { t } = useTranslation("voting");
  const { election } = useLoaderData<typeof loader>();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Panel title={t("nominate.done.title")}>{election.title}</Panel>
        <h2 className="govuk-heading-m">{t("nominate.done.nextHeading")}</h2>
        <ol className="govuk-list govuk-list--number">
          <li>{t("nominate.done.eligibility")}</li>
          <li>{t("nominate.done.shortlisting")}</li>
          <li>{t("nominate.done.told")}</li>
          <li>{t("nominate.done.ballot")}</li>
        </ol>
        <p className="govuk-body">
          <a className="govuk-link" href={electionPaths.election(election.reference)}>
            {t("nominate.done.back")}
          </a>
        </p>
      </div>
    </div>
  );
}
