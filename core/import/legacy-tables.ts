/**
 * Byte codes of the two legacy Vietnamese encodings still found in commune
 * office exports. Codes are bytes; a cell holds each byte as the character
 * Windows-1252 gives it (every Vietnamese code here is ≥ 0xA1, where
 * Windows-1252 and Latin-1 agree: byte 0xB8 is "¸").
 *
 * Cross-checked against three published tables, which agree on every code below:
 * - lamdao/xvnkb tcvn.h and vni.h (Dao Hai Lam's xvnkb keyboard; its tcvn.h
 *   is the full VN1 table, whose 0xA1–0xFE codes for these letters are VN3's);
 * - duydev/vietnamese-conversion src/charsets.ts (TCVN3 and VNI columns);
 * - cmpitg/bogoengine src/charset.hpp (utf8ToTCVN3, numeric, capitals with
 *   tones sent to the lowercase codes as here).
 */

/** Unicode tone marks, in the order the rows below list tones. */
export const TONE_MARKS = ["", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"] as const; // –, huyền, hỏi, ngã, sắc, nặng

/**
 * TCVN 5712:1993 VN3 (TCVN3, "ABC", fonts .VnTime/.VnArial): one byte per
 * lowercase letter. VN3 has no capitals with tones — text in capitals was
 * typed with these same codes in the capital fonts (.VnTimeH) — so those
 * read back as lowercase.
 */
export const TCVN3_VOWELS: Readonly<Record<string, readonly number[]>> = {
  a: [0x61, 0xb5, 0xb6, 0xb7, 0xb8, 0xb9],
  ă: [0xa8, 0xbb, 0xbc, 0xbd, 0xbe, 0xc6],
  â: [0xa9, 0xc7, 0xc8, 0xc9, 0xca, 0xcb],
  e: [0x65, 0xcc, 0xce, 0xcf, 0xd0, 0xd1],
  ê: [0xaa, 0xd2, 0xd3, 0xd4, 0xd5, 0xd6],
  i: [0x69, 0xd7, 0xd8, 0xdc, 0xdd, 0xde],
  o: [0x6f, 0xdf, 0xe1, 0xe2, 0xe3, 0xe4],
  ô: [0xab, 0xe5, 0xe6, 0xe7, 0xe8, 0xe9],
  ơ: [0xac, 0xea, 0xeb, 0xec, 0xed, 0xee],
  u: [0x75, 0xef, 0xf1, 0xf2, 0xf3, 0xf4],
  ư: [0xad, 0xf5, 0xf6, 0xf7, 0xf8, 0xf9],
  y: [0x79, 0xfa, 0xfb, 0xfc, 0xfd, 0xfe],
};

/** The only capitals VN3 has, and đ. */
export const TCVN3_OTHERS: Readonly<Record<string, number>> = {
  đ: 0xae,
  Ă: 0xa1,
  Â: 0xa2,
  Ê: 0xa3,
  Ô: 0xa4,
  Ơ: 0xa5,
  Ư: 0xa6,
  Đ: 0xa7,
};

/*
 * VNI-Windows (fonts VNI-Times …): a plain base letter followed by one mark
 * byte, except the letters listed in VNI_SINGLE. Lowercase codes; every
 * capital form is the same code − 0x20 after a capital base ("AÙ" = Á).
 */

/** Tone alone, after a e o u y ơ ư: ø û õ ù ï. */
export const VNI_TONE = [0, 0xf8, 0xfb, 0xf5, 0xf9, 0xef] as const;
/** Circumflex with each tone, after a e o: â à å ã á ä. */
export const VNI_CIRCUMFLEX = [0xe2, 0xe0, 0xe5, 0xe3, 0xe1, 0xe4] as const;
/** Breve with each tone, after a: ê è ú ü é ë. */
export const VNI_BREVE = [0xea, 0xe8, 0xfa, 0xfc, 0xe9, 0xeb] as const;

/** Letters that are one byte of their own (they can still take a VNI_TONE byte where noted). */
export const VNI_SINGLE: Readonly<Record<string, number>> = {
  đ: 0xf1, // ñ
  ơ: 0xf4, // ô, + tone byte
  ư: 0xf6, // ö, + tone byte
  ì: 0xec,
  ỉ: 0xe6, // æ
  ĩ: 0xf3, // ó
  í: 0xed,
  ị: 0xf2, // ò
  ỵ: 0xee, // î (the other y tones are "y" + tone byte)
};

/**
 * Windows-1252 characters for bytes 0x80–0x9F (Unicode's CP1252.TXT), for
 * text that went through a Latin-1 decoder and holds U+0080–U+009F instead.
 * No Vietnamese letter lives there in either encoding, only punctuation.
 */
export const CP1252_C1: Readonly<Record<number, string>> = {
  0x80: "\u20ac",
  0x82: "\u201a",
  0x83: "\u0192",
  0x84: "\u201e",
  0x85: "\u2026",
  0x86: "\u2020",
  0x87: "\u2021",
  0x88: "\u02c6",
  0x89: "\u2030",
  0x8a: "\u0160",
  0x8b: "\u2039",
  0x8c: "\u0152",
  0x8e: "\u017d",
  0x91: "\u2018",
  0x92: "\u2019",
  0x93: "\u201c",
  0x94: "\u201d",
  0x95: "\u2022",
  0x96: "\u2013",
  0x97: "\u2014",
  0x98: "\u02dc",
  0x99: "\u2122",
  0x9a: "\u0161",
  0x9b: "\u203a",
  0x9c: "\u0153",
  0x9e: "\u017e",
  0x9f: "\u0178",
};
