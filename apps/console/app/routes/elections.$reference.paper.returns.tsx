import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { attempt, load } from "@hearth/api/server";
import { Button, InsetText, Table, TextInput } from "@hearth/ui";
import { CsrfField, useFormMessages } from "@hearth/ui/remix";
import { useRootData } from "../root";
import { ResultsPagination } from "../components/results-pagination";
import { ElectionPage, electionShouldRevalidate } from "../components/elections/election-page";
import { electionFormFailed, electionFormText, electionPost, electionScope, finishElectionForm } from "../lib/election-page.server";
import { electionPath } from "../lib/election-paths";
import { pageParam } from "../lib/request.server";

/** Where the error summary points: the list of people. */
const RETURNS = "returns";

export async function loader(args: LoaderFunctionArgs) {
  const scope = await electionScope(args);
  const url = new URL(args.request.url);
  const search = (url.searchParams.get("search") ?? "").trim().slice(0, 100);
  const returns = await load(() => scope.caller.electionCount.returns({ reference: args.params.reference ?? "", search, page: pageParam(url) }));
  return { title: scope.pageTitle("counting:returns.title", { reference: returns.header.reference }, electionFormFailed(args)), ...returns, search, query: url.search };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];
export const shouldRevalidate = electionShouldRevalidate;

/** Marks one envelope returned, then back to the same search and page. */
export async function action(args: ActionFunctionArgs) {
  const { scope, form, header } = await electionPost(args);
  const values = electionFormText(form, ["residentId"]);
  const outcome = await attempt(() => scope.caller.electionCount.markPaperReturned({ electionId: header.id, residentId: values.residentId ?? "" }));
  const back = `${electionPath(header.reference, "paper/returns")}${new URL(args.request.url).search}`;
  return finishElectionForm(args, outcome, { reference: header.reference, to: back, banner: "counting:done.returned", values: {}, remap: (errors) => errors.map((e) => ({ ...e, field: RETURNS })) });
}

export default function PaperReturns() {
  const { t } = useTranslation("counting");
  const data = useLoaderData<typeof loader>();
  const { csrfToken } = useRootData();
  const messages = useFormMessages(useActionData<typeof action>(), RETURNS);
  const { header } = data;
  const path = electionPath(header.reference, "paper/returns");
  return (
    <ElectionPage header={header} heading={t("returns.heading")} errors={messages.summary} backTo={electionPath(header.reference, "paper")} backLabel={t("paper.back")} wide>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body">{t("returns.intro")}</p>
          <InsetText>{t("returns.secrecy")}</InsetText>
          <Form method="get" role="search" noValidate>
            <TextInput id="search" name="search" label={t("returns.search")} labelSize="s" hint={t("returns.searchHint")} defaultValue={data.search} width={20} />
            <div className="govuk-button-group">
              <Button type="submit" variant="secondary">
                {t("returns.find")}
              </Button>
              {data.search && (
                <a className="govuk-link" href={path}>
                  {t("common:form.clear")}
                </a>
              )}
            </div>
          </Form>
        </div>
      </div>
      <div id={RETURNS} tabIndex={-1}>
        {data.rows.length === 0 ? (
          <p className="govuk-body">{t(data.search ? "returns.noMatches" : "returns.empty")}</p>
        ) : (
          <Table
            caption={t("returns.caption", { total: data.total })}
            captionSize="s"
            stackUntilTablet
            head={[t("returns.columns.name"), t("returns.columns.tenancy"), t("returns.columns.address"), t("returns.columns.voted"), t("returns.columns.action")]}
            rows={data.rows.map((r) => {
              const name = `${r.firstName} ${r.lastName}`;
              return [
                name,
                r.tenancyReference,
                `${r.address}, ${r.postcode}`,
                t(`returns.votedBy.${r.votedBy ?? "none"}`),
                r.votedBy === null && data.takesPaper ? (
                  <Form key="mark" method="post" noValidate>
                    <CsrfField token={csrfToken} />
                    <input type="hidden" name="residentId" value={r.residentId} />
                    <Button type="submit" variant="secondary" className="govuk-!-margin-bottom-0">
                      {t("returns.mark")}
                      <span className="govuk-visually-hidden"> {name}</span>
                    </Button>
                  </Form>
                ) : (
                  ""
                ),
              ];
            })}
          />
        )}
      </div>
      <ResultsPagination page={data.page} total={data.total} pageSize={data.pageSize} path={path} search={data.query} />
    </ElectionPage>
  );
}
