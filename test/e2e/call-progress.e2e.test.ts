/**
 * The desktop window's progress box. Electron cannot run here, so the page
 * gets a stand-in for the preload's bridge: calls go to `cchc serve`, and the
 * test sends the progress events the shell forwards from the store worker.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cchc } from "../cli-runner";
import { useTempDir } from "../helpers";
import { newPage, serve, useBrowser } from "./harness";
import { keepScreenshot, settledScreenshot } from "./ui";

const tempDir = useTempDir("cchc-e2e-");
const browser = useBrowser();

/** window.cchc as the preload builds it, with calls over HTTP and progress sent by the test through window.__progress (page-side code, so a string). */
const BRIDGE_STAND_IN = `
  const listeners = [];
  const token = () => document.querySelector('meta[name="cchc-api-token"]')?.content ?? "";
  window.__progress = (event) => listeners.forEach((listener) => listener(event));
  window.cchc = {
    invoke: (method, input, person) =>
      fetch("api/" + method, {
        method: "POST",
        headers: { "Content-Type": "application/json", "X-CCHC-Token": token(), ...(person ? { "X-CCHC-Person": encodeURIComponent(person) } : {}) },
        body: JSON.stringify(input),
      }).then((r) => r.json()),
    onProgress: (listener) => {
      listeners.push(listener);
      return () => listeners.splice(listeners.indexOf(listener), 1);
    },
  };
`;

describe("desktop window: a long call's progress", () => {
  it("shows the step and count the store worker reports, a bar when the total is known, and goes when the call ends", async () => {
    const db = path.join(tempDir(), "x.sqlite");
    expect(cchc(["init", "--db", db, "--unit", "Xã Cẩm Giang", "--province", "hai-phong", "--province-name", "Thành phố Hải Phòng"]).status).toBe(0);
    const server = await serve(db);
    try {
      const page = await newPage(browser());
      await page.addInitScript({ content: BRIDGE_STAND_IN });
      await page.goto(server.url);
      await expect.poll(() => page.getByTestId("header-unit-name").textContent()).toContain("Xã Cẩm Giang");
      const box = page.getByTestId("call-progress");
      expect(await box.count()).toBe(0);

      const send = (event: object) => page.evaluate(`window.__progress(${JSON.stringify(event)})`);
      await send({ call: 7, method: "dossiers.import", step: "Đang đọc tệp: dòng", done: 12345 });
      await expect.poll(() => box.textContent()).toBe("Đang đọc tệp: dòng 12.345…");
      expect(await box.getAttribute("role")).toBe("status");

      await send({ call: 8, method: "store.setPassphrase", step: "Đang mã hóa lại bản sao lưu", done: 2, total: 5 });
      await expect.poll(() => box.textContent()).toBe("Đang mã hóa lại bản sao lưu 2/5…");
      expect(await box.locator(".ant-progress").count()).toBe(1);
      await settledScreenshot(page, "tien-do-loi-goi-dai");
      keepScreenshot("tien-do-loi-goi-dai");

      await send({ call: 8, finished: true });
      await expect.poll(() => box.textContent()).toBe("Đang đọc tệp: dòng 12.345…");
      await send({ call: 7, finished: true });
      await expect.poll(() => box.count()).toBe(0);
    } finally {
      await server.stop();
    }
  });
});
