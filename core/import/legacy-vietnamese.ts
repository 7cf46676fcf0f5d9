/**
 * Vietnamese text in the legacy 8-bit encodings TCVN3 (ABC) and VNI-Windows,
 * as it reaches us: each legacy byte held as the character Windows-1252 (or
 * Latin-1) gives it — "Hé tÞch" is TCVN3 for "Hộ tịch", "Hoä tòch" is VNI.
 * Tables and their sources: ./legacy-tables.ts.
 */
import { CP1252_C1, TCVN3_OTHERS, TCVN3_VOWELS, TONE_MARKS, VNI_BREVE, VNI_CIRCUMFLEX, VNI_SINGLE, VNI_TONE } from "./legacy-tables";

export type LegacyEncoding = "tcvn3" | "vni";

interface Codec {
  /** Unicode letter (NFC) → its legacy characters. */
  encode: Map<string, string>;
  /** Legacy characters (one or two) → Unicode letter. */
  decode: Map<string, string>;
  /** Characters that mark a word as written in this encoding. */
  legacyChars: Set<string>;
}

const chr = (byte: number) => String.fromCharCode(byte);
const withTone = (letter: string, tone: number) => (letter + TONE_MARKS[tone]).normalize("NFC");

function tcvn3Codec(): Codec {
  const encode = new Map<string, string>();
  const decode = new Map<string, string>();
  for (const [vowel, codes] of Object.entries(TCVN3_VOWELS)) {
    codes.forEach((code, tone) => {
      if (code < 0x80) return; // plain a e i o u y
      const letter = withTone(vowel, tone);
      encode.set(letter, chr(code));
      encode.set(letter.toUpperCase(), chr(code)); // no capital code: written as the lowercase one
      decode.set(chr(code), letter);
    });
  }
  for (const [letter, code] of Object.entries(TCVN3_OTHERS)) {
    encode.set(letter, chr(code));
    decode.set(chr(code), letter);
  }
  return { encode, decode, legacyChars: new Set(decode.keys()) };
}

function vniCodec(): Codec {
  const encode = new Map<string, string>();
  // Capital forms are the capital base plus the capital mark, i.e. code − 0x20 for these Latin-1 letters.
  const add = (letter: string, legacy: string) => {
    encode.set(letter, legacy);
    encode.set(letter.toUpperCase(), legacy.toUpperCase());
  };
  for (let tone = 0; tone < TONE_MARKS.length; tone++) {
    if (tone > 0) {
      for (const base of ["a", "e", "o", "u", "y"]) add(withTone(base, tone), base + chr(VNI_TONE[tone]!));
      add(withTone("ơ", tone), chr(VNI_SINGLE["ơ"]!) + chr(VNI_TONE[tone]!));
      add(withTone("ư", tone), chr(VNI_SINGLE["ư"]!) + chr(VNI_TONE[tone]!));
    }
    for (const base of ["a", "e", "o"]) add(withTone(base + "\u0302", tone), base + chr(VNI_CIRCUMFLEX[tone]!));
    add(withTone("ă", tone), "a" + chr(VNI_BREVE[tone]!));
  }
  // After the loop: ỵ is a single byte, not "y" + the nặng byte.
  for (const [letter, code] of Object.entries(VNI_SINGLE)) add(letter, chr(code));

  const decode = new Map<string, string>();
  const legacyChars = new Set<string>();
  for (const [letter, legacy] of encode) {
    if (letter === legacy) continue; // í ì are their own code
    decode.set(legacy, letter);
    for (const c of legacy) if (c > "\x7f") legacyChars.add(c);
  }
  // Excel's PROPER() and hand edits leave a capital base before a lowercase mark ("Aùnh" for "Ánh").
  for (const [letter, legacy] of encode) {
    const [base, mark] = legacy;
    if (mark !== undefined && letter !== letter.toLowerCase() && !decode.has(base + mark.toLowerCase())) {
      decode.set(base + mark.toLowerCase(), letter);
    }
  }
  return { encode, decode, legacyChars };
}

const CODECS: Record<LegacyEncoding, Codec> = { tcvn3: tcvn3Codec(), vni: vniCodec() };

/** The text converted to Unicode NFC. */
export function legacyToUnicode(text: string, encoding: LegacyEncoding): string {
  const { decode } = CODECS[encoding];
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const pair = decode.get(text.slice(i, i + 2));
    if (pair !== undefined) {
      out += pair;
      i++;
      continue;
    }
    const c = text[i]!;
    out += decode.get(c) ?? CP1252_C1[c.charCodeAt(0)] ?? c;
  }
  return out.normalize("NFC");
}

/**
 * Encode Unicode Vietnamese into the legacy encoding as a cp1252-rendered
 * string (used by tests and fixtures). TCVN3 keeps only the capitals
 * Ă Â Ê Ô Ơ Ư Đ and the unaccented ones; other capitals with diacritics
 * come back lowercase.
 */
export function unicodeToLegacy(text: string, encoding: LegacyEncoding): string {
  const { encode } = CODECS[encoding];
  let out = "";
  for (const c of text.normalize("NFC")) out += encode.get(c) ?? c;
  return out;
}

// ── Detection ─────────────────────────────────────────────────────────

const UNICODE_VIETNAMESE = /[ĂăĐđĨĩŨũƠơƯư\u1EA0-\u1EF9]/;
const NON_ASCII = /[^\x00-\x7f]/;
/** Between words: spaces, digits, ASCII and general punctuation, C1 controls. None is a legacy letter. */
const SEPARATORS = /[\s0-9!-/:-@[-`{-~\u0080-\u009f\u2000-\u206f]+/;
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;
/** One written Vietnamese syllable without its tone mark (final k: Đắk Lắk and other highland names). */
const SYLLABLE = new RegExp(
  "^(?:ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdđghklmnprstvx])?" +
    "(?:(?:a|ă|â|e|ê|i|o|ô|ơ|u|ư|y|oa|oă|oe|oo|uâ|uê|uô|ươ|uy|iê|yê|uyê)(?:(?<stop>ch|c|k|p|t)|ng|nh|m|n)?" +
    "|ai|ao|au|ay|âu|ây|eo|êu|ia|iu|iêu|yêu|oai|oay|oao|oeo|ua|uây|ui|uôi|uơ|ưa|ưi|ưu|ươi|ươu|uya|uyu|oi|ôi|ơi)$",
);

/** Whether a word is one Vietnamese syllable: a known spelling, at most one tone, and only sắc or nặng before c ch k p t. */
export function isVietnameseSyllable(word: string): boolean {
  const decomposed = word.toLowerCase().normalize("NFD");
  const tones = decomposed.match(TONES) ?? [];
  if (tones.length > 1) return false;
  const match = SYLLABLE.exec(decomposed.replace(TONES, "").normalize("NFC"));
  if (!match) return false;
  return match.groups?.stop === undefined || tones[0] === "\u0301" || tones[0] === "\u0323";
}

interface Reading {
  /** Words with a non-ASCII character. */
  words: number;
  /** … that are already Vietnamese syllables as they stand. */
  validAsIs: number;
  /** … that the conversion changes into Vietnamese syllables. */
  validConverted: number;
  /** Share of the non-space characters (in samples with non-ASCII text) that are legacy characters. */
  legacyShare: number;
}

function read(samples: string[], encoding: LegacyEncoding): Reading {
  const { legacyChars } = CODECS[encoding];
  let words = 0;
  let validAsIs = 0;
  let validConverted = 0;
  let chars = 0;
  let legacy = 0;
  for (const sample of samples) {
    if (!NON_ASCII.test(sample)) continue;
    for (const c of sample) {
      if (/\s/.test(c)) continue;
      chars++;
      if (legacyChars.has(c)) legacy++;
    }
    for (const word of sample.split(SEPARATORS)) {
      if (!NON_ASCII.test(word)) continue;
      words++;
      if (isVietnameseSyllable(word)) validAsIs++;
      const converted = legacyToUnicode(word, encoding);
      if (converted !== word && isVietnameseSyllable(converted)) validConverted++;
    }
  }
  return { words, validAsIs, validConverted, legacyShare: chars === 0 ? 0 : legacy / chars };
}

/**
 * Which legacy encoding a sample of cell texts is in, or null when it reads
 * as ordinary Unicode (or plain ASCII).
 *
 * Conservative: any real Vietnamese letter (ă đ ơ ư ĩ ũ, U+1EA0–U+1EF9)
 * means Unicode. Otherwise, among the words with non-ASCII characters, the
 * conversion must turn at least 2 and at least 80% into Vietnamese syllables,
 * clearly more than already read as Vietnamese unconverted (Unicode
 * "Công" would also convert to TCVN3 "cụng"), and legacy characters must be
 * at least 2% of the text.
 */
export function detectLegacyEncoding(samples: string[]): LegacyEncoding | null {
  const texts = samples.map((s) => s.normalize("NFC"));
  if (texts.some((s) => UNICODE_VIETNAMESE.test(s))) return null;
  const convincing = (["tcvn3", "vni"] as const).flatMap((encoding) => {
    const r = read(texts, encoding);
    const margin = r.validConverted - r.validAsIs;
    const ok = r.validConverted >= 2 && r.validConverted >= 0.8 * r.words && margin >= 0.3 * r.words && r.legacyShare >= 0.02;
    return ok ? [{ encoding, margin }] : [];
  });
  convincing.sort((a, b) => b.margin - a.margin);
  const [first, second] = convincing;
  if (!first || second?.margin === first.margin) return null;
  return first.encoding;
}
