// Factories usable from Vitest and Playwright alike; Vitest-only helpers live in ./vitest.
export * from "./factories.js";
export { useTestDatabase } from "./vitest.js";
