import path from "node:path";
import { describe, expect, it } from "vitest";
import { createAppContext } from "../../core/app-context";
import { dispatch } from "../../core/api/dispatch";
import type { AppContext } from "../../core/context";
import { backupFolder, listBackups } from "../../core/backup/folder";
import { call, refused } from "../api-calls";
import { cchc } from "../cli-runner";
import { insertDossiers } from "../dossier-fixtures";
import { storeSnapshot } from "../fixtures/store-snapshot";
import { useTempDir } from "../helpers";

const tempDir = useTempDir("cchc-demo-load-");
/** 10:00 in Vietnam on 09/10/2025: the demo's last day. */
const NOW = new Date("2025-10-09T03:00:00Z");
const UNTIL = "2025-10-09";
const CLERK = "Lê Thị Hoa";

const context = (storePath: string): AppContext => createAppContext({ storePath, userName: CLERK, now: () => NOW });

/** The unit as `cchc init --unit "Xã Cẩm Giang" --province hai-phong --province-name "Thành phố Hải Phòng"` saves it. */
const initUnit = { name: "Xã Cẩm Giang", kind: "xa", provinceName: "Thành phố Hải Phòng", placeName: "Cẩm Giang", profileId: "hai-phong", address: null };

interface Loaded {
  unitName: string;
  from: string;
  until: string;
  counts: Record<string, number>;
}

interface Figures {
  figures: { code: string; value: number | null }[];
}

const figuresOf = async (ctx: AppContext, period: string) => (await call<Figures>(ctx, "tthc.figures", { period })).figures.map((f) => [f.code, f.value]);

describe("demo.load", () => {
  it("fills an empty store with the commune `cchc demo` makes for the same seed and day", async () => {
    const cliDb = path.join(tempDir(), "cli.sqlite");
    expect(cchc(["init", "--db", cliDb, "--unit", "Xã Cẩm Giang", "--province", "hai-phong", "--province-name", "Thành phố Hải Phòng"]).status).toBe(0);
    const cliRun = cchc(["demo", "--db", cliDb, "--seed", "1", "--until", UNTIL, "--json"]);
    expect(cliRun.status).toBe(0);
    const cli = JSON.parse(cliRun.stdout) as Loaded;

    const ctx = context(path.join(tempDir(), "app.sqlite"));
    const cliCtx = context(cliDb);
    try {
      await call(ctx, "unit.save", initUnit);
      const loaded = await call<Loaded>(ctx, "demo.load", {});
      expect(loaded).toMatchObject({ unitName: "Xã Cẩm Giang", from: "2024-07-01", until: UNTIL });
      for (const table of ["dossiers", "procedures", "staff", "documents", "pakn", "plan_tasks", "receptions"]) {
        expect(loaded.counts[table], table).toBeGreaterThan(0);
        expect(loaded.counts[table], table).toBe(cli.counts[table]);
      }
      for (const period of ["2025-Q1", "2025-Q3"]) expect(await figuresOf(ctx, period), period).toEqual(await figuresOf(cliCtx, period));
    } finally {
      ctx.store.close();
      cliCtx.store.close();
    }
  }, 120_000);

  it("keeps the unit, departments and signers the clerk set up, and is audited with a backup taken first", async () => {
    const ctx = context(path.join(tempDir(), "minh-tan.sqlite"));
    try {
      const setUp = await call(ctx, "unit.save", {
        ...initUnit,
        name: "Xã Minh Tân",
        placeName: null,
        signers: [{ name: "Trần Văn Bình", position: "chu_tich", signMode: "TM", isDefault: true }],
      });
      const loaded = await call<Loaded>(ctx, "demo.load", {});
      expect(loaded.unitName).toBe("Xã Minh Tân");
      expect(loaded.counts.dossiers).toBeGreaterThan(1000);
      expect(await call(ctx, "unit.get", {})).toEqual(setUp);

      const audit = ctx.store.sqlite.prepare("SELECT user_name, action, entity, new_value FROM audit_log WHERE entity = 'import_batches'").all() as Record<string, string>[];
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ user_name: CLERK, action: "nhap" });
      expect(JSON.parse(audit[0]!.new_value!)).toMatchObject({ kind: "demo", seed: 1, until: UNTIL });
      expect(listBackups(backupFolder(ctx)).map((b) => b.reason)).toEqual(["truoc-nhap"]);
    } finally {
      ctx.store.close();
    }
  }, 60_000);

  it("refuses a store that already holds a dossier, naming it, and changes nothing", async () => {
    const ctx = context(path.join(tempDir(), "that.sqlite"));
    try {
      await call(ctx, "unit.save", initUnit);
      insertDossiers(ctx.store, [{ receivedAt: "2025-09-15 08:30:00", procedureName: "Đăng ký khai sinh" }]);
      const before = storeSnapshot(ctx.store.sqlite);
      const message = await refused(ctx, "demo.load", {});
      expect(message).toContain("Hồ sơ TTHC (1)");
      expect(message).toContain("Không có gì bị thay đổi");
      expect(storeSnapshot(ctx.store.sqlite)).toEqual(before);
      const r = await dispatch(ctx, "demo.load", {});
      expect(r).toMatchObject({ ok: false, error: { code: "demo_not_empty" } });
    } finally {
      ctx.store.close();
    }
  }, 30_000);
});
