import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { attempt, readForm } from "@hearth/api/server";
import { BackLink } from "@hearth/ui";
import { translateMessage } from "@hearth/i18n";
import { VoteFlow, type VoteActionData } from "../components/voting/vote-flow";
import { electionPaths } from "../lib/election-paths";
import { voteAction, votingResidentScope, votingTitle } from "../lib/voting.server";
import type { RouteArgs } from "../lib/request.server";

/** The ballot, or why this resident cannot have one (not on the roll, voting not open, already voted). */
async function ballotFor(args: RouteArgs & { params: { reference?: string } }) {
  const scope = await votingResidentScope(args);
  const reference = args.params.reference ?? "";
  const outcome = await attempt(() => scope.caller.voting.ballot({ reference }));
  return { scope, reference, outcome };
}

export async function loader(args: LoaderFunctionArgs) {
  const { scope, reference, outcome } = await ballotFor(args);
  if (!outcome.ok) return { title: votingTitle(args, scope, "ballot.cannotTitle"), reference, paper: null, refusal: outcome.errors[0] ?? { key: "errors.elections.voting.notOpen" } };
  return { title: votingTitle(args, scope, "ballot.pageTitle", { title: outcome.value.title }), reference, paper: outcome.value, refusal: null };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

export async function action(args: ActionFunctionArgs) {
  const { scope, reference, outcome } = await ballotFor(args);
  if (!outcome.ok) return { stage: "ballot" as const, errors: outcome.errors, values: {} };
  const form = await readForm(args.request, scope);
  return voteAction(args, form, {
    candidateIds: outcome.value.candidates.map((c) => c.id),
    check: (marked) => scope.caller.voting.check({ reference, ...marked }),
    cast: (marked) => scope.caller.voting.cast({ reference, ...marked }),
    done: electionPaths.voted(reference),
  });
}

export default function Vote() {
  const { t } = useTranslation("voting");
  const { paper, refusal, reference } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>() as VoteActionData | undefined;
  if (!paper) {
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <BackLink href={electionPaths.election(reference)}>{t("common:form.back")}</BackLink>
          <h1 className="govuk-heading-l">{t("ballot.cannotTitle")}</h1>
          <p className="govuk-body">{translateMessage(t, refusal!)}</p>
          <p className="govuk-body">
            <a className="govuk-link" href={electionPaths.election(reference)}>
              {t("ballot.backToElection")}
            </a>
          </p>
        </div>
      </div>
    );
  }
  return <VoteFlow paper={paper} data={data} back={electionPaths.election(reference)} />;
}
