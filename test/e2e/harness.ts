import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, onTestFailed } from "vitest";
import { errorLogFile } from "../../core/error-log";
import { cchcBundle, repoRoot } from "../helpers";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const screenshotDir = path.join(repoRoot, "test-output", "screenshots");

export interface ServeProcess {
  url: string;
  stop(): Promise<void>;
}

/** Starts the real `cchc serve` on a free port, as the given user, and waits for the address it prints. */
export function serve(db: string, userName = "Kiểm thử"): Promise<ServeProcess> {
  const child: ChildProcess = spawn(process.execPath, [cchcBundle, "serve", "--db", db, "--port", "0", "--json"], {
    cwd: repoRoot,
    env: { ...process.env, CCHC_USER: userName },
    stdio: ["ignore", "pipe", "pipe"],
  });
  return new Promise((resolve, reject) => {
    let out = "";
    let err = "";
    const timer = setTimeout(() => reject(new Error(`cchc serve did not start: ${err}`)), 30_000);
    child.stderr!.on("data", (c: Buffer) => (err += c.toString()));
    onTestFailed(() => {
      if (err) console.error(`cchc serve (${db}) wrote to stderr:\n${err.slice(-4000)}`);
      const errorLog = errorLogFile(db);
      if (existsSync(errorLog)) console.error(`Its error log:\n${readFileSync(errorLog, "utf8").slice(-4000)}`);
    });
    child.stdout!.on("data", (c: Buffer) => {
      out += c.toString();
      const line = out.split("\n").find((l) => l.startsWith("{"));
      if (!line) return;
      clearTimeout(timer);
      const { url } = JSON.parse(line) as { url: string };
      resolve({
        url,
        stop: () =>
          new Promise<void>((done) => {
            // A server that has not exited 10 s after SIGTERM is killed, so a hung stop cannot hang the test run.
            const force = setTimeout(() => child.kill("SIGKILL"), 10_000);
            child.once("exit", () => {
              clearTimeout(force);
              done();
            });
            child.kill("SIGTERM");
          }),
      });
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`cchc serve exited with ${code}: ${err}`));
    });
  });
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
  });
}

/**
 * 1366×768, the screen of most commune office PCs. The computer asks for reduced motion, as the app's users may, so
 * antd draws no animation frames (about a seventh of the browser's work in this suite); `motion: true` keeps the animations, for the
 * tests that walk a clerk's way with them on. A failed test prints what the page showed and its last API calls.
 */
export async function newPage(browser: Browser, { motion = false }: { motion?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1366, height: 768 },
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
    reducedMotion: motion ? "no-preference" : "reduce",
  });
  const page = await context.newPage();
  const calls = recordApiCalls(page);
  onTestFailed(async () => console.error(`The page when the test failed:\n${await pageState(page, calls)}`));
  return page;
}

interface ApiCallSeen {
  method: string;
  sentAt: number;
  answer: string | null;
}

function recordApiCalls(page: Page): ApiCallSeen[] {
  const calls: ApiCallSeen[] = [];
  const seen = new Map<object, ApiCallSeen>();
  page.on("request", (request) => {
    const at = request.url().indexOf("/api/");
    if (at < 0) return;
    const call = { method: request.url().slice(at + 5), sentAt: Date.now(), answer: null };
    seen.set(request, call);
    calls.push(call);
  });
  const settle = (request: object, answer: string) => {
    const call = seen.get(request);
    if (call) call.answer = `${answer} after ${Date.now() - call.sentAt} ms`;
  };
  page.on("requestfinished", (request) => settle(request, "answered"));
  page.on("requestfailed", (request) => settle(request, `failed (${request.failure()?.errorText ?? "?"})`));
  return calls;
}

async function pageState(page: Page, calls: ApiCallSeen[]): Promise<string> {
  const now = Date.now();
  const lastCalls = calls.slice(-12).map((c) => `  ${c.method}: ${c.answer ?? `no answer yet, sent ${now - c.sentAt} ms ago`}`);
  const dialogs = await page
    .getByRole("dialog")
    .allInnerTexts()
    .catch((e: unknown) => [`(unreadable: ${String(e)})`]);
  return [`URL: ${page.url()}`, `Dialogs: ${dialogs.length ? dialogs.map((d) => d.replace(/\s+/g, " ")).join(" | ") : "none"}`, "Last API calls:", ...lastCalls].join("\n");
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true });
  const file = path.join(screenshotDir, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** One Chromium for the test file: launched before its tests, closed after them. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => browser!;
}

/** The page's uncaught errors, collected for the test to assert there were none. */
export function recordPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  return errors;
}
