/** What the browser tests do on antd screens as a clerk would: open a tab, type a date, pick an option. */
import { copyFileSync } from "node:fs";
import path from "node:path";
import type { Locator, Page } from "playwright-core";
import { expect } from "vitest";
import { repoRoot } from "../helpers";
import { screenshot, screenshotDir } from "./harness";

/** expect.poll with room for a slow machine: the server's answers and antd's animations take their time. */
export const eventually = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000 });

/** The text of the element with this data-testid. */
export const textOf = async (page: Page, testId: string) => (await page.getByTestId(testId).textContent()) ?? "";

/** Copies a screenshot the tests took into docs/screenshots, where the README shows it. */
export const keepScreenshot = (name: string) => copyFileSync(path.join(screenshotDir, `${name}.png`), path.join(repoRoot, "docs", "screenshots", `${name}.png`));

export const openTab = (page: Page, name: string) => page.getByRole("tab", { name, exact: true }).click();

export const dialog = (page: Page) => page.getByRole("dialog");

/** How long the first antd button's transitions last: "0s" each when the computer asks for reduced motion. */
export const buttonTransition = (page: Page): Promise<string> =>
  // A string, as this file is compiled without the DOM's types.
  page.evaluate<string>('getComputedStyle(document.querySelector(".ant-btn")).transitionDuration');

/** Screenshots without the passing toasts and half-finished animations. */
export async function settledScreenshot(page: Page, name: string): Promise<void> {
  await page
    .locator(".ant-message-notice")
    .first()
    .waitFor({ state: "detached", timeout: 10_000 })
    .catch(() => undefined);
  await page.waitForTimeout(400);
  await screenshot(page, name);
}

/** Types a date into an antd DatePicker as a clerk would (dd/mm/yyyy) and confirms it. */
export async function typeDate(field: Locator, ddmmyyyy: string): Promise<void> {
  await field.click();
  await field.fill(ddmmyyyy);
  await field.press("Enter");
}

/** Picks an option of an antd Select by its label; `select` is the Select's combobox. */
export async function choose(page: Page, select: Locator, label: string): Promise<void> {
  await select.click();
  await eventually(() => select.getAttribute("aria-expanded")).toBe("true");
  // Each Select renders its own list at the end of the page; the combobox names it.
  const list = await select.getAttribute("aria-controls");
  const dropdown = page.locator(".ant-select-dropdown").filter({ has: page.locator(`[id="${list}"]`) });
  // A click that lands while the list is still sliding in can be lost: wait for the animation, and click again if the list stays open.
  await eventually(() => dropdown.getAttribute("class")).not.toMatch(/-(enter|appear)/);
  await eventually(async () => {
    if ((await select.getAttribute("aria-expanded")) === "true")
      await dropdown
        .getByTitle(label, { exact: true })
        .click({ timeout: 2_000 })
        .catch(() => undefined);
    return select.getAttribute("aria-expanded");
  }).toBe("false");
}

export async function noPageOverflow(page: Page): Promise<void> {
  // A string, as this file is compiled without the DOM's types.
  const [scrollWidth, clientWidth] = await page.evaluate<[number, number]>("[document.documentElement.scrollWidth, document.documentElement.clientWidth]");
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
}
