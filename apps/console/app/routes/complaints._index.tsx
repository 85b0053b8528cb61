import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { attempt } from "@hearth/api/server";
import { COMPLAINT_STATUSES } from "@hearth/domain/complaints";
import { Button, ErrorSummary, Select, Table, type SelectOption } from "@hearth/ui";
import { useFormMessages } from "@hearth/ui/remix";
import { ResultsPagination } from "../components/results-pagination";
import { ComplaintStatusTag, Day, DueDate } from "../components/casework/tags";
import { complaintPath, parseQueueQuery, queueInput, queueSearch, type QueueFilterName, type QueueQuery, type QueueSort } from "../lib/casework";
import { caseworkScope, day } from "../lib/casework.server";
import { pageParam } from "../lib/request.server";

export async function loader(args: LoaderFunctionArgs) {
  const scope = await caseworkScope(args);
  const url = new URL(args.request.url);
  const query = parseQueueQuery(url.searchParams);
  const [options, outcome] = await Promise.all([
    scope.caller.complaintCases.options(),
    attempt(() => scope.caller.complaintCases.queue({ ...queueInput(query), page: pageParam(url) })),
  ]);
  const base = {
    title: scope.pageTitle("queue.title"),
    query,
    filtered: Object.values(query.filters).some((value) => value !== ""),
    options: {
      serviceAreas: options.serviceAreas.map((area) => ({ slug: area.slug, name: area.name })),
      neighbourhoods: options.neighbourhoods,
      staff: options.staff,
    },
  };
  if (!outcome.ok) return { ...base, errors: outcome.errors, result: null };
  const { rows, ...paging } = outcome.value;
  return {
    ...base,
    errors: [],
    result: {
      ...paging,
      rows: rows.map((row) => ({
        reference: row.reference,
        resident: row.residentName,
        serviceArea: row.serviceArea,
        serviceAreaName: row.serviceAreaName,
        neighbourhood: row.neighbourhood,
        stage: row.stage,
        status: row.status,
        received: day(scope.locale, row.receivedOn),
        nextDue: day(scope.locale, row.nextDueOn),
        overdue: row.overdue,
        handler: row.handlerName,
      })),
    },
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

const QUICK_VIEWS = [
  { id: "overdue", search: "?due=overdue", matches: (q: QueueQuery) => q.filters.due === "overdue" },
  { id: "soon", search: "?due=soon", matches: (q: QueueQuery) => q.filters.due === "soon" },
  { id: "unassigned", search: "?handler=unassigned", matches: (q: QueueQuery) => q.filters.handler === "unassigned" },
] as const;

function SortHeader({ label, sort, query }: { label: string; sort: QueueSort; query: QueueQuery }) {
  const { t } = useTranslation("casework");
  const current = query.sort === sort;
  const next = current ? (query.direction === "asc" ? "desc" : "asc") : undefined;
  return (
    <Link className="govuk-link hearth-sort-link" to={`/complaints${queueSearch(query, { sort, direction: next })}`}>
      {label}
      <span className="govuk-visually-hidden">
        {" "}
        {t(current ? (query.direction === "asc" ? "queue.sortedAscending" : "queue.sortedDescending") : "queue.sortBy")}
      </span>
      <span className="hearth-sort-link__arrow" aria-hidden="true">
        {current ? (query.direction === "asc" ? "▲" : "▼") : "⇅"}
      </span>
    </Link>
  );
}

/** One of the queue's filters, a third of a row wide; its first choice, "", is "any". */
function QueueFilter({ name, value, error, any, options }: { name: QueueFilterName; value: string; error?: string; any: string; options: SelectOption[] }) {
  const { t } = useTranslation("casework");
  return (
    <div className="govuk-grid-column-one-third">
      <Select id={name} name={name} label={t(`queue.filters.${name}`)} defaultValue={value} error={error} options={[{ value: "", label: any }, ...options]} />
    </div>
  );
}

export default function ComplaintQueue() {
  const { t } = useTranslation("casework");
  const data = useLoaderData<typeof loader>();
  const { query, result, filtered, options } = data;
  const location = useLocation();
  const messages = useFormMessages(data, "stage");
  const { filters } = query;
  const areaName = (slug: string, name: string) => t(`complaints:serviceArea.${slug}`, { defaultValue: name });
  const sortColumn = { reference: 0, received: 6, due: 7 }[query.sort];
  return (
    <>
      <ErrorSummary title={t("common:form.problem")} errors={messages.summary} />
      <h1 className="govuk-heading-l">{t("queue.title")}</h1>
      <p className="govuk-body">{t("queue.intro")}</p>
      <Button href="/complaints/new" variant="secondary">
        {t("queue.record")}
      </Button>

      <nav className="hearth-quick-views" aria-labelledby="quick-views-heading">
        <h2 className="govuk-heading-s" id="quick-views-heading">
          {t("queue.quick.heading")}
        </h2>
        <ul className="govuk-list hearth-inline-list">
          <li>
            <Link className="govuk-link" to="/complaints" aria-current={!filtered ? "page" : undefined}>
              {t("queue.quick.all")}
            </Link>
          </li>
          {QUICK_VIEWS.map((view) => {
            const current = view.matches(query) && Object.values(filters).filter(Boolean).length === 1;
            return (
              <li key={view.id}>
                <Link className="govuk-link" to={`/complaints${view.search}`} aria-current={current ? "page" : undefined}>
                  {t(`queue.quick.${view.id}`)}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>

      <Form method="get" className="hearth-filters" role="search" aria-labelledby="filters-heading">
        <h2 className="govuk-heading-s" id="filters-heading">
          {t("queue.filters.heading")}
        </h2>
        {query.sort !== "due" || query.direction !== "asc" ? (
          <>
            <input type="hidden" name="sort" value={query.sort} />
            <input type="hidden" name="direction" value={query.direction} />
          </>
        ) : null}
        <div className="govuk-grid-row">
          <QueueFilter
            name="stage"
            value={filters.stage}
            error={messages.field("stage")}
            any={t("queue.filters.anyStage")}
            options={[{ value: "1", label: t("complaints:stage.1") }, { value: "2", label: t("complaints:stage.2") }]}
          />
          <QueueFilter
            name="status"
            value={filters.status}
            error={messages.field("status")}
            any={t("queue.filters.anyStatus")}
            options={COMPLAINT_STATUSES.map((status) => ({ value: status, label: t(`complaints:status.${status}`) }))}
          />
          <QueueFilter
            name="serviceArea"
            value={filters.serviceArea}
            error={messages.field("serviceArea")}
            any={t("queue.filters.anyServiceArea")}
            options={options.serviceAreas.map((area) => ({ value: area.slug, label: areaName(area.slug, area.name) }))}
          />
        </div>
        <div className="govuk-grid-row">
          <QueueFilter
            name="neighbourhood"
            value={filters.neighbourhood}
            error={messages.field("neighbourhood")}
            any={t("queue.filters.anyNeighbourhood")}
            options={options.neighbourhoods.map((n) => ({ value: n.slug, label: n.name }))}
          />
          <QueueFilter
            name="handler"
            value={filters.handler}
            error={messages.field("handler")}
            any={t("queue.filters.anyHandler")}
            options={[{ value: "unassigned", label: t("queue.filters.unassigned") }, ...options.staff.map((person) => ({ value: person.id, label: person.name }))]}
          />
          <QueueFilter
            name="due"
            value={filters.due}
            error={messages.field("due")}
            any={t("queue.filters.anyDue")}
            options={[{ value: "overdue", label: t("queue.quick.overdue") }, { value: "soon", label: t("queue.quick.soon") }]}
          />
        </div>
        <div className="govuk-button-group">
          <Button variant="secondary">{t("common:form.apply")}</Button>
          {filtered && (
            <Link className="govuk-link" to="/complaints">
              {t("common:form.clear")}
            </Link>
          )}
        </div>
      </Form>

      {result && (
        <>
          {result.total > 0 && (
            <p className="govuk-body hearth-download">
              <a className="govuk-link" href={`/complaints/export.csv${queueSearch(query)}`} download>
                {t("queue.download")}
              </a>
              <span className="hearth-secondary-text"> {t("queue.downloadHint")}</span>
            </p>
          )}
          {result.rows.length === 0 ? (
            <p className="govuk-body">{filtered ? t("queue.noMatches") : t("queue.none")}</p>
          ) : (
            <div className="hearth-table-scroll" role="region" aria-labelledby="queue-caption" tabIndex={0}>
              <Table
                className="hearth-queue-table"
                caption={<span id="queue-caption">{t("queue.caption", { count: result.total })}</span>}
                captionSize="m"
                sort={{ column: sortColumn, direction: query.direction === "asc" ? "ascending" : "descending" }}
                firstCellIsHeader
                head={[
                  <SortHeader key="reference" label={t("queue.columns.reference")} sort="reference" query={query} />,
                  t("queue.columns.resident"),
                  t("queue.columns.serviceArea"),
                  t("queue.columns.neighbourhood"),
                  t("queue.columns.stage"),
                  t("queue.columns.status"),
                  <SortHeader key="received" label={t("queue.columns.received")} sort="received" query={query} />,
                  <SortHeader key="due" label={t("queue.columns.due")} sort="due" query={query} />,
                  t("queue.columns.handler"),
                ]}
                rows={result.rows.map((row) => [
                  <Link key="ref" className="govuk-link hearth-nowrap" to={complaintPath(row.reference)}>
                    {row.reference}
                  </Link>,
                  row.resident,
                  areaName(row.serviceArea, row.serviceAreaName),
                  row.neighbourhood,
                  <span key="stage" className="hearth-nowrap">{row.stage ? t(`complaints:stage.${row.stage}`) : t("noneDash")}</span>,
                  <ComplaintStatusTag key="status" status={row.status} />,
                  <Day key="received" value={row.received} />,
                  <DueDate key="due" value={row.nextDue} overdue={row.overdue} empty={t("queue.nothingDue")} />,
                  row.handler ?? <span className="hearth-secondary-text">{t("queue.unassigned")}</span>,
                ])}
              />
            </div>
          )}
          <ResultsPagination page={result.page} total={result.total} pageSize={result.pageSize} path={location.pathname} search={location.search} />
        </>
      )}
    </>
  );
}
