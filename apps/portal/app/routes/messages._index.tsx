import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { formatDate } from "@hearth/i18n";
import { Pagination, Table, Tag } from "@hearth/ui";
import { textIn } from "../components/messages/text-in";
import { residentScope } from "../lib/account.server";

function pageParam(url: URL): number {
  const page = Number.parseInt(url.searchParams.get("page") ?? "", 10);
  return Number.isFinite(page) && page >= 1 ? Math.min(page, 10_000) : 1;
}

export async function loader(args: LoaderFunctionArgs) {
  const scope = await residentScope(args);
  const list = await scope.caller.messages.list({ page: pageParam(new URL(args.request.url)) });
  return {
    title: `${scope.t("messages")("title")} – ${scope.t("common")("product")}`,
    locale: scope.locale,
    page: list.page,
    hasMore: list.hasMore,
    // Dates are formatted here, once, so the browser's own date data cannot make the page differ on hydration.
    rows: list.rows.map((row) => ({ ...row, sent: formatDate(scope.locale, row.sentAt) })),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

export default function Messages() {
  const { t } = useTranslation("messages");
  const { rows, page, hasMore, locale } = useLoaderData<typeof loader>();
  const pageHref = (n: number) => (n === 1 ? "/messages" : `/messages?page=${n}`);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{t("title")}</h1>
        <p className="govuk-body">{t("list.intro")}</p>
        {rows.length === 0 && page === 1 ? (
          <p className="govuk-body">{t("list.empty")}</p>
        ) : (
          <>
            <Table
              caption={t("list.caption")}
              captionSize="m"
              head={[t("list.subject"), t("list.date")]}
              rows={rows.map((row) => [
                <span key="subject">
                  <a className="govuk-link" href={`/messages/${row.id}`} {...textIn(row.language, locale)}>
                    {row.read ? row.subject : <strong>{row.subject}</strong>}
                  </a>
                  {!row.read && (
                    <>
                      {" "}
                      <Tag colour="blue">{t("list.unread")}</Tag>
                    </>
                  )}
                </span>,
                row.sent,
              ])}
            />
            {(page > 1 || hasMore) && (
              <Pagination
                landmarkLabel={t("list.pages")}
                previous={page > 1 ? { href: pageHref(page - 1) } : undefined}
                next={hasMore ? { href: pageHref(page + 1) } : undefined}
              />
            )}
          </>
        )}
      </div>
    </div>
  );
}
