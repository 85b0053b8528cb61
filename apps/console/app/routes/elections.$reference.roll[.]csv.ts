import type { LoaderFunctionArgs } from "@remix-run/node";
import { load } from "@hearth/api/server";
import { toCsv } from "@hearth/api/export";
import { electionScope } from "../lib/election-page.server";

/** The whole roll, removed entries too with their reasons, as a CSV file worded in the page's language. */
export async function loader(args: LoaderFunctionArgs) {
  const scope = await electionScope(args);
  const { reference, rows } = await load(() => scope.caller.elections.rollExport({ reference: args.params.reference ?? "" }));
  const t = scope.tr;
  const csv = toCsv({
    name: t("roll.heading"),
    columns: [
      { header: t("roll.columns.name") },
      { header: t("roll.columns.tenancy") },
      { header: t("roll.columns.neighbourhood") },
      { header: t("roll.columns.source") },
      { header: t("roll.columns.status") },
      { header: t("roll.columns.reason") },
    ],
    rows: rows.map((r) => [r.name, r.tenancyReference, r.neighbourhood, t(`roll.source.${r.source}`), t(r.removed ? "roll.csvStatus.removed" : "roll.csvStatus.on"), r.reason]),
  });
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${reference}-roll.csv"`,
      // Personal data: no copies in caches.
      "Cache-Control": "private, no-store",
    },
  });
}
