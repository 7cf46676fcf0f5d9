import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createAppContext } from "../../core/app-context";
import { buildReport } from "../../core/indicators/report";
import { resolvePeriod } from "../../core/periods";
import { getUnit } from "../../core/unit";
import { toFormValues } from "../../renderer/src/settingsForm";
import { cchc } from "../cli-runner";
import { paragraphs } from "../docx-text";
import { useTempDir } from "../helpers";

const tempDir = useTempDir();

const INIT = ["--unit", "Xã Cẩm Giang", "--province", "hai-phong"];

function unitOf(db: string) {
  const ctx = createAppContext({ storePath: db });
  try {
    return getUnit(ctx.store.db)!;
  } finally {
    ctx.store.close();
  }
}

describe("cchc init --signer / --deputy", () => {
  it("names the chairman (TM., default) and the deputy (KT.), who sign the reports and show on the Cài đặt screen", () => {
    const db = path.join(tempDir(), "d.sqlite");
    const r = cchc(["init", "--db", db, ...INIT, "--signer", "Vương Đức Dũng", "--signer-title", "Chủ tịch", "--deputy", "Nguyễn Thị Hà", "--deputy-title", "Phó Chủ tịch"]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Vương Đức Dũng");

    const unit = unitOf(db);
    expect(unit.signers).toEqual([
      { name: "Vương Đức Dũng", position: "chu_tich", signMode: "TM", isDefault: true },
      { name: "Nguyễn Thị Hà", position: "pho_chu_tich", signMode: "KT", isDefault: false },
    ]);
    expect(toFormValues(unit, []).signers.map((s) => s.name)).toEqual(["Vương Đức Dũng", "Nguyễn Thị Hà"]);

    const ctx = createAppContext({ storePath: db });
    try {
      const report = buildReport(ctx, resolvePeriod("2025-Y", ctx.profiles.get("hai-phong")!));
      expect(report.signer).toEqual({ name: "Vương Đức Dũng", position: "chu_tich", signMode: "TM" });
    } finally {
      ctx.store.close();
    }

    const out = path.join(tempDir(), "bc.docx");
    const exported = cchc(["export", "bao-cao", "--db", db, "--period", "2025-Y", "--out", out]);
    // An empty store's report is a draft (exit 1, its gaps on stderr), still a whole document.
    expect([0, 1]).toContain(exported.status);
    const text = paragraphs(out);
    const at = text.indexOf("TM. ỦY BAN NHÂN DÂN");
    expect(at).toBeGreaterThan(0);
    expect(text.slice(at, at + 3)).toEqual(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Vương Đức Dũng"]);
  });

  it("takes the titles without regard to case or diacritics; a deputy alone signs KT. for the chairman", () => {
    const db = path.join(tempDir(), "d.sqlite");
    expect(cchc(["init", "--db", db, ...INIT, "--signer", "Trần Xuân Bút", "--signer-title", "chu tich"]).status).toBe(0);
    expect(cchc(["init", "--db", db, ...INIT, "--deputy", "Lê Văn Tâm", "--deputy-title", "PHÓ CHỦ TỊCH"]).status).toBe(0);
    expect(unitOf(db).signers).toEqual([
      { name: "Trần Xuân Bút", position: "chu_tich", signMode: "TM", isDefault: true },
      { name: "Lê Văn Tâm", position: "pho_chu_tich", signMode: "KT", isDefault: false },
    ]);
    const only = path.join(tempDir(), "d.sqlite");
    expect(cchc(["init", "--db", only, ...INIT, "--signer", "Lê Văn Tâm", "--signer-title", "pho chu tich"]).status).toBe(0);
    expect(unitOf(only).signers).toEqual([{ name: "Lê Văn Tâm", position: "pho_chu_tich", signMode: "KT", isDefault: true }]);
  });

  it("keeps the signers, the province's name and the profile when run again without them, and replaces the chairman when given one", () => {
    const db = path.join(tempDir(), "d.sqlite");
    cchc(["init", "--db", db, ...INIT, "--signer", "Vương Đức Dũng", "--deputy", "Nguyễn Thị Hà"]);
    expect(cchc(["init", "--db", db, "--unit", "Xã Cẩm Giang", "--province", "hai-phong", "--province-name", "Thành phố Hải Phòng"]).status).toBe(0);
    expect(unitOf(db).signers.map((s) => s.name)).toEqual(["Vương Đức Dũng", "Nguyễn Thị Hà"]);
    expect(cchc(["init", "--db", db, "--unit", "Xã Cẩm Giang", "--signer", "Phạm Văn Lực"]).status).toBe(0);
    expect(unitOf(db)).toMatchObject({ provinceName: "Thành phố Hải Phòng", profileId: "hai-phong" });
    expect(unitOf(db).signers).toEqual([
      { name: "Phạm Văn Lực", position: "chu_tich", signMode: "TM", isDefault: true },
      { name: "Nguyễn Thị Hà", position: "pho_chu_tich", signMode: "KT", isDefault: false },
    ]);
  });

  it("refuses an unknown title or a title without a name, in Vietnamese, changing nothing", () => {
    const db = path.join(tempDir(), "d.sqlite");
    const wrong = cchc(["init", "--db", db, ...INIT, "--signer", "Vương Đức Dũng", "--signer-title", "Bí thư"]);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr.trim().split("\n")).toHaveLength(1);
    expect(wrong.stderr).toContain("--signer-title");
    expect(wrong.stderr).toContain("Chủ tịch");
    expect(existsSync(db)).toBe(false);
    const orphan = cchc(["init", "--db", db, ...INIT, "--deputy-title", "Phó Chủ tịch"]);
    expect(orphan.status).toBe(2);
    expect(orphan.stderr).toContain("--deputy");
  });

  it("cchc demo names a chairman and a deputy when init set none", () => {
    const db = path.join(tempDir(), "d.sqlite");
    expect(cchc(["init", "--db", db, ...INIT]).status).toBe(0);
    const demo = cchc(["demo", "--db", db, "--until", "2025-03-31", "--dossiers", "50"]);
    expect(demo.stderr).toBe("");
    const signers = unitOf(db).signers;
    expect(signers.map((s) => [s.position, s.signMode, s.isDefault])).toEqual([
      ["chu_tich", "TM", true],
      ["pho_chu_tich", "KT", false],
    ]);
    for (const s of signers) expect(s.name).toMatch(/^\p{Lu}\p{Ll}* (\p{Lu}\p{Ll}* )+\p{Lu}\p{Ll}*$/u);
  });
});
