/**
 * The words of a label as the matcher compares them: the abbreviations
 * provinces write ("VB QPPL", "TTHC", "PAKN", "CBCC", "ĐVSN") and their long
 * forms read as one word, and the words that carry no meaning in an
 * indicator's name ("số", "của", "được", "xã") left out.
 */

/** Long form (folded) → the one word it is read as; longest first, so "cán bộ, công chức, viên chức" wins over "cán bộ, công chức". */
const PHRASES: [string, string][] = (
  [
    ["van ban quy pham phap luat", "vbqppl"],
    ["van ban qppl", "vbqppl"],
    ["vb qppl", "vbqppl"],
    ["vbqppl", "vbqppl"],
    ["qppl", "vbqppl"],
    ["thu tuc hanh chinh", "tthc"],
    ["phan anh kien nghi", "pakn"],
    ["phan anh va kien nghi", "pakn"],
    ["can bo cong chuc vien chuc", "cbccvc"],
    ["can bo cong chuc", "cbcc"],
    ["cong chuc", "cbcc"],
    ["cai cach hanh chinh", "cchc"],
    ["uy ban nhan dan", "ubnd"],
    ["hoi dong nhan dan", "hdnd"],
    ["cong dich vu cong quoc gia", "dvcqg"],
    ["cong dvc quoc gia", "dvcqg"],
    ["cong dvcqg", "dvcqg"],
    ["dich vu cong", "dvc"],
    ["don vi su nghiep cong lap", "dvsn"],
    ["dvsn cong lap", "dvsn"],
    ["don vi su nghiep", "dvsn"],
    ["dvsncl", "dvsn"],
    ["khieu nai to cao", "kntc"],
    ["buu chinh cong ich", "bcci"],
    ["dich vu buu chinh", "bcci"],
    ["buu chinh", "bcci"],
    ["ngan sach nha nuoc", "nha nuoc"],
    ["nsnn", "nha nuoc"],
    ["nsdp", "ngan sach dia phuong"],
    ["ly luan chinh tri", "llct"],
    ["trung tam phuc vu hanh chinh cong", "ttpvhcc"],
    ["chuyen doi so", "chinh quyen so"],
    ["ti le", "ty le"],
    // What a one-stop office says of a dossier, and what Phụ lục 3 says: "trả kết quả" is "giải quyết", "đơn thư" is "đơn".
    ["da tra ket qua", "da giai quyet"],
    ["tra ket qua", "giai quyet"],
    ["co ket qua", "giai quyet"],
    ["xu ly ky luat", "ky luat"],
    ["dang xu ly", "dang giai quyet"],
    ["hien co", "co mat"],
    ["tre han", "qua han"],
    ["chua den han", "trong han"],
    ["chua qua han", "trong han"],
    ["con han", "trong han"],
    ["don thu", "don kntc"],
    ["tu chu", "tu bao dam"],
    // "số" is a stop word, but not in "số hóa", "ký số".
    ["so hoa", "sohoa"],
    ["ky so", "kyso"],
    ["kien nghi phan anh", "pakn"],
    ["tong so", "tong"],
    ["hs", "ho so"],
    ["nv", "nhiem vu"],
  ] as [string, string][]
).sort((a, b) => b[0].length - a[0].length);

/** Words that say nothing about which indicator a row is. */
const STOP_WORDS = new Set(["so", "cua", "duoc", "do", "ve", "cac", "nhung", "la", "va", "hoac", "voi", "xa", "phuong", "cap"]);
const STOP_PHRASES = ["trong ky bao cao", "ky bao cao", "trong ky", "tren dia ban", "thi tran"];

const PHRASE_PATTERN = new RegExp(`(?<= |^)(?:${PHRASES.map(([p]) => p).join("|")})(?= |$)`, "g");
const SHORT_OF = new Map(PHRASES);

/** Words that say where a thing stands: "đã" (done), "đang" (under way), "chưa", "không" (not). */
const STATUS_WORDS = new Set(["da", "dang", "chua", "khong"]);

/** A report's words as they are meant: with no word of where a thing stands, "giải quyết", "hoàn thành" mean done ("đã"); "đang" and "chưa" are always written. */
export const withImpliedStatus = (words: string[]): string[] => (words.some((w) => STATUS_WORDS.has(w)) ? words : [...words, "da"]);
const NEGATIONS = new Set(["chua", "khong"]);

/**
 * Whether two labels' words say opposite things of where a thing stands:
 * "chưa hoàn thành" is not "đã hoàn thành", "đang giải quyết" not "đã giải
 * quyết"; a label that says nothing of it contradicts neither.
 */
export function statusesDiffer(a: string[], b: string[]): boolean {
  const negated = (words: string[]) => words.some((w) => NEGATIONS.has(w));
  if (negated(a) !== negated(b)) return true;
  const statusA = a.filter((w) => STATUS_WORDS.has(w));
  const statusB = b.filter((w) => STATUS_WORDS.has(w));
  return statusA.length > 0 && statusB.length > 0 && !statusA.some((w) => statusB.includes(w));
}

/** A label key ("so van ban qppl do hdnd ubnd xa ban hanh") as its meaningful words (["vbqppl", "hdnd", "ubnd", "ban", "hanh"]). */
export function meaningfulWords(key: string): string[] {
  let text = key.replace(PHRASE_PATTERN, (p) => SHORT_OF.get(p) ?? p);
  for (const phrase of STOP_PHRASES) text = text.replace(new RegExp(`(?<= |^)${phrase}(?= |$)`, "g"), " ");
  return text.split(" ").filter((w) => w && !STOP_WORDS.has(w));
}
