import type { LoaderFunctionArgs } from "@remix-run/node";
import { toXlsx } from "@hearth/api/export";
import { PERFORMANCE_ROLES, downloadHeaders, loadReport, workbookTables, yearParam, yearSlug } from "../lib/performance.server";
import { staffScope } from "../lib/request.server";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Every table on the performance page as a workbook, one sheet each. */
export async function loader(args: LoaderFunctionArgs) {
  const scope = await staffScope(args, PERFORMANCE_ROLES);
  const report = await loadReport(scope, yearParam(new URL(args.request.url)));
  const workbook = toXlsx(workbookTables(report, scope.locale));
  // A copy typed as Uint8Array<ArrayBuffer>, which BodyInit accepts.
  return new Response(new Uint8Array(workbook), { headers: downloadHeaders(XLSX, `complaints-performance-${yearSlug(report.year)}.xlsx`) });
}
