/** Reading start tags of the Office Open XML parts the form filler edits, without an XML parser. */

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" };

const decodeXml = (s: string) =>
  s.replace(/&(lt|gt|quot|apos|amp|#\d+|#x[0-9a-f]+);/gi, (_, e: string) =>
    e[0] !== "#" ? ENTITIES[e.toLowerCase()]! : String.fromCodePoint(e[1]?.toLowerCase() === "x" ? parseInt(e.slice(2), 16) : Number(e.slice(1))),
  );

export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** An attribute's value in a start tag, entities decoded; either quote. */
export function attributeOf(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${escapeRegExp(name)}=(["'])(.*?)\\1`).exec(tag);
  return m ? decodeXml(m[2]!) : undefined;
}

/** The start tags of an element, with any namespace prefix. */
export const startTags = (xml: string, element: string): string[] => [...xml.matchAll(new RegExp(`<(?:\\w+:)?${element}\\b[^>]*>`, "g"))].map((m) => m[0]);
