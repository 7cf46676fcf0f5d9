import { describe, expect, it } from "vitest";
import { escapeHtml, printHtml, printedDate } from "../../renderer/src/print/printDocument";
import { shortcutOf, type KeyPress } from "../../renderer/src/shortcuts/keys";

const press = (key: string, more: Partial<KeyPress> = {}): KeyPress => ({ key, code: "", altKey: false, ctrlKey: false, metaKey: false, shiftKey: false, ...more });

describe("keyboard shortcuts", () => {
  it("Alt+1 … Alt+9 go to the sections in menu order, by the physical key", () => {
    expect(shortcutOf(press("2", { code: "Digit2", altKey: true }), false)).toEqual({ kind: "section", section: "ho-so" });
    expect(shortcutOf(press("¡", { code: "Digit9", altKey: true }), true)).toEqual({ kind: "section", section: "cai-dat" });
    expect(shortcutOf(press("0", { code: "Digit0", altKey: true }), false)).toBeNull();
  });

  it("F1, Ctrl+P and Ctrl+F work in a text field too", () => {
    expect(shortcutOf(press("F1"), true)).toEqual({ kind: "help" });
    expect(shortcutOf(press("p", { ctrlKey: true }), true)).toEqual({ kind: "print" });
    expect(shortcutOf(press("F", { ctrlKey: true }), true)).toEqual({ kind: "search" });
    expect(shortcutOf(press("p", { ctrlKey: true, shiftKey: true }), false)).toBeNull();
  });

  it("? and / are shortcuts only outside text fields", () => {
    expect(shortcutOf(press("?", { shiftKey: true }), false)).toEqual({ kind: "list" });
    expect(shortcutOf(press("/"), false)).toEqual({ kind: "search" });
    expect(shortcutOf(press("?", { shiftKey: true }), true)).toBeNull();
    expect(shortcutOf(press("/"), true)).toBeNull();
    expect(shortcutOf(press("a"), false)).toBeNull();
  });
});

describe("the print document of a list", () => {
  const columns = [
    { title: "Tên", value: (r: { name: string; n: number | null }) => r.name },
    { title: "Số", value: (r: { name: string; n: number | null }) => r.n, align: "right" as const },
  ];

  it("escapes what records hold, so none of it is read as HTML", () => {
    expect(escapeHtml(`<img src=x onerror="a()">&'`)).toBe("&lt;img src=x onerror=&quot;a()&quot;&gt;&amp;&#39;");
    const html = printHtml({ title: "Sổ <b>", columns, rows: [{ name: "<script>alert(1)</script>", n: 1 }] }, "Xã <A>", new Date(2026, 0, 5));
    expect(html).not.toContain("<script>alert");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("Xã &lt;A&gt;");
  });

  it("numbers rows, writes numbers the Vietnamese way, a dash for no value, the day printed, the header on every page", () => {
    const html = printHtml(
      {
        title: "Sổ",
        subtitle: "Năm 2026",
        columns,
        rows: [
          { name: "A", n: 1234.5 },
          { name: "B", n: null },
        ],
      },
      "Xã Cẩm Giang",
      new Date(2026, 0, 5),
    );
    expect(html).toContain('<td class="right">1.234,5</td>');
    expect(html).toContain('<td class="right">–</td>');
    expect(html).toContain("In ngày 05/01/2026");
    expect(html).toContain("thead { display: table-header-group; }");
    expect(html).toContain("size: A4 portrait");
    expect(html).toContain("Năm 2026");
  });

  it("turns the page sideways for a list with many columns", () => {
    const many = Array.from({ length: 8 }, (_, i) => ({ title: `C${i}`, value: () => i }));
    expect(printHtml({ title: "Sổ", columns: many, rows: [] }, "Xã", new Date())).toContain("size: A4 landscape");
  });

  it("writes the day dd/MM/yyyy", () => expect(printedDate(new Date(2027, 2, 9))).toBe("09/03/2027"));
});
