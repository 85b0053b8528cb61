import type { LoaderFunctionArgs } from "@remix-run/node";
import { pdfDownloadHeaders, toPdf } from "@hearth/api/export";
import { load } from "@hearth/api/server";
import { serverT, type Locale } from "@hearth/i18n";
import { coverReportBlocks } from "../lib/cover-report.server";
import { loadReviewHeader, reviewScope } from "../lib/review-page.server";

/**
 * The PDF's words follow the console's language, except Urdu and Arabic:
 * PDFKit sets text left to right and cannot order right-to-left lines, so
 * those readers get the report in English rather than with their words
 * printed backwards. The HTML print view is in every language.
 */
const PDF_LOCALES: readonly Locale[] = ["en", "cy", "pl", "so"];

/** The cover report as a PDF download, built on the server from the same blocks as the print view. */
export async function loader(args: LoaderFunctionArgs) {
  const scope = await reviewScope(args);
  const header = await loadReviewHeader(scope, args.params.reference);
  const report = await load(() => scope.caller.reviewPublication.coverReport({ reference: header.reference }));
  const locale: Locale = PDF_LOCALES.includes(scope.locale) ? scope.locale : "en";
  const words = { locale, t: (ns: Parameters<typeof scope.t>[0] = "console") => serverT(locale, ns) };
  const t = words.t("publication");
  const title = t("coverReport.heading", { title: report.title });
  const pdf = await toPdf({
    title,
    language: locale,
    author: report.lead ?? undefined,
    subject: t("coverReport.subject", { reference: report.reference, serviceArea: report.serviceArea.name }),
    footer: (page, pages) => t("coverReport.footer", { reference: report.reference, page, pages }),
    blocks: [
      { kind: "heading", level: 1, text: title },
      { kind: "paragraph", text: t("coverReport.subject", { reference: report.reference, serviceArea: report.serviceArea.name }), muted: true },
      ...coverReportBlocks(report, words),
    ],
  });
  // A copy typed as Uint8Array<ArrayBuffer>, which BodyInit accepts.
  return new Response(new Uint8Array(pdf), { headers: pdfDownloadHeaders(`cover-report-${report.reference}`) });
}
