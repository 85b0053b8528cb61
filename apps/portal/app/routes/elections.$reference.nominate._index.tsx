import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { BOARD_ROLE_SECTIONS, SKILLS_QUESTIONS } from "@hearth/domain/elections";
import { BackLink, Button, InsetText } from "@hearth/ui";
import { useVotingFormats } from "../components/voting/format";
import { electionPaths } from "../lib/election-paths";
import { nominationPage, unlessStanding } from "../lib/nomination.server";
import { votingTitle } from "../lib/voting.server";

export async function loader(args: LoaderFunctionArgs) {
  const { scope, election } = await nominationPage(args);
  unlessStanding(election);
  return { title: votingTitle(args, scope, "nominate.role.title"), election };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

/** Before anyone applies: what a board member does, and the duty that comes with it. */
export default function BeforeYouStand() {
  const { t } = useTranslation("voting");
  const { election } = useLoaderData<typeof loader>();
  const format = useVotingFormats();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={electionPaths.election(election.reference)}>{election.title}</BackLink>
        <span className="govuk-caption-l">{election.title}</span>
        <h1 className="govuk-heading-l">{t("nominate.role.title")}</h1>
        <p className="govuk-body-l">{t("nominate.role.intro")}</p>
        {BOARD_ROLE_SECTIONS.map((section) => (
          <section key={section} aria-labelledby={`role-${section}`}>
            <h2 className="govuk-heading-m" id={`role-${section}`}>
              {t(`role.${section}.heading`)}
            </h2>
            <p className="govuk-body">{t(`role.${section}.body`)}</p>
          </section>
        ))}
        <InsetText>{t("role.duty.inShort")}</InsetText>
        <h2 className="govuk-heading-m">{t("nominate.role.askedHeading")}</h2>
        <p className="govuk-body">{t("nominate.role.asked")}</p>
        <ul className="govuk-list govuk-list--bullet">
          <li>{t("nominate.role.askedStatement")}</li>
          {SKILLS_QUESTIONS.map((q) => (
            <li key={q}>{t(`skills.${q}.question`)}</li>
          ))}
        </ul>
        <p className="govuk-body">{t("nominate.role.closes", { date: format.dateTime(election.nominationsCloseAt) })}</p>
        <Button href={electionPaths.nominateForm(election.reference)}>{t("nominate.role.continue")}</Button>
      </div>
    </div>
  );
}
