export * from "./identity/index.js";
export * from "./elections/index.js";
export * from "./budgeting/index.js";
export * from "./calendar/index.js";
export * from "./complaints/index.js";
// The market-test decision is part of the domain's public contract (issue 5), so it
// is named at the root too; the rest of reviews stays under @hearth/domain/reviews.
export { marketTestDecision } from "./reviews/market-test.js";
