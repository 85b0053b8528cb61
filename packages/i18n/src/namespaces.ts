export const NAMESPACES = ["common", "errors", "portal", "console"] as const;
export type Namespace = (typeof NAMESPACES)[number];
