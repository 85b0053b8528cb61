import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useLocation } from "@remix-run/react";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { attempt } from "@hearth/api/server";
import { Button, ErrorSummary, Select, Table, TextInput } from "@hearth/ui";
import { useFormMessages } from "@hearth/ui/remix";
import { ResultsPagination } from "../components/results-pagination";
import { AuditDetails } from "../components/audit-details";
import { actionLabelKey } from "../lib/audit";
import { when } from "../lib/format.server";
import { pageParam, staffScope } from "../lib/request.server";

const FILTERS = ["action", "actor", "subjectType", "from", "to"] as const;
type Filters = Record<(typeof FILTERS)[number], string>;

export async function loader(args: LoaderFunctionArgs) {
  const scope = await staffScope(args, ["admin"]);
  const url = new URL(args.request.url);
  const filters = Object.fromEntries(FILTERS.map((name) => [name, url.searchParams.get(name) ?? ""])) as Filters;
  const t = scope.t();
  const base = { title: scope.title("audit.title"), filters, filtered: FILTERS.some((name) => filters[name].trim() !== "") };
  // `attempt`, not `load`: bad dates come back as messages to show beside the fields.
  const outcome = await attempt(() => scope.caller.audit.list({ ...filters, page: pageParam(url) }));
  if (!outcome.ok) {
    // The action list comes with the results; without them, keep at least the chosen action selectable.
    const actions = filters.action ? [filters.action] : [];
    return { ...base, errors: outcome.errors, values: filters, actions: actions.map((action) => ({ action, label: label(t, action) })), result: null };
  }
  const { rows, actions, ...paging } = outcome.value;
  return {
    ...base,
    errors: [],
    values: filters,
    actions: actions.map((action) => ({ action, label: label(t, action) })),
    result: {
      ...paging,
      rows: rows.map((row) => ({
        id: row.id,
        when: when(scope.locale, row.occurredAt),
        action: row.action,
        actionLabel: label(t, row.action),
        actorName: row.actorName,
        actorEmail: row.actorEmail,
        subjectType: row.subjectType,
        subjectId: row.subjectId,
        details: row.details as Record<string, unknown>,
      })),
    },
  };
}

/** The translated name of an action, or null for an action this console has no words for yet. */
function label(t: TFunction, action: string): string | null {
  const key = actionLabelKey(action);
  const text = t(key);
  return text && text !== key ? text : null;
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

export default function AuditLog() {
  const { t } = useTranslation("console");
  const data = useLoaderData<typeof loader>();
  const { filters, result, filtered, actions } = data;
  const location = useLocation();
  const messages = useFormMessages(data, "from");
  // A date input can only hold a real yyyy-mm-dd date; anything else would be dropped by the browser anyway.
  const dateValue = (value: string) => (/^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) ? value : "");
  const actionOptions = actions.map(({ action, label }) => ({ value: action, label: label ? `${label} (${action})` : action }));
  return (
    <>
      <ErrorSummary title={t("common:form.problem")} errors={messages.summary} />
      <h1 className="govuk-heading-l">{t("audit.title")}</h1>
      <p className="govuk-body">{t("audit.intro")}</p>
      <Form method="get" className="hearth-filters" role="search" aria-labelledby="filters-heading" noValidate>
        <h2 className="govuk-heading-s" id="filters-heading">
          {t("audit.filters.heading")}
        </h2>
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-third">
            <Select id="action" name="action" label={t("audit.filters.action")} defaultValue={filters.action} error={messages.field("action")} options={[{ value: "", label: t("audit.filters.anyAction") }, ...actionOptions]} />
          </div>
          <div className="govuk-grid-column-one-third">
            <TextInput id="actor" name="actor" type="email" label={t("audit.filters.actor")} hint={t("audit.filters.actorHint")} spellCheck={false} defaultValue={filters.actor} error={messages.field("actor")} />
          </div>
          <div className="govuk-grid-column-one-third">
            <TextInput id="subjectType" name="subjectType" label={t("audit.filters.subjectType")} hint={t("audit.filters.subjectTypeHint")} spellCheck={false} defaultValue={filters.subjectType} error={messages.field("subjectType")} />
          </div>
        </div>
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-third">
            <TextInput id="from" name="from" type="date" label={t("audit.filters.from")} defaultValue={dateValue(filters.from)} error={messages.field("from")} />
          </div>
          <div className="govuk-grid-column-one-third">
            <TextInput id="to" name="to" type="date" label={t("audit.filters.to")} defaultValue={dateValue(filters.to)} error={messages.field("to")} />
          </div>
        </div>
        <div className="govuk-button-group">
          <Button variant="secondary">{t("common:form.apply")}</Button>
          {filtered && (
            <Link className="govuk-link" to="/audit">
              {t("common:form.clear")}
            </Link>
          )}
        </div>
      </Form>
      {result && (
        <>
          {result.rows.length === 0 ? (
            <p className="govuk-body">{filtered ? t("audit.list.noMatches") : t("audit.list.none")}</p>
          ) : (
            <div className="hearth-table-scroll" role="region" aria-labelledby="audit-caption" tabIndex={0}>
              <Table
                className="hearth-audit-table"
                caption={<span id="audit-caption">{t("audit.list.caption", { count: result.total })}</span>}
                captionSize="m"
                head={[t("audit.list.when"), t("audit.list.who"), t("audit.list.action"), t("audit.list.subject"), t("audit.list.details")]}
                rows={result.rows.map((row) => [
                  row.when ? <time dateTime={row.when.iso}>{row.when.text}</time> : "",
                  row.actorEmail ? (
                    <>
                      {row.actorName}
                      <br />
                      <span className="govuk-body-s hearth-secondary-text hearth-wrap-long">{row.actorEmail}</span>
                    </>
                  ) : (
                    t("audit.list.system")
                  ),
                  <>
                    {row.actionLabel && (
                      <>
                        {row.actionLabel}
                        <br />
                      </>
                    )}
                    <code className="hearth-code">{row.action}</code>
                  </>,
                  <>
                    {row.subjectType}
                    {row.subjectId && (
                      <>
                        <br />
                        {row.subjectType === "user" ? (
                          <Link className="govuk-link hearth-code" to={`/users/${row.subjectId}`}>
                            <span className="govuk-visually-hidden">{t("audit.list.viewUser")} </span>
                            {row.subjectId.slice(0, 8)}
                          </Link>
                        ) : (
                          <code className="hearth-code" title={row.subjectId}>
                            {row.subjectId.slice(0, 8)}
                          </code>
                        )}
                      </>
                    )}
                  </>,
                  <AuditDetails details={row.details} />,
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
