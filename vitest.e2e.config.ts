import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    name: "e2e",
    include: ["test/e2e/**/*.e2e.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Two files at a time keep both cores busy (the suite is CPU-bound, mostly the browser's drawing: 92 % busy with two;
    // three were slower). A screen may take longer to settle while the other file works, so expect.poll waits up to 15 s.
    maxWorkers: 2,
    expect: { poll: { timeout: 15_000 } },
    env: { TZ: "Asia/Ho_Chi_Minh" },
    globalSetup: ["test/cli-bundle-setup.ts"],
  },
});
