import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button, InsetText, Pagination, Table } from "@hearth/ui";
import { useComplaintFormats } from "../components/complaints/format";
import { serviceAreaName } from "../components/complaints/service-area";
import { ComplaintStatusTag } from "../components/complaints/status-tag";
import { CHECK_PATH, START_PATH, complaintPath, questionPath } from "../lib/complaint-steps";
import { complaintScope, complaintTitle } from "../lib/complaints.server";

function pageParam(url: URL): number {
  const page = Number.parseInt(url.searchParams.get("page") ?? "", 10);
  return Number.isFinite(page) && page >= 1 ? Math.min(page, 10_000) : 1;
}

export async function loader(args: LoaderFunctionArgs) {
  const scope = await complaintScope(args);
  const page = pageParam(new URL(args.request.url));
  const [mine, draft, areas] = await Promise.all([scope.caller.complaints.mine({ page }), scope.caller.complaints.draft(), scope.caller.complaints.serviceAreas()]);
  const started = Object.values(draft.answers).some(Boolean) || draft.attachments.length > 0;
  return {
    title: complaintTitle(args, scope, "complaints.list.title"),
    ...mine,
    areaNames: Object.fromEntries(areas.map((a) => [a.slug, a.name])),
    draft: started ? { continueTo: draft.missingStep ? questionPath(draft.missingStep) : CHECK_PATH } : null,
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

export default function Complaints() {
  const { t } = useTranslation("portal");
  const { rows, page, hasMore, areaNames, draft } = useLoaderData<typeof loader>();
  const format = useComplaintFormats();
  const pageHref = (n: number) => (n === 1 ? "/complaints" : `/complaints?page=${n}`);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <h1 className="govuk-heading-l">{t("complaints.list.title")}</h1>
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <p className="govuk-body">{t("complaints.list.intro")}</p>
            {draft && (
              <InsetText>
                <p className="govuk-body">{t("complaints.list.draft.body")}</p>
                <p className="govuk-body">
                  <a className="govuk-link" href={draft.continueTo}>
                    {t("complaints.list.draft.link")}
                  </a>
                </p>
              </InsetText>
            )}
            <Button href={START_PATH}>{t("complaints.list.start")}</Button>
          </div>
        </div>
        {rows.length === 0 && page === 1 ? (
          <div className="govuk-grid-row">
            <div className="govuk-grid-column-two-thirds">
              <h2 className="govuk-heading-m">{t("complaints.list.empty.heading")}</h2>
              <p className="govuk-body">{t("complaints.list.empty.body")}</p>
            </div>
          </div>
        ) : (
          <>
            <Table
              caption={t("complaints.list.caption")}
              captionSize="m"
              firstCellIsHeader
              stackUntilTablet
              head={[t("complaints.list.reference"), t("complaints.list.about"), t("complaints.list.status"), t("complaints.list.received"), t("complaints.list.next")]}
              rows={rows.map((row) => [
                <a key="ref" className="govuk-link hearth-nowrap" href={complaintPath(row.reference)}>
                  {row.reference}
                </a>,
                serviceAreaName(t, { slug: row.serviceArea, name: areaNames[row.serviceArea] ?? row.serviceArea }),
                <ComplaintStatusTag key="status" status={row.status} />,
                format.date(row.receivedOn),
                row.nextDueOn ? format.date(row.nextDueOn) : t("complaints.list.noDate"),
              ])}
            />
            {(page > 1 || hasMore) && (
              <Pagination
                landmarkLabel={t("complaints.list.pages")}
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
