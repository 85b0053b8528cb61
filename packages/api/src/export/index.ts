// Server-only: the XLSX writer uses node:zlib.
export type { ExportCell, ExportColumn, ExportColumnKind, ExportTable } from "./table.js";
export { penceToPounds } from "./table.js";
export { toCsv } from "./csv.js";
export { toXlsx, sheetNames, excelDateSerial } from "./xlsx.js";
export { pdfDownloadHeaders, toPdf, type PdfBlock, type PdfReport } from "./pdf.js";
export { verificationFile, type VerificationBundle } from "./verification.js";
