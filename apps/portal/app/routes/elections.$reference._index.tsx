import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { load } from "@hearth/api/server";
import { BackLink, Button, InsetText, SummaryList } from "@hearth/ui";
import { CandidateStatement } from "../components/voting/candidate-statement";
import { useVotingFormats } from "../components/voting/format";
import { HowItWorks } from "../components/voting/how-it-works";
import { PhaseTag } from "../components/voting/phase-tag";
import { MultilineText } from "../components/complaints/multiline-text";
import { electionPaths } from "../lib/election-paths";
import { publicScope, votingTitle } from "../lib/voting.server";

export async function loader(args: LoaderFunctionArgs) {
  const scope = await publicScope(args);
  const election = await load(() => scope.caller.voting.election({ reference: args.params.reference ?? "" }));
  const resident = scope.user?.roles.includes("resident") && scope.user.residentId ? scope.caller : null;
  // What this resident can do here: vote (on the roll, voting open), or stand (nominations open).
  const voting = resident && election.phase === "voting" ? ((await resident.voting.elections()).find((e) => e.reference === election.reference) ?? null) : null;
  const nomination = resident && election.phase === "nominations" ? await resident.nominations.form({ reference: election.reference }) : null;
  return { title: votingTitle(args, scope, "election.title", { title: election.title }), election, signedIn: resident !== null, voting, nomination };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

function NextStep() {
  const { t } = useTranslation("voting");
  const { election, signedIn, voting, nomination } = useLoaderData<typeof loader>();
  const { reference, phase } = election;
  const signIn = `/sign-in?returnTo=${encodeURIComponent(electionPaths.election(reference))}`;
  if (phase === "nominations") {
    if (!signedIn)
      return (
        <InsetText>
          <p className="govuk-body">{t("election.signInToStand")}</p>
          <p className="govuk-body">
            <a className="govuk-link" href={signIn}>
              {t("list.signIn")}
            </a>
          </p>
        </InsetText>
      );
    if (nomination?.nomination) return <InsetText>{t("election.youStood")}</InsetText>;
    if (nomination && !nomination.eligible) return <InsetText>{t(`errors:elections.nomination.notEligible.${nomination.exclusion}`)}</InsetText>;
    return <Button href={electionPaths.nominate(reference)}>{t("election.stand")}</Button>;
  }
  if (phase === "voting") {
    if (voting?.voted) return <InsetText>{t("list.voted")}</InsetText>;
    if (voting) return <Button href={electionPaths.vote(reference)}>{t("election.vote")}</Button>;
    return (
      <InsetText>
        <p className="govuk-body">{signedIn ? t("election.notOnRoll") : t("election.signInToVote")}</p>
        <ul className="govuk-list">
          {!signedIn && (
            <li>
              <a className="govuk-link" href={signIn}>
                {t("list.signIn")}
              </a>
            </li>
          )}
          <li>
            <a className="govuk-link" href={electionPaths.code}>
              {t("list.useCode")}
            </a>
          </li>
        </ul>
      </InsetText>
    );
  }
  if (phase === "published") {
    return (
      <ul className="govuk-list">
        <li>
          <a className="govuk-link" href={electionPaths.results(reference)}>
            {t("election.results")}
          </a>
        </li>
        <li>
          <a className="govuk-link" href={electionPaths.receipt(reference)}>
            {t("election.checkReceipt")}
          </a>
        </li>
      </ul>
    );
  }
  return <InsetText>{t(`election.after.${phase}`)}</InsetText>;
}

export default function Election() {
  const { t } = useTranslation("voting");
  const { election } = useLoaderData<typeof loader>();
  const format = useVotingFormats();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={electionPaths.list}>{t("list.title")}</BackLink>
        <span className="govuk-caption-l">
          <bdi>{election.reference}</bdi>
        </span>
        <h1 className="govuk-heading-l">{election.title}</h1>
        <p className="govuk-body">
          <PhaseTag phase={election.phase} />
        </p>
        <MultilineText text={election.body} />
        <NextStep />
        <h2 className="govuk-heading-m">{t("election.details")}</h2>
        <SummaryList
          rows={[
            { key: t("election.seats"), value: format.count(election.seats) },
            { key: t("election.system"), value: t(`system.${election.system}`) },
            { key: t("election.nominations"), value: t("election.fromTo", { from: format.dateTime(election.nominationsOpenAt), to: format.dateTime(election.nominationsCloseAt) }) },
            { key: t("election.voting"), value: t("election.fromTo", { from: format.dateTime(election.votingOpenAt), to: format.dateTime(election.votingCloseAt) }) },
            { key: t("election.count"), value: format.dateTime(election.countAt) },
          ]}
        />
        <HowItWorks points={election.howItWorks} />
        <h2 className="govuk-heading-m">{t("election.candidates")}</h2>
        {election.candidates.length === 0 ? (
          <p className="govuk-body">{t("election.candidatesLater")}</p>
        ) : (
          election.candidates.map((candidate) => (
            <section key={candidate.id} aria-labelledby={`candidate-${candidate.id}`} className="govuk-!-margin-bottom-6">
              <h3 className="govuk-heading-s" id={`candidate-${candidate.id}`}>
                {candidate.name}
              </h3>
              <CandidateStatement statement={candidate.statement} />
            </section>
          ))
        )}
      </div>
    </div>
  );
}
