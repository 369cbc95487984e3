import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts", "sdk/**/*.test.ts"],
    globalSetup: ["test/setup/compile.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Two cores: one in-process chain per worker, two workers.
    pool: "forks",
    maxWorkers: 2,
    sequence: { shuffle: false },
  },
});
