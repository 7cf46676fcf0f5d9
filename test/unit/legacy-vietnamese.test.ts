import { describe, expect, it } from "vitest";
import { detectLegacyEncoding, isVietnameseSyllable, legacyToUnicode, unicodeToLegacy, type LegacyEncoding } from "../../core/import/legacy-vietnamese";

const TONES = ["", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"];
const VOWELS = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"];
const LETTERS = VOWELS.flatMap((v) => TONES.map((t) => (v + t).normalize("NFC")));

const PHRASES = [
  "Đăng ký khai sinh",
  "Đăng ký kết hôn",
  "Đăng ký khai tử",
  "Chứng thực bản sao từ bản chính giấy tờ, văn bản",
  "Cấp Giấy chứng nhận quyền sử dụng đất",
  "Xác nhận tình trạng hôn nhân",
  "Cấp bản sao trích lục hộ tịch",
  "Thay đổi, cải chính, bổ sung thông tin hộ tịch",
  "Đã trả kết quả",
  "Đang giải quyết",
  "Quá hạn, đúng hạn, trước hạn, chờ bổ sung, từ chối",
  "Trực tuyến",
  "Bưu chính công ích",
  "Nộp trực tiếp tại Bộ phận Một cửa",
  "Lĩnh vực Tư pháp – Hộ tịch; Đất đai; Bảo trợ xã hội; Người có công",
  "Hộ tịch",
  "Nguyễn Thị Hồng Nhung",
  "Trần Thị Bích Ngọc",
  "Phạm Minh Tuấn",
  "Đỗ Thị Hương",
  "Vũ Đức Thắng",
  "Đặng Thùy Dương",
  "Huỳnh Tấn Phát",
  "Ngô Thị Thu Hà",
  "Trương Ngọc Ánh",
  "Khuất Duy Tiến",
  "Ông Ích Khiêm",
  "Ưng Hoàng Phúc",
  "Ỷ Lan",
  "Ủy ban nhân dân xã Cẩm Giang",
  "ỦY BAN NHÂN DÂN TỈNH THỪA THIÊN HUẾ",
  "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
  "Độc lập - Tự do - Hạnh phúc",
  "Phường Hồng Bàng, thành phố Hải Phòng; tỉnh Đắk Lắk",
  "khuỷu tay, nguệch ngoạc, quyển sách, thuở ấy, hươu, rượu, ngoằn ngoèo, giữ gìn",
];

/** TCVN3 has no code for capitals with diacritics other than Ă Â Ê Ô Ơ Ư Đ: they come back lowercase. */
const tcvn3Survivor = (s: string) => [...s.normalize("NFC")].map((c) => (/[A-ZĂÂÊÔƠƯĐ]/.test(c) ? c : c.toLowerCase())).join("");

describe("tables, checked against published ones", () => {
  // Every lowercase letter, then the capitals TCVN3 has, written out from the
  // TCVN3 column of duydev/vietnamese-conversion src/charsets.ts (ư is U+00AD).
  const tcvn3Letters = "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵĂÂÊÔƠƯĐ";
  const tcvn3Codes = "µ¸¶·¹¨»¾¼½Æ©ÇÊÈÉË®ÌÐÎÏÑªÒÕÓÔÖ×ÝØÜÞßãáâä«åèæçé¬êíëìîïóñòô\u00adõøö÷ùúýûüþ¡¢£¤¥¦§";

  it("TCVN3: every letter", () => {
    expect(unicodeToLegacy(tcvn3Letters, "tcvn3")).toBe(tcvn3Codes);
    expect(legacyToUnicode(tcvn3Codes, "tcvn3")).toBe(tcvn3Letters);
  });

  // The lowercase rows of lamdao/xvnkb vni.h (there: plain, sắc, huyền, hỏi, ngã, nặng).
  const vniRows: [string, string[]][] = [
    ["aáàảãạ", ["a", "aù", "aø", "aû", "aõ", "aï"]],
    ["âấầẩẫậ", ["aâ", "aá", "aà", "aå", "aã", "aä"]],
    ["ăắằẳẵặ", ["aê", "aé", "aè", "aú", "aü", "aë"]],
    ["eéèẻẽẹ", ["e", "eù", "eø", "eû", "eõ", "eï"]],
    ["êếềểễệ", ["eâ", "eá", "eà", "eå", "eã", "eä"]],
    ["oóòỏõọ", ["o", "où", "oø", "oû", "oõ", "oï"]],
    ["ôốồổỗộ", ["oâ", "oá", "oà", "oå", "oã", "oä"]],
    ["ơớờởỡợ", ["ô", "ôù", "ôø", "ôû", "ôõ", "ôï"]],
    ["uúùủũụ", ["u", "uù", "uø", "uû", "uõ", "uï"]],
    ["ưứừửữự", ["ö", "öù", "öø", "öû", "öõ", "öï"]],
    ["iíìỉĩị", ["i", "í", "ì", "æ", "ó", "ò"]],
    ["yýỳỷỹỵ", ["y", "yù", "yø", "yû", "yõ", "î"]],
    ["đ", ["ñ"]],
  ];

  it("VNI: every letter, lowercase and capital", () => {
    for (const [letters, codes] of vniRows) {
      [...letters].forEach((letter, i) => {
        const code = codes[i]!;
        expect(unicodeToLegacy(letter, "vni")).toBe(code);
        expect(legacyToUnicode(code, "vni")).toBe(letter);
        expect(unicodeToLegacy(letter.toUpperCase(), "vni")).toBe(code.toUpperCase());
        expect(legacyToUnicode(code.toUpperCase(), "vni")).toBe(letter.toUpperCase());
      });
    }
  });

  it.each([
    ["Việt Nam", "ViÖt Nam"],
    ["Hà Nội", "Hµ Néi"],
    ["Hộ tịch", "Hé tÞch"],
    ["Bảo Thắng", "B¶o Th¾ng"],
    ["Mường Khương", "M\u00adêng Kh\u00ad\u00acng"],
    ["Đăng ký", "§¨ng ký"],
  ])("TCVN3 %s = %s", (unicode, legacy) => {
    expect(unicodeToLegacy(unicode, "tcvn3")).toBe(legacy);
    expect(legacyToUnicode(legacy, "tcvn3")).toBe(unicode);
  });

  it.each([
    ["Việt Nam", "Vieät Nam"],
    ["Xin chào các bạn", "Xin chaøo caùc baïn"],
    ["Hộ tịch", "Hoä tòch"],
    ["Đường", "Ñöôøng"],
    ["Tỉnh Quảng Ngãi", "Tænh Quaûng Ngaõi"],
    ["Ỵ", "Î"],
  ])("VNI %s = %s", (unicode, legacy) => {
    expect(unicodeToLegacy(unicode, "vni")).toBe(legacy);
    expect(legacyToUnicode(legacy, "vni")).toBe(unicode);
  });
});

describe("round trips", () => {
  it("VNI: every vowel with every tone, both cases", () => {
    for (const letter of LETTERS) {
      for (const c of [letter, letter.toUpperCase()]) expect(legacyToUnicode(unicodeToLegacy(c, "vni"), "vni")).toBe(c);
    }
  });

  it("TCVN3: every vowel with every tone; capitals other than Ă Â Ê Ô Ơ Ư Đ come back lowercase", () => {
    for (const letter of [...LETTERS, "đ"]) {
      expect(legacyToUnicode(unicodeToLegacy(letter, "tcvn3"), "tcvn3")).toBe(letter);
      expect(legacyToUnicode(unicodeToLegacy(letter.toUpperCase(), "tcvn3"), "tcvn3")).toBe(tcvn3Survivor(letter.toUpperCase()));
    }
    expect(unicodeToLegacy("Ấ", "tcvn3")).toBe(unicodeToLegacy("ấ", "tcvn3"));
    expect(legacyToUnicode(unicodeToLegacy("ĂÂÊÔƠƯĐ", "tcvn3"), "tcvn3")).toBe("ĂÂÊÔƠƯĐ");
  });

  it.each(PHRASES)("%s", (phrase) => {
    expect(legacyToUnicode(unicodeToLegacy(phrase, "vni"), "vni")).toBe(phrase);
    expect(legacyToUnicode(unicodeToLegacy(phrase, "tcvn3"), "tcvn3")).toBe(tcvn3Survivor(phrase));
  });

  it("leaves ASCII, digits and codes alone", () => {
    const line = '1;000.00.21.H23-250305-0001;"05/03/2025 08:30";ABC xyz';
    for (const e of ["tcvn3", "vni"] as const) {
      expect(unicodeToLegacy(line, e)).toBe(line);
      expect(legacyToUnicode(line, e)).toBe(line);
    }
  });
});

describe("legacyToUnicode", () => {
  it("returns NFC", () => {
    for (const e of ["tcvn3", "vni"] as const) {
      const out = legacyToUnicode(unicodeToLegacy("Nguyễn Thị Hồng Nhung – Việt Nam", e), e);
      expect(out).toBe(out.normalize("NFC"));
      expect(out).toContain("Việt");
      expect([..."Việt"].length).toBe(4);
    }
  });

  it("reads bytes 0x80–0x9F given as Latin-1 (U+0080–U+009F) as their Windows-1252 characters", () => {
    expect(legacyToUnicode("\u0093Hé tÞch\u0094 \u0096 ViÖt", "tcvn3")).toBe("“Hộ tịch” – Việt");
    expect(legacyToUnicode("\u0093Hoä tòch\u0094", "vni")).toBe("“Hộ tịch”");
  });

  it("VNI: a capital base before a lowercase mark (Excel PROPER) reads as the capital", () => {
    expect(legacyToUnicode("Aùnh Öôùc Eâ", "vni")).toBe("Ánh Ước Ê");
  });
});

describe("isVietnameseSyllable", () => {
  it("accepts every word of the phrases", () => {
    for (const phrase of PHRASES) {
      for (const word of phrase.split(/[\s,;.–-]+/).filter(Boolean)) expect(isVietnameseSyllable(word), word).toBe(true);
    }
  });

  it.each(["josộ", "mỹller", "việtt", "cac", "hoàá", "strasse", "nguyụn"])("rejects %s", (word) => {
    expect(isVietnameseSyllable(word)).toBe(false);
  });
});

describe("detectLegacyEncoding", () => {
  const dossierCells = [
    "STT;Mã hồ sơ;Họ và tên;Thủ tục;Ngày nhận;Trạng thái",
    "1;000.00.21.H23-250305-0001;Nguyễn Thị Hồng Nhung;Đăng ký khai sinh;05/03/2025;Đã trả kết quả",
    "2;000.00.21.H23-250306-0002;Trần Văn Bình;Chứng thực bản sao từ bản chính giấy tờ, văn bản;06/03/2025;Đang giải quyết",
    "3;000.00.21.H23-250307-0003;Lê Thị Mai;Cấp Giấy chứng nhận quyền sử dụng đất;07/03/2025;Trực tuyến",
  ];
  const cellSamples = ["Nguyễn Văn An", "Hộ tịch", "Đăng ký khai sinh", "Đã trả kết quả", "Bưu chính công ích"];

  it.each(["tcvn3", "vni"] as const)("recognises %s dossier rows and cells", (e: LegacyEncoding) => {
    expect(detectLegacyEncoding(dossierCells.map((s) => unicodeToLegacy(s, e)))).toBe(e);
    expect(detectLegacyEncoding(cellSamples.map((s) => unicodeToLegacy(s, e)))).toBe(e);
    expect(detectLegacyEncoding(["Hộ tịch"].map((s) => unicodeToLegacy(s, e)))).toBe(e);
    expect(detectLegacyEncoding(PHRASES.map((s) => unicodeToLegacy(s, e)))).toBe(e);
    expect(detectLegacyEncoding(PHRASES.map((s) => unicodeToLegacy(s.toUpperCase(), e)))).toBe(e);
  });

  it("recognises hand-typed legacy cells", () => {
    expect(detectLegacyEncoding(["Hé tÞch", "§¨ng ký khai sinh", "NguyÔn V¨n An", "§· tr¶ kÕt qu¶"])).toBe("tcvn3");
    expect(detectLegacyEncoding(["Hoä tòch", "Ñaêng kyù khai sinh", "Nguyeãn Vaên An", "Ñaõ traû keát quaû"])).toBe("vni");
    expect(detectLegacyEncoding(["\u0093Hé tÞch\u0094", "\u0093NguyÔn V¨n An\u0094"])).toBe("tcvn3");
  });

  it.each<[string, string[]]>([
    ["Unicode Vietnamese", [...dossierCells, ...cellSamples, ...PHRASES]],
    ["Unicode Vietnamese, decomposed", PHRASES.map((s) => s.normalize("NFD"))],
    ["Unicode Vietnamese with only Latin-1 letters", ["Lê Công", "Võ Bá Tô", "Hà Nam", "Cà Mau", "Bà Chúa", "Lý Thái", "Ngô Châu"]],
    ["ASCII", ["STT", "Ma ho so", "Nguyen Van An", "Dang ky khai sinh", "OK"]],
    ["codes and dates", ["000.00.21.H23-250305-0001", "05/03/2025", "2025-03-05T08:30:00", "1.234.567", "H23"]],
    ["Western names", ["Müller", "José García", "François Dupont", "Zoë Renée", "Ramón Núñez", "João Sônia", "Chloé Noël", "Gaël Anaïs", "Søren Åse"]],
    ["Western text", ["Crème brûlée à la française", "Ich möchte über die Brücke gehen", "El niño está aquí", "São Paulo é uma cidade"]],
    ["nothing", []],
    ["empty cells", ["", " ", ""]],
  ])("leaves %s alone", (_, samples) => {
    expect(detectLegacyEncoding(samples)).toBeNull();
  });

  it("says Unicode as soon as a real Vietnamese letter appears among legacy cells", () => {
    expect(detectLegacyEncoding([...cellSamples.map((s) => unicodeToLegacy(s, "tcvn3")), "Nguyễn Văn An"])).toBeNull();
  });

  it("wants more than one word of evidence", () => {
    expect(detectLegacyEncoding([unicodeToLegacy("Việt", "tcvn3")])).toBeNull();
  });
});
