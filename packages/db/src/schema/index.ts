export * from "./identity.js";
export * from "./complaints.js";
export * from "./messaging.js";
export * from "./reviews.js";
export * from "./elections.js";
