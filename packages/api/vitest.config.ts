import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    globalSetup: ["@hearth/db/testing/vitest-setup"],
    // argon2 hashing and real Postgres: give slow CI machines room.
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
