/**
 * The floors of bench/import.ts, each run alone in a plain `node` process
 * (no tsx, nothing of the app loaded): read the first sheet of an .xlsx and
 * hand over every row's cell values, then print the row count.
 *
 *   node bench/import-floors.mjs exceljs|saxes|scan <file.xlsx>
 *
 * exceljs: its streaming reader, as the import uses it.
 * saxes:   unzip with node:zlib, then the SAX parser exceljs itself uses.
 * scan:    unzip with node:zlib, then a minimal hand-written scanner.
 * Inline strings and numbers only, as in the one-stop export the bench writes
 * (saxes and scan read no shared strings nor styles: they are floors).
 */
import { readFile } from "node:fs/promises";
import { createInflateRaw } from "node:zlib";

const [job, file] = process.argv.slice(2);

/** The first worksheet's part, inflated as a stream of decoded text chunks. */
async function* sheetText(path) {
  const bytes = await readFile(path);
  let end = bytes.length - 22;
  while (bytes.readUInt32LE(end) !== 0x06054b50) end--;
  let at = bytes.readUInt32LE(end + 16);
  for (let i = 0; i < bytes.readUInt16LE(end + 10); i++) {
    const nameLength = bytes.readUInt16LE(at + 28);
    const name = bytes.toString("utf8", at + 46, at + 46 + nameLength);
    if (name.startsWith("xl/worksheets/sheet")) {
      const local = bytes.readUInt32LE(at + 42);
      const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
      const inflater = createInflateRaw({ chunkSize: 256 * 1024 });
      inflater.end(bytes.subarray(start, start + bytes.readUInt32LE(at + 20)));
      const decoder = new TextDecoder();
      for await (const chunk of inflater) yield decoder.decode(chunk, { stream: true });
      return;
    }
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
}

const ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const unescape = (s) => (s.includes("&") ? s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e) => ENTITIES[e]) : s);
const columnOf = (ref) => {
  let n = 0;
  for (let i = 0; i < ref.length && ref.charCodeAt(i) >= 65; i++) n = n * 26 + ref.charCodeAt(i) - 64;
  return n - 1;
};

async function readExceljs() {
  const { default: ExcelJS } = await import("exceljs");
  let n = 0;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { sharedStrings: "cache", styles: "cache", hyperlinks: "ignore", worksheets: "emit", entries: "ignore" });
  for await (const sheet of reader) {
    for await (const row of sheet) if (row.values.length > 0) n++;
    break;
  }
  return n;
}

async function readSaxes() {
  const { SaxesParser } = await import("saxes");
  const parser = new SaxesParser();
  let n = 0;
  let cells = [];
  let column = 0;
  let type = "";
  let text = null;
  parser.on("opentag", (tag) => {
    if (tag.name === "row") cells = [];
    else if (tag.name === "c") {
      column = columnOf(tag.attributes.r ?? "");
      type = tag.attributes.t ?? "";
    } else if (tag.name === "v" || tag.name === "t") text = "";
  });
  parser.on("text", (t) => {
    if (text !== null) text += t;
  });
  parser.on("closetag", (tag) => {
    if (tag.name === "v" || tag.name === "t") {
      cells[column] = type === "inlineStr" || type === "str" ? text : Number(text);
      text = null;
    } else if (tag.name === "row" && cells.length > 0) n++;
  });
  for await (const chunk of sheetText(file)) parser.write(chunk);
  parser.close();
  return n;
}

async function readScan() {
  let n = 0;
  let carry = "";
  for await (const chunk of sheetText(file)) {
    const text = carry + chunk;
    let i = 0;
    for (let close = text.indexOf("</row>", i); close !== -1; close = text.indexOf("</row>", i)) {
      const cells = [];
      for (let c = text.indexOf("<c ", i); c !== -1 && c < close; c = text.indexOf("<c ", c + 1)) {
        const tagEnd = text.indexOf(">", c);
        const tag = text.slice(c, tagEnd);
        const r = tag.indexOf(' r="');
        const column = r === -1 ? cells.length : columnOf(tag.slice(r + 4, tag.indexOf('"', r + 4)));
        if (text[tagEnd - 1] === "/") continue;
        const end = text.indexOf("</c>", tagEnd);
        const open = text.indexOf(">", text.indexOf("<", tag.includes('t="inlineStr"') ? text.indexOf("<t", tagEnd) : tagEnd + 1));
        const value = unescape(text.slice(open + 1, text.indexOf("<", open + 1)));
        cells[column] = tag.includes(' t="') ? value : Number(value);
        c = end;
      }
      if (cells.length > 0) n++;
      i = close + 6;
    }
    carry = text.slice(i);
  }
  return n;
}

const read = { exceljs: readExceljs, saxes: readSaxes, scan: readScan }[job];
if (!read) throw new Error(`job: exceljs | saxes | scan, not ${job}`);
process.stdout.write(`${await read()}\n`);
