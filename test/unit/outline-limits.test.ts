/**
 * An outline template loaded from a user's JSON holds its names and wordings
 * to what the department package takes: a longer one is refused on load,
 * naming the item, rather than producing packages the department refuses.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { defaultCatalogue } from "../../core/indicators/catalogue";
import { FIELD_LIMITS } from "../../core/field-limits";
import { builtinOutlineFile, readOutlineFile, type OutlineNode } from "../../core/outline/template";
import { useTempDir } from "../helpers";

const tempDir = useTempDir("cchc-de-cuong-");
const catalogue = defaultCatalogue();

/** The built-in inspection outline, changed by `edit`, written to a user's file and loaded from it. */
function loadEdited(edit: (json: { name: string; sections: OutlineNode[] }) => void) {
  const json = JSON.parse(readFileSync(builtinOutlineFile("de-cuong-kiem-tra-2025"), "utf8"));
  edit(json);
  const file = path.join(tempDir(), "de-cuong-tinh.json");
  writeFileSync(file, JSON.stringify(json));
  return () => readOutlineFile(file, catalogue);
}

describe("an outline template's limits", () => {
  it("takes an item's wording of exactly the package's limit", () => {
    const load = loadEdited((o) => (o.sections[0]!.children![0]!.text = "t".repeat(FIELD_LIMITS.summary)));
    expect(load().sections[0]!.children![0]!.text).toHaveLength(FIELD_LIMITS.summary);
  });

  it("refuses an item's wording one character longer, naming the file and the item", () => {
    const load = loadEdited((o) => (o.sections[0]!.children![0]!.text = "t".repeat(FIELD_LIMITS.summary + 1)));
    expect(load).toThrow(/Tệp đề cương "de-cuong-tinh\.json" không hợp lệ ở mục "I\.1", trường "text": Nội dung của mục dài quá 2\.000 ký tự/);
  });

  it("refuses an outline name longer than the package takes", () => {
    const load = loadEdited((o) => (o.name = "Đ".repeat(FIELD_LIMITS.line + 1)));
    expect(load).toThrow(/không hợp lệ ở trường "name": Tên đề cương dài quá 300 ký tự/);
  });

  it("refuses an item key longer than the package takes", () => {
    const load = loadEdited((o) => (o.sections[0]!.children![0]!.key = `I.${"1".repeat(100)}`));
    expect(load).toThrow(/trường "key": Khóa của mục dài quá 80 ký tự/);
  });
});
