// Types safe to import anywhere (no server code).
export type { AppRouter } from "./router.js";
export type { FieldMessage, Message } from "./errors.js";
