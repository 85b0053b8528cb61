import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { attempt, readForm } from "@hearth/api/server";
import { VoteFlow, type VoteActionData } from "../components/voting/vote-flow";
import { electionPaths } from "../lib/election-paths";
import { clearVotingCode, publicScope, readVotingCode, voteAction, votingTitle } from "../lib/voting.server";
import type { RouteArgs } from "../lib/request.server";

/** The ballot behind the code in the cookie; without a working code, back to entering one. */
async function codeBallot(args: RouteArgs) {
  const scope = await publicScope(args);
  const code = readVotingCode(args.request, args.context);
  if (!code) throw redirect(electionPaths.code);
  const outcome = await attempt(() => scope.caller.voting.codeBallot({ code }));
  if (!outcome.ok) throw redirect(`${electionPaths.code}?ended=1`, { headers: { "Set-Cookie": clearVotingCode(args.context) } });
  return { scope, code, paper: outcome.value };
}

export async function loader(args: LoaderFunctionArgs) {
  const { scope, paper } = await codeBallot(args);
  const { code: _code, ...shown } = paper;
  return { title: votingTitle(args, scope, "ballot.pageTitle", { title: paper.title }), paper: shown };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

export async function action(args: ActionFunctionArgs) {
  const { scope, code, paper } = await codeBallot(args);
  const form = await readForm(args.request, scope);
  return voteAction(args, form, {
    candidateIds: paper.candidates.map((c) => c.id),
    check: (marked) => scope.caller.voting.checkWithCode({ code, ...marked }),
    cast: (marked) => scope.caller.voting.castWithCode({ code, ...marked }),
    done: electionPaths.codeVoted,
    headers: [clearVotingCode(args.context)],
  });
}

export default function VoteWithCodeBallot() {
  const { paper } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>() as VoteActionData | undefined;
  return <VoteFlow paper={paper} data={data} back={electionPaths.code} />;
}
