export const NAMESPACES = ["common", "errors", "portal", "console", "complaints", "messages", "casework", "reviews", "programme", "reviewplan", "evidence", "publication", "elections", "voting", "counting"] as const;
export type Namespace = (typeof NAMESPACES)[number];
