import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    name: "e2e",
    include: ["test/e2e/**/*.e2e.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    env: { TZ: "Asia/Ho_Chi_Minh" },
    globalSetup: ["test/cli-bundle-setup.ts"],
  },
});
