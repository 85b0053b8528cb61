import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { attempt } from "@hearth/api/server";
import { isRole, ROLES, type Role } from "@hearth/domain/identity";
import { Button, ErrorSummary, Select, Table, TextInput } from "@hearth/ui";
import { useFormMessages } from "@hearth/ui/remix";
import { ResultsPagination } from "../components/results-pagination";
import { RoleTags, StatusTag } from "../components/role-tags";
import { when } from "../lib/format.server";
import { pageParam, staffScope } from "../lib/request.server";

const STATUSES = ["active", "inactive"] as const;
type Status = (typeof STATUSES)[number];
const isStatus = (value: string): value is Status => (STATUSES as readonly string[]).includes(value);

export async function loader(args: LoaderFunctionArgs) {
  const scope = await staffScope(args, ["admin"]);
  const url = new URL(args.request.url);
  const search = url.searchParams.get("search") ?? "";
  const role = url.searchParams.get("role") ?? "";
  const status = url.searchParams.get("status") ?? "";
  // Select values that are not on the list are ignored, as if not chosen.
  const filters: { search: string; role: Role | ""; status: Status | "" } = { search, role: isRole(role) ? role : "", status: isStatus(status) ? status : "" };
  const outcome = await attempt(() =>
    scope.caller.users.list({ page: pageParam(url), search, role: filters.role || undefined, status: filters.status || undefined }),
  );
  const base = { title: scope.title("users.title"), filters, filtered: Boolean(filters.search.trim() || filters.role || filters.status) };
  if (!outcome.ok) return { ...base, errors: outcome.errors, values: filters, result: null };
  const { rows, ...paging } = outcome.value;
  return {
    ...base,
    errors: [],
    values: filters,
    result: { ...paging, rows: rows.map((row) => ({ id: row.id, name: row.name, email: row.email, active: row.active, roles: row.roles, lastSignedIn: when(scope.locale, row.lastSignedInAt) })) },
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

export default function Users() {
  const { t } = useTranslation("console");
  const data = useLoaderData<typeof loader>();
  const { filters, result, filtered } = data;
  const location = useLocation();
  const messages = useFormMessages(data, "search");
  return (
    <>
      <ErrorSummary title={t("common:form.problem")} errors={messages.summary} />
      <div className="hearth-page-heading">
        <h1 className="govuk-heading-l">{t("users.title")}</h1>
        <Button href="/users/new" variant="secondary">
          {t("users.create")}
        </Button>
      </div>
      <Form method="get" className="hearth-filters" role="search" aria-labelledby="filters-heading">
        <h2 className="govuk-heading-s" id="filters-heading">
          {t("users.filters.heading")}
        </h2>
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-half">
            <TextInput id="search" name="search" type="search" label={t("users.filters.search")} hint={t("users.filters.searchHint")} spellCheck={false} defaultValue={filters.search} error={messages.field("search")} />
          </div>
          <div className="govuk-grid-column-one-quarter">
            <Select
              id="role"
              name="role"
              label={t("users.filters.role")}
              defaultValue={filters.role}
              options={[{ value: "", label: t("users.filters.anyRole") }, ...ROLES.map((role) => ({ value: role, label: t(`common:roles.${role}`) }))]}
            />
          </div>
          <div className="govuk-grid-column-one-quarter">
            <Select
              id="status"
              name="status"
              label={t("users.filters.status")}
              defaultValue={filters.status}
              options={[
                { value: "", label: t("users.filters.anyStatus") },
                { value: "active", label: t("users.status.active") },
                { value: "inactive", label: t("users.status.inactive") },
              ]}
            />
          </div>
        </div>
        <div className="govuk-button-group">
          <Button variant="secondary">{t("common:form.apply")}</Button>
          {filtered && (
            <Link className="govuk-link" to="/users">
              {t("common:form.clear")}
            </Link>
          )}
        </div>
      </Form>
      {result && (
        <>
          {result.rows.length === 0 ? (
            <p className="govuk-body">
              {filtered ? t("users.list.noMatches") : t("users.list.none")}
            </p>
          ) : (
            <div className="hearth-table-scroll" role="region" aria-labelledby="users-caption" tabIndex={0}>
              <Table
                caption={<span id="users-caption">{t("users.list.caption", { count: result.total })}</span>}
                captionSize="m"
                head={[t("users.list.name"), t("users.list.email"), t("users.list.roles"), t("users.list.status"), t("users.list.lastSignIn")]}
                firstCellIsHeader
                rows={result.rows.map((row) => [
                  <Link key="name" className="govuk-link" to={`/users/${row.id}`}>
                    {row.name}
                  </Link>,
                  <span key="email" className="hearth-wrap-long">{row.email}</span>,
                  <RoleTags key="roles" roles={row.roles} none={t("users.list.noRoles")} />,
                  <StatusTag key="status" active={row.active} />,
                  row.lastSignedIn ? <time key="last" dateTime={row.lastSignedIn.iso}>{row.lastSignedIn.text}</time> : t("users.list.never"),
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
