// Remix glue shared by the portal and the console.
export { HearthDocument, type HearthDocumentProps } from "./document.js";
export { CsrfField, useFormMessages, type FormMessage, type FormProblem } from "./forms.js";
export { hydrateHearth } from "./hydrate.js";
export { ErrorPage, errorKind, ERROR_KINDS, type ErrorKind } from "./error-page.js";
export { RootErrorBoundary, errorTitles, rootErrorMeta, type RootErrorData } from "./root-error.js";
export { PageBody, SignOutForm } from "./page-frame.js";
