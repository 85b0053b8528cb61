export * from "./identity/index.js";
export * from "./elections/index.js";
export * from "./budgeting/index.js";
export * from "./calendar/index.js";
export * from "./complaints/index.js";
