import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { InsetText } from "@hearth/ui";
import { useVotingFormats } from "../components/voting/format";
import { PhaseTag } from "../components/voting/phase-tag";
import { electionPaths } from "../lib/election-paths";
import { publicScope, votingTitle } from "../lib/voting.server";

export async function loader(args: LoaderFunctionArgs) {
  const scope = await publicScope(args);
  const resident = scope.user?.roles.includes("resident") && scope.user.residentId ? scope.caller : null;
  const [all, canVote, nominating, mine] = await Promise.all([
    scope.caller.voting.list(),
    resident ? resident.voting.elections() : Promise.resolve([]),
    resident ? resident.nominations.open() : Promise.resolve([]),
    resident ? resident.nominations.mine() : Promise.resolve([]),
  ]);
  return {
    title: votingTitle(args, scope, "list.title"),
    signedIn: resident !== null,
    canVote,
    nominating: resident ? nominating : all.filter((e) => e.phase === "nominations").map((e) => ({ ...e, eligible: true, nominated: false })),
    mine,
    published: all.filter((e) => e.phase === "published"),
    others: all.filter((e) => e.phase !== "published" && e.phase !== "nominations" && !canVote.some((v) => v.reference === e.reference)),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

export default function Elections() {
  const { t } = useTranslation("voting");
  const data = useLoaderData<typeof loader>();
  const format = useVotingFormats();
  const nothing = data.canVote.length + data.nominating.length + data.published.length + data.others.length === 0;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{t("list.title")}</h1>
        <p className="govuk-body">{t("list.intro")}</p>
        {!data.signedIn && (
          <InsetText>
            <p className="govuk-body">{t("list.signedOut")}</p>
            <p className="govuk-body">
              <a className="govuk-link" href={`/sign-in?returnTo=${encodeURIComponent(electionPaths.list)}`}>
                {t("list.signIn")}
              </a>
            </p>
            <p className="govuk-body">
              <a className="govuk-link" href={electionPaths.code}>
                {t("list.useCode")}
              </a>
            </p>
          </InsetText>
        )}
        {nothing && <p className="govuk-body">{t("list.none")}</p>}

        {data.canVote.length > 0 && (
          <section aria-labelledby="vote-now">
            <h2 className="govuk-heading-m" id="vote-now">
              {t("list.voteNow")}
            </h2>
            <ul className="govuk-list">
              {data.canVote.map((e) => (
                <li key={e.reference} className="govuk-!-margin-bottom-4">
                  <h3 className="govuk-heading-s govuk-!-margin-bottom-1">
                    <a className="govuk-link" href={electionPaths.election(e.reference)}>
                      {e.title}
                    </a>
                  </h3>
                  <p className="govuk-body govuk-!-margin-bottom-1">{t("list.closes", { date: format.dateTime(e.votingCloseAt) })}</p>
                  {e.voted ? (
                    <p className="govuk-body">
                      <strong>{t("list.voted")}</strong>
                    </p>
                  ) : (
                    <p className="govuk-body">
                      <a className="govuk-link" href={electionPaths.vote(e.reference)}>
                        {t("list.vote", { title: e.title })}
                      </a>
                    </p>
                  )}
                </li>
              ))}
            </ul>
          </section>
        )}

        {data.nominating.length > 0 && (
          <section aria-labelledby="nominations-open">
            <h2 className="govuk-heading-m" id="nominations-open">
              {t("list.nominationsOpen")}
            </h2>
            <ul className="govuk-list">
              {data.nominating.map((e) => (
                <li key={e.reference} className="govuk-!-margin-bottom-4">
                  <h3 className="govuk-heading-s govuk-!-margin-bottom-1">
                    <a className="govuk-link" href={electionPaths.election(e.reference)}>
                      {e.title}
                    </a>
                  </h3>
                  <p className="govuk-body govuk-!-margin-bottom-1">{t("list.nominationsClose", { date: format.dateTime(e.nominationsCloseAt) })}</p>
                  {data.signedIn && e.nominated && (
                    <p className="govuk-body">
                      <strong>{t("list.nominated")}</strong>
                    </p>
                  )}
                  {data.signedIn && !e.nominated && e.eligible && (
                    <p className="govuk-body">
                      <a className="govuk-link" href={electionPaths.nominate(e.reference)}>
                        {t("list.stand", { title: e.title })}
                      </a>
                    </p>
                  )}
                </li>
              ))}
            </ul>
          </section>
        )}

        {data.mine.length > 0 && (
          <section aria-labelledby="your-nominations">
            <h2 className="govuk-heading-m" id="your-nominations">
              {t("list.yourNominations")}
            </h2>
            <ul className="govuk-list">
              {data.mine.map((n) => (
                <li key={n.reference}>
                  <a className="govuk-link" href={electionPaths.election(n.reference)}>
                    {n.title}
                  </a>
                  {": "}
                  {t(`candidateStatus.${n.status}`)}
                </li>
              ))}
            </ul>
          </section>
        )}

        {data.published.length > 0 && (
          <section aria-labelledby="results">
            <h2 className="govuk-heading-m" id="results">
              {t("list.results")}
            </h2>
            <ul className="govuk-list">
              {data.published.map((e) => (
                <li key={e.reference}>
                  <a className="govuk-link" href={electionPaths.results(e.reference)}>
                    {t("list.resultsOf", { title: e.title })}
                  </a>
                </li>
              ))}
            </ul>
          </section>
        )}

        {data.others.length > 0 && (
          <section aria-labelledby="other-elections">
            <h2 className="govuk-heading-m" id="other-elections">
              {t("list.others")}
            </h2>
            <ul className="govuk-list">
              {data.others.map((e) => (
                <li key={e.reference} className="govuk-!-margin-bottom-3">
                  <a className="govuk-link" href={electionPaths.election(e.reference)}>
                    {e.title}
                  </a>{" "}
                  <PhaseTag phase={e.phase} />
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </div>
  );
}
