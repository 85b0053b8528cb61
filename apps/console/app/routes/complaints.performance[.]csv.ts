import type { LoaderFunctionArgs } from "@remix-run/node";
import { toCsv } from "@hearth/api/export";
import { PERFORMANCE_ROLES, downloadHeaders, loadReport, summaryTable, yearParam, yearSlug } from "../lib/performance.server";
import { staffScope } from "../lib/request.server";

/** The headline TSM figures and volumes by service area, one figure per row. */
export async function loader(args: LoaderFunctionArgs) {
  const scope = await staffScope(args, PERFORMANCE_ROLES);
  const report = await loadReport(scope, yearParam(new URL(args.request.url)));
  const csv = toCsv(summaryTable(report, scope.locale));
  return new Response(csv, { headers: downloadHeaders("text/csv; charset=utf-8", `complaints-performance-${yearSlug(report.year)}.csv`) });
}
