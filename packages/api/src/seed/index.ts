export { seedDemoData, type SeedSummary } from "./seed.js";
export { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./demo-landlord.js";
