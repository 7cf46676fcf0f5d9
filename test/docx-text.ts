import { readFileSync } from "node:fs";
import { entryContent, readZip } from "../core/zip";

const decode = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

/** One part of a .docx (a zip), as text. */
export function docxPart(file: string, name: string): string {
  const entry = readZip(readFileSync(file)).find((e) => e.name === name);
  if (!entry) throw new Error(`${name} không có trong ${file}`);
  return entryContent(entry).toString("utf8");
}

/** The text of every paragraph of the body, in order. */
export function paragraphs(file: string): string[] {
  return docxPart(file, "word/document.xml")
    .split("</w:p>")
    .map((p) => decode([...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("")))
    .filter((t) => t.trim() !== "");
}
