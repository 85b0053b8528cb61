import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { attempt, load } from "@hearth/api/server";
import { formatDate } from "@hearth/i18n";
import { Button, Select, Table, TextInput, Textarea } from "@hearth/ui";
import { CsrfField, useFormMessages } from "@hearth/ui/remix";
import { useRootData } from "../root";
import { ResultsPagination } from "../components/results-pagination";
import { ElectionPage, electionShouldRevalidate } from "../components/elections/election-page";
import { electionFormFailed, electionFormText, electionPost, electionProblem, electionScope, finishElectionForm } from "../lib/election-page.server";
import { electionPath } from "../lib/election-paths";
import { pageParam } from "../lib/request.server";

const ROLL_FORM = "roll-change";

/** The roll's query string: page, search, neighbourhood and status filters, and which entry a form is about. */
function rollQuery(url: URL) {
  const p = url.searchParams;
  const uuid = (name: string) => (/^[0-9a-f-]{36}$/i.test(p.get(name) ?? "") ? p.get(name)! : "");
  const status = p.get("status");
  return {
    page: pageParam(url),
    search: (p.get("search") ?? "").trim().slice(0, 100),
    neighbourhoodId: uuid("neighbourhood"),
    status: status === "on" || status === "removed" ? (status as "on" | "removed") : ("all" as const),
    change: uuid("remove") || uuid("restore"),
    changeKind: p.get("remove") ? ("remove" as const) : p.get("restore") ? ("restore" as const) : null,
    find: (p.get("find") ?? "").trim().slice(0, 100),
    add: uuid("add"),
  };
}

export async function loader(args: LoaderFunctionArgs) {
  const scope = await electionScope(args);
  const url = new URL(args.request.url);
  const query = rollQuery(url);
  const reference = args.params.reference ?? "";
  const roll = await load(() => scope.caller.elections.roll({ reference, page: query.page, search: query.search, neighbourhoodId: query.neighbourhoodId, status: query.status }));
  const electorate = (await load(() => scope.caller.elections.get({ reference }))).settings.electorate;
  // The entry a remove or restore form is about, and residents found for adding.
  const changing = query.change ? (await load(() => scope.caller.elections.roll({ reference, residentId: query.change }))).rows[0] ?? null : null;
  const found = query.find.length >= 2 ? await load(() => scope.caller.elections.findResidents({ reference, search: query.find })) : [];
  const adding = query.add ? (found.find((r) => r.residentId === query.add) ?? null) : null;
  return {
    title: scope.pageTitle("roll.title", { reference: roll.header.reference }, electionFormFailed(args)),
    ...roll,
    electorate,
    cutoff: formatDate(scope.locale, `${roll.cutoffOn}T12:00:00Z`),
    query,
    search: url.search,
    changing: changing && query.changeKind ? { ...changing, kind: query.changeKind } : null,
    found,
    findTooShort: query.find.length === 1,
    adding,
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];
export const shouldRevalidate = electionShouldRevalidate;

/** Three forms post here: build the roll, add (or put back) someone, remove someone. */
export async function action(args: ActionFunctionArgs) {
  const { scope, form, header } = await electionPost(args);
  const values = electionFormText(form, ["intent", "version", "residentId", "reason"]);
  const change = { electionId: header.id, version: Number(values.version) };
  const to = electionPath(header.reference, "roll");
  const api = scope.caller.elections;
  const person = { ...change, residentId: values.residentId ?? "", reason: values.reason ?? "" };
  const onlyReason = (errors: { field?: string; key: string }[]) => errors.map((e) => (e.field === "reason" ? e : { ...e, field: undefined }));
  switch (values.intent) {
    case "build":
      return finishElectionForm(args, await attempt(() => api.buildRoll(change)), { reference: header.reference, to, banner: "elections:done.rollBuilt", values: {} });
    case "add":
      return finishElectionForm(args, await attempt(() => api.addToRoll(person)), { reference: header.reference, to, banner: "elections:done.rollAdded", values, remap: onlyReason });
    case "remove":
      return finishElectionForm(args, await attempt(() => api.removeFromRoll(person)), { reference: header.reference, to, banner: "elections:done.rollRemoved", values, remap: onlyReason });
    default:
      return electionProblem(args, [{ key: "errors.invalid" }], {});
  }
}

type Data = ReturnType<typeof useLoaderData<typeof loader>>;

/** The reason form for one person: removing them, putting them back, or adding them. */
function ChangeForm({ intent, name, residentId, version, heading }: { intent: "add" | "remove"; name: string; residentId: string; version: string; heading: string }) {
  const { t } = useTranslation("elections");
  const { csrfToken } = useRootData();
  const messages = useFormMessages(useActionData<typeof action>(), ROLL_FORM);
  return (
    <Form method="post" id={ROLL_FORM} className="hearth-filters" noValidate>
      <CsrfField token={csrfToken} />
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="residentId" value={residentId} />
      <h2 className="govuk-heading-m">{heading}</h2>
      <p className="govuk-body">{name}</p>
      <Textarea id="reason" name="reason" label={t("roll.change.reason")} labelSize="s" hint={t("roll.change.reasonHint")} rows={3} defaultValue={messages.value("reason")} error={messages.field("reason")} />
      <div className="govuk-button-group">
        <Button type="submit" variant={intent === "remove" ? "warning" : "primary"}>
          {t(`roll.change.submit.${intent}`)}
        </Button>
        <a className="govuk-link" href="?">
          {t("common:form.cancel")}
        </a>
      </div>
    </Form>
  );
}

function AddSomeone({ data }: { data: Data }) {
  const { t } = useTranslation("elections");
  const link = (id: string) => `?find=${encodeURIComponent(data.query.find)}&add=${id}`;
  return (
    <section aria-labelledby="add-heading">
      <h2 className="govuk-heading-m" id="add-heading">
        {t(data.electorate === "college" ? "roll.add.collegeHeading" : "roll.add.heading")}
      </h2>
      <p className="govuk-body">{t(data.electorate === "college" ? "roll.add.collegeIntro" : "roll.add.intro")}</p>
      <Form method="get" role="search" noValidate>
        <TextInput id="find" name="find" label={t("roll.add.find")} labelSize="s" hint={t("roll.add.findHint")} defaultValue={data.query.find} width={20} error={data.findTooShort ? t("errors:elections.roll.searchTooShort") : undefined} />
        <Button type="submit" variant="secondary">
          {t("roll.add.search")}
        </Button>
      </Form>
      {data.query.find.length >= 2 &&
        (data.found.length === 0 ? (
          <p className="govuk-body">{t("roll.add.noneFound")}</p>
        ) : (
          <Table
            caption={t("roll.add.foundCaption")}
            captionSize="s"
            head={[t("roll.columns.name"), t("roll.columns.tenancy"), t("roll.columns.address"), t("roll.columns.action")]}
            rows={data.found.map((r) => [
              `${r.firstName} ${r.lastName}`,
              r.tenancyReference,
              `${r.address}, ${r.postcode}`,
              r.onRoll ? (
                t("roll.add.alreadyOn")
              ) : (
                <a key="add" className="govuk-link" href={link(r.residentId)}>
                  {t("roll.add.choose")}
                  <span className="govuk-visually-hidden"> {`${r.firstName} ${r.lastName}`}</span>
                </a>
              ),
            ])}
          />
        ))}
    </section>
  );
}

export default function ElectionRoll() {
  const { t } = useTranslation("elections");
  const data = useLoaderData<typeof loader>();
  const { csrfToken } = useRootData();
  const messages = useFormMessages(useActionData<typeof action>(), ROLL_FORM);
  const { header } = data;
  const version = messages.value("version") ?? String(header.version);
  const keep = (extra: string) => {
    const params = new URLSearchParams(data.search);
    for (const name of ["remove", "restore", "add", "find"]) params.delete(name);
    return `?${params.toString()}${params.toString() ? "&" : ""}${extra}`;
  };
  return (
    <ElectionPage header={header} heading={t("roll.heading")} errors={messages.summary} wide>
      <p className="govuk-body-l">{t("roll.summary", { total: data.totals.onRoll, removed: data.totals.removed, cutoff: data.cutoff })}</p>
      {header.locked ? (
        <p className="govuk-body">{t("roll.locked")}</p>
      ) : data.electorate === "tenancies" ? (
        <Form method="post" noValidate>
          <CsrfField token={csrfToken} />
          <input type="hidden" name="intent" value="build" />
          <input type="hidden" name="version" value={version} />
          <p className="govuk-body">{t("roll.build.intro", { cutoff: data.cutoff })}</p>
          <Button type="submit" variant={data.totals.onRoll ? "secondary" : "primary"}>
            {t(data.totals.onRoll ? "roll.build.rebuild" : "roll.build.submit")}
          </Button>
        </Form>
      ) : (
        <p className="govuk-body">{t("roll.collegeIntro")}</p>
      )}

      {!header.locked && data.changing && (
        <ChangeForm
          intent={data.changing.kind === "remove" ? "remove" : "add"}
          heading={t(`roll.change.heading.${data.changing.kind}`)}
          name={`${data.changing.firstName} ${data.changing.lastName} (${data.changing.tenancyReference})`}
          residentId={data.changing.residentId}
          version={version}
        />
      )}
      {!header.locked && data.adding && (
        <ChangeForm intent="add" heading={t("roll.change.heading.add")} name={`${data.adding.firstName} ${data.adding.lastName} (${data.adding.tenancyReference})`} residentId={data.adding.residentId} version={version} />
      )}

      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-half">
          <Table
            caption={t("roll.byNeighbourhood")}
            captionSize="m"
            head={[t("roll.columns.neighbourhood"), t("roll.columns.onRoll"), t("roll.columns.removed")]}
            numericColumns={[1, 2]}
            firstCellIsHeader
            rows={data.byNeighbourhood.map((n) => [n.name, n.onRoll, n.removed])}
          />
          <p className="govuk-body">
            <a className="govuk-link" href={electionPath(header.reference, "roll.csv")} download>
              {t("roll.download")}
            </a>
          </p>
        </div>
      </div>

      <Form method="get" className="hearth-filters" role="search" aria-labelledby="filters-heading" noValidate>
        <h2 className="govuk-heading-s" id="filters-heading">
          {t("roll.filters.heading")}
        </h2>
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-third">
            <TextInput id="search" name="search" label={t("roll.filters.search")} labelSize="s" defaultValue={data.query.search} />
          </div>
          <div className="govuk-grid-column-one-third">
            <Select
              id="neighbourhood"
              name="neighbourhood"
              label={t("roll.filters.neighbourhood")}
              labelSize="s"
              defaultValue={data.query.neighbourhoodId}
              options={[{ value: "", label: t("roll.filters.everyNeighbourhood") }, ...data.byNeighbourhood.map((n) => ({ value: n.id, label: n.name }))]}
            />
          </div>
          <div className="govuk-grid-column-one-third">
            <Select
              id="status"
              name="status"
              label={t("roll.filters.status")}
              labelSize="s"
              defaultValue={data.query.status}
              options={(["all", "on", "removed"] as const).map((s) => ({ value: s, label: t(`roll.filters.statuses.${s}`) }))}
            />
          </div>
        </div>
        <div className="govuk-button-group">
          <Button type="submit" variant="secondary">
            {t("common:form.apply")}
          </Button>
          <a className="govuk-link" href={electionPath(header.reference, "roll")}>
            {t("common:form.clear")}
          </a>
        </div>
      </Form>

      {data.rows.length === 0 ? (
        <p className="govuk-body">{t(data.totals.onRoll + data.totals.removed === 0 ? "roll.empty" : "roll.noMatches")}</p>
      ) : (
        <div className="hearth-table-scroll" tabIndex={0} role="region" aria-label={t("roll.tableLabel")}>
          <Table
            caption={t("roll.tableCaption", { total: data.total, page: data.page, pages: data.pages })}
            captionSize="s"
            stackUntilTablet
            head={[t("roll.columns.name"), t("roll.columns.tenancy"), t("roll.columns.neighbourhood"), t("roll.columns.source"), t("roll.columns.status"), t("roll.columns.voting"), t("roll.columns.action")]}
            rows={data.rows.map((r) => {
              const name = `${r.firstName} ${r.lastName}`;
              return [
                name,
                r.tenancyReference,
                r.neighbourhood,
                t(`roll.source.${r.source}`),
                r.removed ? t("roll.status.removed", { reason: r.reason }) : r.reason ? t("roll.status.onWithReason", { reason: r.reason }) : t("roll.status.on"),
                r.hasAccount ? t("roll.channel.account") : r.hasCode ? t("roll.channel.code") : t("roll.channel.none"),
                <ul key="actions" className="govuk-list govuk-!-margin-bottom-0">
                  {!header.locked && (
                    <li>
                      <a className="govuk-link" href={keep(`${r.removed ? "restore" : "remove"}=${r.residentId}`)}>
                        {t(r.removed ? "roll.actions.restore" : "roll.actions.remove")}
                        <span className="govuk-visually-hidden"> {name}</span>
                      </a>
                    </li>
                  )}
                  {r.hasCode && !r.removed && (
                    <li>
                      <a className="govuk-link" href={electionPath(header.reference, `codes?reissue=${r.residentId}`)}>
                        {t("roll.actions.replaceCode")}
                        <span className="govuk-visually-hidden"> {name}</span>
                      </a>
                    </li>
                  )}
                </ul>,
              ];
            })}
          />
        </div>
      )}
      <ResultsPagination page={data.page} total={data.total} pageSize={25} path={electionPath(header.reference, "roll")} search={data.search} />

      {!header.locked && <AddSomeone data={data} />}
    </ElectionPage>
  );
}
