/**
 * The command line leaves a trace of an unexpected error as the app does: in
 * nhat-ky-loi/loi.log beside the store, with the command, time and stack and
 * without the citizen the error quoted; a refusal made on purpose is said as
 * it is and logged nowhere.
 */
import { existsSync, readFileSync, renameSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { errorLogFile } from "../../core/error-log";
import { AppError } from "../../shared/errors";
import Database from "better-sqlite3";
import { describeFailure } from "../../cli/failure";
import { cchc } from "../cli-runner";
import { csvWithBom } from "../fixtures/dossier-exports";
import { useTempDir } from "../helpers";

const tempDir = useTempDir("cchc-loi-lenh-");

describe("a failed cchc command", () => {
  it("writes an unexpected error to the store's error log, without the citizen it quoted, and says where", () => {
    const store = path.join(tempDir(), "xa.sqlite");
    const error = new TypeError(`Cannot read properties of undefined (reading 'ngay') at "Trần Thị Bích Ngọc"`);
    const said = describeFailure(error, "import", store, new Date("2026-12-06T04:50:00Z"));
    expect(said).toBe(`Lỗi không mong đợi: ${error.message}\nLỗi đã được ghi vào nhật ký lỗi "${errorLogFile(store)}" để gửi cho người hỗ trợ.`);
    const log = readFileSync(errorLogFile(store), "utf8");
    expect(log).toContain("=== 2026-12-06T04:50:00.000Z · cchc import");
    expect(log).toContain("TypeError: Cannot read properties of undefined");
    expect(log).toMatch(/ {4}at .*cli-failure\.test\.ts/);
    expect(log).not.toContain("Ngọc");
  });

  it("logs what broke a real command, by the command's name and never the file it was given", () => {
    const store = path.join(tempDir(), "xa.sqlite");
    expect(cchc(["init", "--db", store, "--unit", "Xã Cẩm Giang", "--province", "hai-phong"]).status).toBe(0);
    // A store damaged by another tool: a table the figures read is gone.
    const damage = new Database(store);
    damage.exec("DROP TABLE dossiers");
    damage.close();
    const run = cchc(["indicators", "--db", store, "--period", "2025-Q3"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`Lỗi đã được ghi vào nhật ký lỗi "${errorLogFile(store)}"`);
    const log = readFileSync(errorLogFile(store), "utf8");
    expect(log).toMatch(/^=== \S+ · cchc indicators\nSqliteError: no such table: dossiers\n {4}at /);

    // An export named after the citizen it is about, imported into the damaged store: logged as "cchc import tthc".
    const named = path.join(tempDir(), "Nguyễn Văn An.csv");
    renameSync(csvWithBom(tempDir()), named);
    const imported = cchc(["import", "tthc", named, "--db", store]);
    expect(imported.stderr).toContain("Lỗi đã được ghi vào nhật ký lỗi");
    const both = readFileSync(errorLogFile(store), "utf8");
    expect(both).toContain("· cchc import tthc\n");
    expect(both).not.toContain("Nguyễn");
  });

  it("says a refusal as it is and logs nothing", () => {
    const store = path.join(tempDir(), "xa.sqlite");
    expect(describeFailure(new AppError("invalid_input", "Thiếu tệp cần nhập."), "import", store)).toBe("Thiếu tệp cần nhập.");
    expect(existsSync(errorLogFile(store))).toBe(false);
  });

  it("makes no folder for a store whose folder does not exist", () => {
    const store = path.join(tempDir(), "khong-co", "xa.sqlite");
    expect(describeFailure(new RangeError("Invalid time value"), "period", store)).toBe("Lỗi không mong đợi: Invalid time value");
    expect(existsSync(path.dirname(store))).toBe(false);
  });
});
