import path from "node:path";
import { describe, expect, it } from "vitest";
import { SECTIONS } from "../../renderer/src/nav";
import { cchc } from "../cli-runner";
import { useTempDir } from "../helpers";
import { seriousViolations, type A11yViolation } from "./axe";
import { newPage, recordPageErrors, serve, useBrowser } from "./harness";
import { buttonTransition } from "./ui";

const tempDir = useTempDir("cchc-e2e-tiep-can-");
const browser = useBrowser();

describe("accessibility (axe-core)", () => {
  it("finds no serious or critical problem on any screen of the demo commune", async () => {
    const db = path.join(tempDir(), "xa.sqlite");
    expect(cchc(["demo", "--db", db, "--until", "2026-01-31"]).status).toBe(0);
    const server = await serve(db);
    try {
      const page = await newPage(browser());
      const errors = recordPageErrors(page);
      const found: Record<string, A11yViolation[]> = {};
      for (const section of SECTIONS) {
        await page.goto(`${server.url}#/${section.key}`);
        await page.locator("#page-title").waitFor();
        await page.waitForLoadState("networkidle");
        await page.waitForTimeout(500);
        const violations = await seriousViolations(page);
        if (violations.length > 0) found[section.label] = violations;
      }
      expect(found).toEqual({});
      // The computer asks for reduced motion (harness.ts): antd's animations are off.
      expect((await buttonTransition(page)).split(",").every((d: string) => d.trim() === "0s")).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await server.stop();
    }
  });
});
