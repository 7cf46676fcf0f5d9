import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAppContext } from "../../core/app-context";
import type { AppContext } from "../../core/context";
import { filledOutline } from "../../core/outline/open";
import type { FilledOutline } from "../../core/outline/filled-types";
import { flattenNodes } from "../../core/outline/filled-types";
import { saveUnit, type UnitInput } from "../../core/unit";
import { cchc } from "../cli-runner";
import { paragraphs } from "../docx-text";
import { useTempDir } from "../helpers";

const tempDir = useTempDir();

/**
 * "xã" where it names the unit's level: not "xã hội", not "cấp xã" (the
 * legal name of the commune level, which a phường belongs to as well).
 */
const unitXa = (text: string): string[] => [...text.matchAll(/(?<!\p{L})(?<!cấp )xã(?! hội)(?!\p{L})/giu)].map((m) => m[0]);
const city = (text: string): string[] => [...text.matchAll(/thành phố/giu)].map((m) => m[0]);

/** Every text of a filled outline a reader sees, the narratives included. */
function documentText(filled: FilledOutline): string {
  const d = filled.document;
  const nodes = flattenNodes(filled.sections).flatMap((n) => [n.lead ?? "", n.text, n.note ?? "", ...n.facts.map((f) => f.text), n.narrative?.text ?? ""]);
  return [d.subtitle, d.recipient ?? "", d.opening ?? "", d.closing ?? "", ...d.copies, ...d.issuer, d.dateLine, ...filled.signature.titles, ...nodes].join("\n");
}

describe("documents follow the unit's kind and its province", () => {
  let dir: string;
  let db: string;
  let ctx: AppContext;

  beforeAll(() => {
    dir = tempDir();
    db = path.join(dir, "vi-khe.sqlite");
    const init = cchc(["init", "--db", db, "--unit", "Phường Vị Khê", "--kind", "phuong", "--province-name", "Tỉnh Ninh Bình", "--province", "vi-khe"]);
    expect(init.stderr).toBe("");
    const demo = cchc(["demo", "--db", db, "--until", "2025-12-31", "--dossiers", "300"]);
    expect(demo.stderr).toBe("");
    ctx = createAppContext({ storePath: db });
  }, 120_000);
  afterAll(() => ctx?.store.close());

  it("the annual report of Phường Vị Khê (Tỉnh Ninh Bình) says UBND phường and Ủy ban nhân dân tỉnh, never xã or thành phố", () => {
    const out = path.join(dir, "bc.docx");
    const r = cchc(["export", "bao-cao", "--db", db, "--period", "2025-Y", "--out", out, "--khong-phu-luc-3"]);
    expect([0, 1]).toContain(r.status);
    const text = paragraphs(out).join("\n");
    expect(unitXa(text)).toEqual([]);
    expect(city(text)).toEqual([]);
    expect(text).toContain("Kính gửi: Ủy ban nhân dân tỉnh (qua Sở Nội vụ)");
    expect(text).toContain("kính gửi Ủy ban nhân dân tỉnh (qua Sở Nội vụ) tổng hợp./.");
    expect(text).toContain("UBND phường");
    expect(text).toContain("HĐND phường");
    const lines = paragraphs(out);
    const copies = lines.indexOf("Nơi nhận:");
    expect(lines.slice(copies + 1, copies + 3)).toEqual(["- Như trên;", "- TT Đảng ủy, TT HĐND phường;"]);
  });

  it("the inspection outline answered by the phường names its own offices and committee as the phường's", () => {
    const filled = filledOutline(ctx, { outlineId: "de-cuong-kiem-tra-2025", period: "2025-07-01..2025-10-09" });
    const text = documentText(filled);
    expect(unitXa(text)).toEqual([]);
    expect(text).toContain("Văn phòng HĐND-UBND phường");
    expect(filled.document.recipient).toBe("Đoàn kiểm tra cải cách hành chính tỉnh");
    expect(filled.document.copies[0]).toBe("Như trên;");
    expect(filled.document.copies).not.toContain("Đoàn kiểm tra CCHC tỉnh;");
  });

  it("the demo's narratives for a phường in a tỉnh speak of the phường and the tỉnh", () => {
    const bodies = (ctx.store.sqlite.prepare("SELECT body FROM narrative_texts").pluck().all() as string[]).join("\n");
    expect(bodies.length).toBeGreaterThan(1000);
    expect(unitXa(bodies)).toEqual([]);
    expect(city(bodies)).toEqual([]);
    expect(bodies).toContain("UBND phường");
  });
});

describe("the province's level when the unit's settings do not name the province", () => {
  const annual = (unit: Partial<UnitInput>) => {
    const ctx = createAppContext({ storePath: path.join(tempDir(), "d.sqlite") });
    try {
      saveUnit(ctx.store.db, { name: "Xã Cẩm Giang", kind: "xa", provinceName: null, placeName: null, profileId: "hai-phong", address: null, ...unit }, "Kiểm thử");
      return filledOutline(ctx, { outlineId: "bao-cao-nam", period: "2025-Y" });
    } finally {
      ctx.store.close();
    }
  };

  it("comes from the profile: Hải Phòng is a thành phố, Cao Bằng a tỉnh", () => {
    const haiPhong = annual({});
    expect(haiPhong.document.recipient).toBe("Ủy ban nhân dân thành phố (qua Sở Nội vụ)");
    expect(haiPhong.document.copies).toEqual(["Như trên;", "TT Đảng ủy, TT HĐND xã;", "CT, các PCT UBND xã;", "Các phòng, trung tâm thuộc UBND xã;", "Lưu: VT, VHXH."]);
    const caoBang = annual({ profileId: "cao-bang" });
    expect(caoBang.document.recipient).toBe("Ủy ban nhân dân tỉnh (qua Sở Nội vụ)");
    expect(city(documentText(caoBang))).toEqual([]);
  });

  it("an đặc khu writes UBND đặc khu and HĐND đặc khu", () => {
    const filled = annual({ name: "Đặc khu Cát Hải", kind: "dac_khu", provinceName: "Thành phố Hải Phòng" });
    expect(filled.document.copies.slice(1, 3)).toEqual(["TT Đảng ủy, TT HĐND đặc khu;", "CT, các PCT UBND đặc khu;"]);
    expect(unitXa(documentText(filled))).toEqual([]);
  });
});
