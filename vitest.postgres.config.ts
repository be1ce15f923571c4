import { defineConfig } from "vitest/config";

// The database tests against a real PostgreSQL (TEST_DATABASE_URL, default the
// local server with trust auth). Each run uses schemas of its own and drops them.
export default defineConfig({
  test: {
    include: ["tests/postgres/**/*.test.ts"],
    env: {
      APOLLO_TELEMETRY_DISABLED: "1",
      CHECKPOINT_DISABLE: "1",
      LOG_LEVEL: "silent",
      TEST_DATABASE_URL: process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres",
    },
    setupFiles: ["tests/support/setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
