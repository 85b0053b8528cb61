export const NAMESPACES = ["common", "errors", "portal", "console", "complaints", "messages"] as const;
export type Namespace = (typeof NAMESPACES)[number];
