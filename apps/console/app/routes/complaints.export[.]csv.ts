import type { LoaderFunctionArgs } from "@remix-run/node";
import { load } from "@hearth/api/server";
import { toCsv } from "@hearth/api/export";
import { parseQueueQuery, queueInput } from "../lib/casework";
import { caseworkScope } from "../lib/casework.server";

/** The queue as a CSV file, with the same filters and order as the page it was downloaded from. */
export async function loader(args: LoaderFunctionArgs) {
  const scope = await caseworkScope(args);
  const query = parseQueueQuery(new URL(args.request.url).searchParams);
  const { rows, today } = await load(() => scope.caller.complaintCases.export(queueInput(query)));
  const t = scope.tr;
  const complaintsT = scope.t("complaints");
  const csv = toCsv({
    name: t("queue.title"),
    columns: [
      { header: t("queue.columns.reference") },
      { header: t("queue.columns.resident") },
      { header: t("queue.columns.serviceArea") },
      { header: t("queue.columns.neighbourhood") },
      { header: t("queue.columns.stage"), kind: "number" },
      { header: t("queue.columns.status") },
      { header: t("queue.columns.channel") },
      { header: t("queue.columns.received"), kind: "date" },
      { header: t("queue.columns.due"), kind: "date" },
      { header: t("queue.columns.overdue") },
      { header: t("queue.columns.handler") },
    ],
    rows: rows.map((row) => [
      row.reference,
      row.residentName,
      complaintsT(`serviceArea.${row.serviceArea}`, { defaultValue: row.serviceAreaName }),
      row.neighbourhood,
      row.stage,
      complaintsT(`status.${row.status}`),
      complaintsT(`channel.${row.channel}`),
      row.receivedOn,
      row.nextDueOn,
      row.overdue ? t("yes") : t("no"),
      row.handlerName ?? "",
    ]),
  });
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="complaints-${today}.csv"`,
      // Complaint data: no copies in caches. nosniff comes from the host's security headers.
      "Cache-Control": "private, no-store",
    },
  });
}
