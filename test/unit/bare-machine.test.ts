/**
 * A machine that has never run the app: no data folder under the user's
 * home. The README's commands must work there – the app's own folder is made
 * on first use, and a command that needs no store never opens one.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cchcProcess as cchc } from "../cli-runner";
import { cchcBundle, repoRoot, useTempDir } from "../helpers";

const tempDir = useTempDir("cchc-may-moi-");

/** An empty home, and none of the variables that would point elsewhere. */
function bareHome(): { home: string; env: Record<string, string> } {
  const home = path.join(tempDir(), "nha");
  mkdirSync(home);
  return { home, env: { HOME: home, USERPROFILE: home, XDG_CONFIG_HOME: "", APPDATA: "", CCHC_DB: "" } };
}

const dataFolder = (home: string) => path.join(home, ".config", "cchc-xa");

describe("a bare machine", () => {
  it("cchc init without --db makes the app's data folder and its store", () => {
    const { home, env } = bareHome();
    const init = cchc(["init", "--unit", "Xã Cẩm Giang", "--province", "hai-phong"], env);
    expect(init.stderr).toBe("");
    expect(init.status).toBe(0);
    expect(existsSync(path.join(dataFolder(home), "cchc.sqlite"))).toBe(true);
  });

  it("cchc period needs no store and opens none", () => {
    const { home, env } = bareHome();
    const r = cchc(["period", "--period", "2025-Q1"], env);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("số liệu từ ngày 15/12/2024 đến ngày 09/03/2025");
    expect(existsSync(dataFolder(home))).toBe(false);
  });

  it("cchc serve (what npm run web runs) starts on the app's own store", async () => {
    const { home, env } = bareHome();
    // The page it serves is not the point here: a stand-in for the built renderer, so the test runs before the build too.
    const renderer = path.join(home, "giao-dien");
    mkdirSync(renderer);
    writeFileSync(path.join(renderer, "index.html"), "<!doctype html><title>CCHC Xã</title>");
    const child = spawn(process.execPath, [cchcBundle, "serve", "--port", "0", "--renderer", renderer], { cwd: repoRoot, env: { ...process.env, CCHC_USER: "Kiểm thử", ...env } });
    let out = "";
    let err = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString("utf8")));
    child.stderr.on("data", (d: Buffer) => (err += d.toString("utf8")));
    const ended = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    const deadline = Date.now() + 60_000;
    while (!out.includes("Ứng dụng đang chạy tại") && child.exitCode === null && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    child.kill("SIGTERM");
    await ended;
    expect(err).toBe("");
    expect(out).toContain("Ứng dụng đang chạy tại http://127.0.0.1:");
    expect(existsSync(path.join(dataFolder(home), "cchc.sqlite"))).toBe(true);
  }, 90_000);
});
