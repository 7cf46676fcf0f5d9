import { describe, expect, it } from "vitest";
import { columnName, setCellValues, withFullCalcOnLoad, withoutFormulaResults } from "../../core/forms/sheet-xml";

const sheet = (rows: string, cols = "", prefix = "") =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${prefix}worksheet xmlns${prefix ? `:${prefix.slice(0, -1)}` : ""}="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${cols}<${prefix}sheetData>${rows}</${prefix}sheetData><${prefix}mergeCells count="1"><${prefix}mergeCell ref="A1:E1"/></${prefix}mergeCells></${prefix}worksheet>`;

describe("writing a number into a worksheet's XML", () => {
  it("replaces what a cell held, keeping its style and nothing else of it", () => {
    const xml = sheet(`<row r="5" spans="1:5"><c r="C5" s="2" t="s"><v>7</v></c><c r="D5" s="3" t="s"><v>8</v></c><c r="E5" s="4"/></row>`);
    expect(setCellValues(xml, [{ row: 5, column: 4, value: 1150 }])).toBe(sheet(`<row r="5" spans="1:5"><c r="C5" s="2" t="s"><v>7</v></c><c r="D5" s="3"><v>1150</v></c><c r="E5" s="4"/></row>`));
    expect(setCellValues(xml, [{ row: 5, column: 5, value: 0.9746 }])).toContain(`<c r="E5" s="4"><v>0.9746</v></c></row>`);
  });

  it("adds a missing cell in column order, styled as its column", () => {
    const cols = `<cols><col min="1" max="3" width="9"/><col min="4" max="4" width="14" style="9" customWidth="1"/></cols>`;
    const xml = sheet(`<row r="5"><c r="C5" s="2"/><c r="E5" s="4"/></row>`, cols);
    expect(setCellValues(xml, [{ row: 5, column: 4, value: 12 }])).toBe(sheet(`<row r="5"><c r="C5" s="2"/><c r="D5" s="9"><v>12</v></c><c r="E5" s="4"/></row>`, cols));
  });

  it("takes a row's own style for a new cell when the row has one", () => {
    const xml = sheet(`<row r="5" s="6" customFormat="1"><c r="B5" s="2"/></row>`);
    expect(setCellValues(xml, [{ row: 5, column: 4, value: 3 }])).toContain(`<c r="B5" s="2"/><c r="D5" s="6"><v>3</v></c></row>`);
  });

  it("opens an empty row and adds missing rows in row order", () => {
    const xml = sheet(`<row r="4"><c r="B4"/></row><row r="7" spans="1:5"/><row r="9"><c r="B9"/></row>`);
    const out = setCellValues(xml, [
      { row: 7, column: 4, value: 1 },
      { row: 5, column: 4, value: 2 },
      { row: 12, column: 1, value: 3 },
    ]);
    expect(out).toBe(
      sheet(
        `<row r="4"><c r="B4"/></row><row r="5"><c r="D5"><v>2</v></c></row><row r="7" spans="1:5"><c r="D7"><v>1</v></c></row><row r="9"><c r="B9"/></row><row r="12"><c r="A12"><v>3</v></c></row>`,
      ),
    );
  });

  it("writes with the namespace prefix the sheet uses", () => {
    const xml = sheet(`<x:row r="3"><x:c r="D3" t="inlineStr"><x:is><x:t>…</x:t></x:is></x:c></x:row>`, "", "x:");
    expect(setCellValues(xml, [{ row: 3, column: 4, value: 5 }])).toContain(`<x:row r="3"><x:c r="D3"><x:v>5</x:v></x:c></x:row>`);
  });

  it("refuses a sheet whose cells carry no address, and a number that is not finite", () => {
    expect(() => setCellValues(sheet(`<row><c><v>1</v></c></row>`), [{ row: 1, column: 1, value: 2 }])).toThrow("trang có ô không ghi địa chỉ");
    expect(() => setCellValues(sheet(`<row r="1"/>`), [{ row: 1, column: 2, value: Number.NaN }])).toThrow("giá trị không hợp lệ cho ô B1");
  });
});

describe("asking Excel to recompute on opening", () => {
  it("drops every formula's cached result, plain, shared or prefixed, and nothing else", () => {
    const rows = `<row r="2"><c r="A2"><v>5</v></c><c r="B2" s="3"><f>SUM(A2:A9)</f><v>0</v></c><c r="C2"><f t="shared" ref="C2:C3" si="0">A2*2</f><v>0</v></c></row><row r="3"><c r="C3"><f t="shared" si="0"/><v>0</v></c><c r="D3" t="str"><f>"x"&amp;A2</f><v>x</v></c></row>`;
    expect(withoutFormulaResults(sheet(rows))).toBe(
      sheet(
        `<row r="2"><c r="A2"><v>5</v></c><c r="B2" s="3"><f>SUM(A2:A9)</f></c><c r="C2"><f t="shared" ref="C2:C3" si="0">A2*2</f></c></row><row r="3"><c r="C3"><f t="shared" si="0"/></c><c r="D3" t="str"><f>"x"&amp;A2</f></c></row>`,
      ),
    );
    expect(withoutFormulaResults(sheet(`<x:row r="1"><x:c r="A1"><x:f>1+1</x:f><x:v>2</x:v></x:c></x:row>`, "", "x:"))).toBe(sheet(`<x:row r="1"><x:c r="A1"><x:f>1+1</x:f></x:c></x:row>`, "", "x:"));
  });

  it("sets the flag on the calculation settings, or adds them after the defined names", () => {
    expect(withFullCalcOnLoad(`<workbook><sheets/><calcPr calcId="191029"/></workbook>`)).toBe(`<workbook><sheets/><calcPr calcId="191029" fullCalcOnLoad="1"/></workbook>`);
    expect(withFullCalcOnLoad(`<workbook><sheets><sheet/></sheets><definedNames><definedName/></definedNames></workbook>`)).toBe(
      `<workbook><sheets><sheet/></sheets><definedNames><definedName/></definedNames><calcPr fullCalcOnLoad="1"/></workbook>`,
    );
  });
});

it("names columns as Excel does", () => {
  expect([1, 4, 26, 27, 52, 703].map(columnName)).toEqual(["A", "D", "Z", "AA", "AZ", "AAA"]);
});
