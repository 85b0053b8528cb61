export * from "./identity/index.js";
export * from "./elections/index.js";
export * from "./budgeting/index.js";
