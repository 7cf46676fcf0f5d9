import { describe, expect, it } from "vitest";
import { departmentsForKind, namedSigners, signerRowsToFill } from "../../renderer/src/firstrun/wizardValues";

describe("the first-run set-up's departments and signers", () => {
  it("gives the standard departments of the kind, and on a change of kind renames only those still standard", () => {
    const xa = departmentsForKind([], null, "xa");
    expect(xa.map((d) => d.name)).toContain("Trung tâm Phục vụ hành chính công xã");
    const typed = xa.map((d) => (d.code === "VP" ? { ...d, name: "Văn phòng UBND", headName: "Nguyễn Thị Lan" } : d.code === "KT" ? { ...d, headName: "Phạm Văn Hải" } : d));
    const ward = departmentsForKind(typed, "xa", "phuong");
    expect(ward.find((d) => d.code === "VP")).toMatchObject({ name: "Văn phòng UBND", headName: "Nguyễn Thị Lan" });
    expect(ward.find((d) => d.code === "KT")).toMatchObject({ name: "Phòng Kinh tế, Hạ tầng và Đô thị", headName: "Phạm Văn Hải" });
    expect(ward.find((d) => d.code === "TTPVHCC")?.name).toBe("Trung tâm Phục vụ hành chính công phường");
    expect(departmentsForKind(ward, "phuong", "phuong")).toBe(ward);
  });

  it("drops signer rows left without a name and keeps one default", () => {
    expect(namedSigners(signerRowsToFill())).toEqual([]);
    const [chair, vice] = signerRowsToFill();
    expect(
      namedSigners([
        { ...chair!, name: "  " },
        { ...vice!, name: "Đỗ Văn Nam" },
      ]),
    ).toEqual([{ ...vice!, name: "Đỗ Văn Nam", isDefault: true }]);
  });
});
