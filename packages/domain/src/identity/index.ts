export * from "./postcode.js";
export * from "./tenancy-reference.js";
export * from "./password-policy.js";
export * from "./throttle.js";
export * from "./session-expiry.js";
export * from "./roles.js";
export * from "./profile-options.js";
export * from "./locales.js";
