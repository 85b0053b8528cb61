import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { InsetText } from "@hearth/ui";
import { ElectionCard, ElectionListSection } from "../components/voting/election-list";
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
    // Signed out, every election taking nominations is shown, without an offer to stand.
    nominating: (resident ? nominating : all.filter((e) => e.phase === "nominations").map((e) => ({ ...e, eligible: false, nominated: false }))).map(
      ({ reference, title, nominationsCloseAt, eligible, nominated }) => ({ reference, title, nominationsCloseAt, eligible, nominated }),
    ),
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

        <ElectionListSection id="vote-now" heading={t("list.voteNow")} items={data.canVote} itemKey={(e) => e.reference} spacing="govuk-!-margin-bottom-4">
          {(e) => (
            <ElectionCard href={electionPaths.election(e.reference)} title={e.title} when={t("list.closes", { date: format.dateTime(e.votingCloseAt) })}>
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
            </ElectionCard>
          )}
        </ElectionListSection>

        <ElectionListSection id="nominations-open" heading={t("list.nominationsOpen")} items={data.nominating} itemKey={(e) => e.reference} spacing="govuk-!-margin-bottom-4">
          {(e) => (
            <ElectionCard href={electionPaths.election(e.reference)} title={e.title} when={t("list.nominationsClose", { date: format.dateTime(e.nominationsCloseAt) })}>
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
            </ElectionCard>
          )}
        </ElectionListSection>

        <ElectionListSection id="your-nominations" heading={t("list.yourNominations")} items={data.mine} itemKey={(n) => n.reference}>
          {(n) => (
            <>
              <a className="govuk-link" href={electionPaths.election(n.reference)}>
                {n.title}
              </a>
              {": "}
              {t(`candidateStatus.${n.status}`)}
            </>
          )}
        </ElectionListSection>

        <ElectionListSection id="results" heading={t("list.results")} items={data.published} itemKey={(e) => e.reference}>
          {(e) => (
            <a className="govuk-link" href={electionPaths.results(e.reference)}>
              {t("list.resultsOf", { title: e.title })}
            </a>
          )}
        </ElectionListSection>

        <ElectionListSection id="other-elections" heading={t("list.others")} items={data.others} itemKey={(e) => e.reference} spacing="govuk-!-margin-bottom-3">
          {(e) => (
            <>
              <a className="govuk-link" href={electionPaths.election(e.reference)}>
                {e.title}
              </a>{" "}
              <PhaseTag phase={e.phase} />
            </>
          )}
        </ElectionListSection>
      </div>
    </div>
  );
}
