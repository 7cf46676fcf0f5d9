/**
 * The longest text, in characters, each kind of field may hold. One limit per
 * field, shared by the screens (an input's maxLength), the API contract, the
 * imports (a longer cell rejects its row) and the department package, so that
 * what one of them takes the others take too.
 */
import { formatFigure } from "./indicators/format";

export const FIELD_LIMITS = {
  /** A department's code: "VHXH". */
  departmentCode: 20,
  /** An outline item's key: "I.1.1", "III.2.a". */
  itemKey: 80,
  /** A code or a number-symbol, a few words at most: "623/UBND-VHXH", a dossier's code, a document's kind. */
  code: 60,
  /** A person's or a place's name: "Nguyễn Văn An", "Cẩm Giang". */
  personName: 120,
  /** A name: of a unit, a department, a field, an issuer, a position, a channel. */
  name: 200,
  /** A line: an address, a document cited, a source. */
  line: 300,
  /** A title or a list: a procedure's name, the document a task comes from, the units coordinating. */
  title: 500,
  /** A note, a reason, a task. */
  note: 1000,
  /** A summary (trích yếu), the content of a petition, a result. */
  summary: 2000,
  /** A long narrative: what a citizen's feedback says. */
  narrative: 4000,
  /** The body of an outline item: pages of text. */
  body: 100_000,
} as const;

/** "Trích yếu dài quá 2.000 ký tự": how every check words a text over its limit. */
export const tooLong = (what: string, limit: number) => `${what} dài quá ${formatFigure(limit, "")} ký tự`;
