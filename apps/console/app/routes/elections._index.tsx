import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { load } from "@hearth/api/server";
import { Table } from "@hearth/ui";
import { ElectionPhaseTag } from "../components/elections/election-page";
import { electionScope } from "../lib/election-page.server";
import { electionPath } from "../lib/election-paths";
import { when } from "../lib/format.server";

export async function loader(args: LoaderFunctionArgs) {
  const scope = await electionScope(args);
  const elections = await load(() => scope.caller.elections.list());
  return {
    title: scope.pageTitle("list.title"),
    elections: elections.map((e) => ({ ...e, opens: when(scope.locale, e.votingOpenAt)!, closes: when(scope.locale, e.votingCloseAt)! })),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

export default function Elections() {
  const { t } = useTranslation("elections");
  const { elections } = useLoaderData<typeof loader>();
  return (
    <>
      <div className="hearth-page-heading">
        <h1 className="govuk-heading-l">{t("list.heading")}</h1>
        <a href="/elections/new" role="button" draggable="false" className="govuk-button" data-module="govuk-button">
          {t("list.create")}
        </a>
      </div>
      <p className="govuk-body">{t("list.intro")}</p>
      {elections.length === 0 ? (
        <p className="govuk-body">{t("list.none")}</p>
      ) : (
        <Table
          caption={t("list.caption")}
          captionSize="m"
          stackUntilTablet
          head={[t("list.columns.reference"), t("list.columns.title"), t("list.columns.stage"), t("list.columns.seats"), t("list.columns.system"), t("list.columns.voting")]}
          numericColumns={[3]}
          rows={elections.map((e) => [
            <a key="ref" className="govuk-link" href={electionPath(e.reference)}>
              {e.reference}
            </a>,
            e.title,
            <ElectionPhaseTag key="phase" phase={e.phase} />,
            e.seats,
            t(`system.${e.system}.name`),
            <span key="voting">
              {t("list.votingFromTo", { from: e.opens.text, to: e.closes.text })}
            </span>,
          ])}
        />
      )}
    </>
  );
}
