export { createDocumentHandler, type DocumentHandlerOptions } from "./document-handler.js";
