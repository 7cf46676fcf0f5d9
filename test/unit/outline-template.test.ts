import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { defaultCatalogue, indicatorsOf } from "../../core/indicators/catalogue";
import { formulaCodes, parseFormula } from "../../core/indicators/formula";
import {
  BUILTIN_OUTLINES,
  builtinOutlineFile,
  departmentsOf,
  expectsEvidence,
  figureExpressionsOf,
  readOutlineFile,
  takesNarrative,
  walkOutline,
  type OutlineNode,
  type OutlineTemplate,
} from "../../core/outline/template";
import { repoRoot } from "../helpers";

const fixture = (name: string) =>
  readFileSync(path.join(repoRoot, "test", "fixtures", "outline", name), "utf8")
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);

const catalogue = defaultCatalogue();
const load = (id: string): OutlineTemplate => readOutlineFile(builtinOutlineFile(id), catalogue);
/** The outline as Xã Cẩm Giang in Hải Phòng (seed 002) reads it: its placeholders for the unit's and the province's level filled. */
const asCamGiang = (o: OutlineTemplate): OutlineTemplate => JSON.parse(JSON.stringify(o).replaceAll("{cap_don_vi}", "xã").replaceAll("{cap_tinh}", "thành phố")) as OutlineTemplate;
const inspection = asCamGiang(load("de-cuong-kiem-tra-2025"));
const nodes = walkOutline(inspection);
const node = (key: string) => nodes.find((n) => n.node.key === key)!;

/** A node as the printed outline shows it: "1. Công tác chỉ đạo điều hành", "+ Tổng số …: … nhiệm vụ." */
const printed = (n: OutlineNode) => (/^[IVX\d]+$/.test(n.number ?? "") ? `${n.number}. ${n.text}` : `${n.number} ${n.text}`);

const FIVE = ["VHXH", "KT", "VP", "TTPVHCC", "TTVH"];

describe("the built-in outlines", () => {
  it("both parse against the Phụ lục 3 catalogue they are filled from", () => {
    for (const id of BUILTIN_OUTLINES) expect(load(id).id).toBe(id);
  });

  it("restore every heading and item of the 2025 inspection outline, in order, with its wording and diacritics", () => {
    const lines = nodes.flatMap(({ node: n }) => [printed(n), ...(n.note ? [n.note] : [])]);
    lines.push(inspection.document.windowNote!.replace("{tu_ngay}", "01/07/2025"));
    expect(lines).toEqual(fixture("de-cuong-2025-lines.txt"));
  });

  it("assign each part to the department the letter names, and sections III–V to all five jointly, without evidence", () => {
    const assigned: [string, string, string[]][] = [
      ["I.1", "Văn phòng HĐND-UBND xã chủ trì, phối hợp với các phòng, Trung tâm Phục vụ hành chính công báo cáo", ["VP"]],
      ["I.2", "Trung tâm Văn hóa - Thể thao và Truyền thông chủ trì, phối hợp với các phòng, đơn vị báo cáo", ["TTVH"]],
      ["I.3", "Văn phòng HĐND-UBND xã báo cáo", ["VP"]],
      ["II.1", "Văn phòng HĐND-UBND xã báo cáo", ["VP"]],
      ["II.2", "Trung tâm Phục vụ hành chính công xã báo cáo", ["TTPVHCC"]],
      ["II.3", "Phòng Văn hóa - Xã hội báo cáo", ["VHXH"]],
      ["II.4", "Phòng Văn hóa - Xã hội báo cáo", ["VHXH"]],
      ["II.5", "Phòng Kinh tế báo cáo", ["KT"]],
      ["II.6", "Phòng Văn hóa - Xã hội chủ trì, phối hợp với Trung tâm Phục vụ hành chính công báo cáo", ["VHXH"]],
    ];
    for (const [key, lead, departments] of assigned) {
      const { node: n, path: p } = node(key);
      expect(n.lead).toBe(lead);
      expect(departmentsOf(n, p, inspection)).toEqual(departments);
      for (const d of nodes.filter((x) => x.node.key.startsWith(`${key}.`))) expect(departmentsOf(d.node, d.path, inspection)).toEqual(departments);
    }
    for (const key of ["III", "IV", "V"]) {
      const { node: n } = node(key);
      expect(n.lead).toMatch(/^Giao Phòng Văn hóa - Xã hội; Phòng Kinh tế; Văn phòng HĐND-UBND xã; Trung tâm Phục vụ hành chính công; Trung tâm Văn hóa - Thể thao và Truyền thông xã: /);
      for (const d of nodes.filter((x) => x.node.key === key || x.node.key.startsWith(`${key}.`))) {
        expect(departmentsOf(d.node, d.path, inspection)).toEqual(FIVE);
        expect(expectsEvidence(d.node, d.path)).toBe(false);
      }
    }
    expect(inspection.defaultPeriod).toBe("2025-07-01..2025-10-09");
  });

  it("fill each part's numeric items from the Phụ lục 3 codes the outline names", () => {
    const known = indicatorsOf(catalogue).map((i) => i.code);
    const expand = (code: string) => (code.endsWith(".*") ? known.filter((k) => k.startsWith(code.slice(0, -1))) : [code]);
    for (const line of fixture("de-cuong-2025-codes.txt")) {
      const [part, codes] = line.split(": ");
      const expected = codes!.split(" ").flatMap(expand);
      const used = nodes
        .filter((n) => n.node.key === part || n.node.key.startsWith(`${part}.`))
        .flatMap((n) => figureExpressionsOf(n.node))
        .flatMap((e) => formulaCodes(parseFormula(e)!));
      expect(new Set(used), part).toEqual(new Set(expected));
    }
  });

  it("ask for a written text on every item without figures, and on the items whose figures are quoted beside the wording", () => {
    const narrative = nodes.filter((n) => takesNarrative(n.node)).map((n) => n.node.key);
    expect(narrative).toContain("I.1.1");
    expect(narrative).toContain("II.5.6");
    expect(narrative).toContain("I.3.3");
    expect(narrative).toContain("IV.7");
    expect(narrative).not.toContain("I.1.3.1");
    expect(narrative).not.toContain("II.2.1");
    expect(narrative).not.toContain("II.6.b");
    expect(narrative).toHaveLength(45);
  });

  it("give the annual report the parts of seed 000 §1a, for annual windows, with Phụ lục 3 appended", () => {
    const annual = load("bao-cao-nam");
    expect(annual.periods).toEqual(["Y"]);
    expect(annual.document.appendPhuLuc3).toBe(true);
    expect(annual.sections.map((s) => s.text)).toEqual([
      "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH",
      "KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM {nam}",
      "ĐÁNH GIÁ CHUNG",
      "PHƯƠNG HƯỚNG, NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM {nam_sau}",
      "ĐỀ XUẤT, KIẾN NGHỊ",
    ]);
    expect(annual.sections[1]!.children!.map((c) => c.text)).toEqual([
      "Cải cách thể chế",
      "Cải cách thủ tục hành chính",
      "Cải cách tổ chức bộ máy hành chính",
      "Cải cách chế độ công vụ",
      "Cải cách tài chính công",
      "Xây dựng và phát triển Chính quyền điện tử, Chính quyền số",
    ]);
  });
});
