import { defineConfig } from "vitest/config";

// Every unit and integration test runs twice: with the machine on UTC and on
// Vietnam time, since dates must not depend on the machine's time zone.
export default defineConfig({
  test: {
    projects: [
      { test: { name: "utc", include: ["test/unit/**/*.test.ts"], env: { TZ: "UTC" }, testTimeout: 30_000 } },
      { test: { name: "hcm", include: ["test/unit/**/*.test.ts"], env: { TZ: "Asia/Ho_Chi_Minh" }, testTimeout: 30_000 } },
    ],
  },
});
