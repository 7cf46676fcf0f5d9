import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

export interface A11yViolation {
  rule: string;
  impact: string;
  help: string;
  /** Where on the page: the first few elements' selectors. */
  targets: string[];
}

/**
 * axe-core's serious and critical findings on the page as it is now (WCAG 2.x
 * A and AA rules and axe's best practices). Evaluated through the DevTools
 * protocol, which the page's CSP does not restrict, so the app needs no
 * loosening for the test.
 */
export async function seriousViolations(page: Page): Promise<A11yViolation[]> {
  // Colours measured mid-transition (a menu item fading to its selected colour) are not what the clerk reads.
  await page.waitForFunction(() => (globalThis as unknown as { document: { getAnimations(): { playState: string }[] } }).document.getAnimations().every((a) => a.playState !== "running"));
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    type Node = { target: unknown[]; any: { data?: { fgColor?: string; bgColor?: string; contrastRatio?: number } | null }[] };
    const page = globalThis as unknown as {
      document: unknown;
      axe: { run(context: unknown, options: object): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: Node[] }[] }> };
    };
    // For contrast, the colours axe measured say what to change.
    const where = (n: Node) => {
      const data = n.any[0]?.data;
      return data?.contrastRatio ? `${n.target.join(" ")} (${data.fgColor} trên ${data.bgColor}: ${data.contrastRatio})` : n.target.join(" ");
    };
    const result = await page.axe.run(page.document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] }, resultTypes: ["violations"] });
    return result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => ({ rule: v.id, impact: v.impact ?? "", help: v.help, targets: v.nodes.slice(0, 5).map(where) }));
  });
}
