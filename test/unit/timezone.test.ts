import { expect, it } from "vitest";

it("runs under the time zone its project names", () => {
  const offset = new Date("2025-03-09T00:00:00Z").getTimezoneOffset();
  expect(process.env.TZ === "UTC" ? 0 : -420).toBe(offset);
  expect(["UTC", "Asia/Ho_Chi_Minh"]).toContain(process.env.TZ);
});
