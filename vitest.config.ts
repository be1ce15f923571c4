import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    exclude: ["tests/postgres/**"],
    // Set before any module loads: no Apollo or Prisma telemetry, quiet logs, embedded databases in memory.
    env: { APOLLO_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1", LOG_LEVEL: "silent", DATA_DIR: "memory://" },
    setupFiles: ["tests/support/setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
