import { defineConfig } from "vitest/config";

// Every unit and integration test runs twice: with the machine on UTC and on
// Vietnam time, since dates must not depend on the machine's time zone.
export default defineConfig({
  test: {
    globalSetup: ["test/cli-bundle-setup.ts"],
    projects: [
      { test: { name: "utc", include: ["test/unit/**/*.test.ts"], env: { TZ: "UTC" }, testTimeout: 30_000 } },
      // The fuzz test's damaged copies hold no dates: once, on UTC, is enough.
      { test: { name: "hcm", include: ["test/unit/**/*.test.ts"], exclude: ["test/unit/reader-fuzz.test.ts"], env: { TZ: "Asia/Ho_Chi_Minh" }, testTimeout: 30_000 } },
    ],
  },
});
