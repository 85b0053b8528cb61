import { data as withHeaders, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { ReceiptConfirmation } from "../components/voting/receipt-confirmation";
import { electionPaths } from "../lib/election-paths";
import { clearReceipt, publicScope, readReceipt, votingTitle } from "../lib/voting.server";

export async function loader(args: LoaderFunctionArgs) {
  const scope = await publicScope(args);
  const kept = readReceipt(args.request, args.context);
  // Shown once: the cookie is cleared with this answer, so a shared computer keeps nothing.
  const headers: Record<string, string> = { "Cache-Control": "no-store" };
  if (kept) headers["Set-Cookie"] = clearReceipt(args.context);
  return withHeaders({ title: votingTitle(args, scope, "done.title"), reference: kept?.reference ?? null, receipt: kept?.receipt ?? null }, { headers });
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

export default function VotedWithCode() {
  const { reference, receipt } = useLoaderData<typeof loader>();
  return <ReceiptConfirmation reference={reference} receipt={receipt} next={electionPaths.list} />;
}
