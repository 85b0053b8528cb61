export const NAMESPACES = ["common", "errors", "portal", "console", "complaints", "messages", "casework"] as const;
export type Namespace = (typeof NAMESPACES)[number];
