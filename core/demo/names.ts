import { nfcDeep } from "../../shared/text";
import { WeightedPicker, type Random } from "./random";
import type { Place } from "./place";

/** Fake but realistic residents of a commune in the north of Vietnam. */

export type Gender = "nam" | "nu";

export interface Person {
  name: string;
  gender: Gender;
  birthYear: number;
  address: string;
}

const DATA = nfcDeep({
  familyNames: [
    ["Nguyễn", 31],
    ["Trần", 9],
    ["Phạm", 8],
    ["Lê", 7],
    ["Vũ", 7],
    ["Hoàng", 4],
    ["Đỗ", 3],
    ["Bùi", 3],
    ["Đặng", 2],
    ["Ngô", 2],
    ["Đinh", 1.5],
    ["Dương", 1.5],
    ["Đào", 1.5],
    ["Phan", 1.5],
    ["Lương", 1],
    ["Trịnh", 1],
    ["Mạc", 1],
    ["Lưu", 1],
    ["Hà", 1],
    ["Đoàn", 1],
    ["Tạ", 0.8],
    ["Cao", 0.8],
    ["Trương", 0.8],
    ["Nhữ", 0.5],
    ["Lại", 0.5],
    ["Tô", 0.5],
    ["Phí", 0.4],
    ["Vương", 0.4],
    ["Chu", 0.4],
    ["Khúc", 0.3],
  ] as [string, number][],
  middleNames: {
    nam: [
      ["Văn", 40],
      ["Đức", 6],
      ["Minh", 6],
      ["Quang", 5],
      ["Hữu", 4],
      ["Đình", 4],
      ["Công", 4],
      ["Xuân", 3],
      ["Thanh", 3],
      ["Tiến", 2],
      ["Mạnh", 2],
      ["Ngọc", 2],
      ["Trọng", 2],
      ["Quốc", 2],
      ["Duy", 2],
      ["Thế", 2],
      ["Bá", 1],
      ["Anh", 1],
      ["Hoàng", 1],
      ["Việt", 1],
      ["Gia", 1],
      ["Hải", 1],
    ] as [string, number][],
    nu: [
      ["Thị", 50],
      ["Thu", 5],
      ["Ngọc", 5],
      ["Thanh", 4],
      ["Hồng", 4],
      ["Minh", 3],
      ["Phương", 3],
      ["Thùy", 3],
      ["Khánh", 2],
      ["Mai", 2],
      ["Bảo", 2],
      ["Hải", 2],
      ["Diệu", 1],
      ["Kim", 2],
      ["Lan", 1],
      ["Quỳnh", 1],
      ["Hà", 1],
      ["Tuyết", 1],
    ] as [string, number][],
  },
  givenNames: {
    nam: [
      "An",
      "Anh",
      "Bình",
      "Cường",
      "Chiến",
      "Công",
      "Dũng",
      "Duy",
      "Dương",
      "Đạt",
      "Đông",
      "Đức",
      "Giang",
      "Hải",
      "Hiếu",
      "Hiệp",
      "Hòa",
      "Hoàng",
      "Hùng",
      "Huy",
      "Hưng",
      "Khải",
      "Khang",
      "Khánh",
      "Kiên",
      "Lâm",
      "Long",
      "Lợi",
      "Mạnh",
      "Minh",
      "Nam",
      "Nghĩa",
      "Nhật",
      "Phong",
      "Phúc",
      "Quân",
      "Quang",
      "Quyết",
      "Sơn",
      "Tài",
      "Tâm",
      "Thái",
      "Thắng",
      "Thành",
      "Thịnh",
      "Toàn",
      "Trung",
      "Trường",
      "Tuấn",
      "Tùng",
      "Việt",
      "Vinh",
      "Vũ",
      "Khôi",
      "Bảo",
      "Thuận",
      "Hậu",
      "Lực",
      "Tiến",
      "Định",
      "Hào",
      "Phương",
    ],
    nu: [
      "An",
      "Anh",
      "Bích",
      "Chi",
      "Dung",
      "Duyên",
      "Giang",
      "Hà",
      "Hạnh",
      "Hằng",
      "Hiền",
      "Hoa",
      "Hòa",
      "Hồng",
      "Huế",
      "Huệ",
      "Huyền",
      "Hương",
      "Hường",
      "Lan",
      "Liên",
      "Linh",
      "Loan",
      "Lụa",
      "Mai",
      "My",
      "Nga",
      "Ngân",
      "Ngọc",
      "Nhung",
      "Oanh",
      "Phương",
      "Quyên",
      "Quỳnh",
      "Tâm",
      "Thảo",
      "Thanh",
      "Thơm",
      "Thu",
      "Thủy",
      "Thúy",
      "Trang",
      "Trâm",
      "Tuyết",
      "Uyên",
      "Vân",
      "Yến",
      "Xuân",
      "Lý",
      "Nhàn",
      "Thắm",
      "Hậu",
      "Gấm",
      "Ánh",
    ],
  },
  /** Villages (thôn) and residential quarters (khu dân cư) of the commune. */
  hamlets: [
    "Thôn Hoàng Đường",
    "Thôn Cao Xá",
    "Thôn Phú Xá",
    "Thôn Ngọc Quyết",
    "Thôn Tràng Kỹ",
    "Thôn Văn Thai",
    "Thôn Thạch Lỗi",
    "Thôn Đào Xá",
    "Thôn Bình Lâm",
    "Thôn Hoàng Xá",
    "Thôn Lương Xá",
    "Thôn Quý Dương",
    "Thôn Tuấn Xuyên",
    "Thôn Mậu Tài",
    "Thôn Lý Đông",
    "Thôn Kim Đôi",
    "Thôn Đông Giao",
    "Thôn Tam Lương",
    "Khu dân cư Thống Nhất",
    "Khu dân cư Chợ Ga",
    "Khu dân cư Bình Minh",
    "Khu dân cư Hòa Bình",
    "Khu dân cư Nguyễn Lương Bằng",
    "Khu dân cư Đoàn Kết",
  ],
  streets: ["đường Nguyễn Lương Bằng", "đường Trần Hưng Đạo", "đường Lý Thường Kiệt", "đường Lê Lợi", "đường 5", "đường Thanh Niên"],
  otherCommunes: ["xã Tân Hưng", "xã Đồng Tâm", "xã Thái Học", "phường Thành Đông", "xã Lương Điền", "xã Tuệ Tĩnh", "phường Việt Hòa", "xã Kẻ Sặt"],
});

const familyPicker = new WeightedPicker(DATA.familyNames);
const middlePickers = { nam: new WeightedPicker(DATA.middleNames.nam), nu: new WeightedPicker(DATA.middleNames.nu) };

export function personName(rng: Random, gender: Gender): string {
  return `${familyPicker.pick(rng)} ${middlePickers[gender].pick(rng)} ${rng.pick(DATA.givenNames[gender])}`;
}

/** A resident's address; most live in the commune, a few in other communes of the province. */
function address(rng: Random, place: Place): string {
  if (rng.chance(0.06)) {
    return [`${rng.pick(["Thôn", "Khu dân cư"])} ${rng.int(1, 12)}`, rng.pick(DATA.otherCommunes), place.provinceLabel].filter(Boolean).join(", ");
  }
  const hamlet = rng.pick(DATA.hamlets);
  const local = hamlet.startsWith("Khu") && rng.chance(0.6) ? `Số ${rng.int(1, 180)}, ${rng.pick(DATA.streets)}, ${hamlet}` : hamlet;
  return [local, place.unitLabel, place.provinceLabel].filter(Boolean).join(", ");
}

export function person(rng: Random, place: Place, minAge = 18, maxAge = 80, atYear = 2025): Person {
  const gender: Gender = rng.chance(0.5) ? "nam" : "nu";
  return { name: personName(rng, gender), gender, birthYear: atYear - rng.int(minAge, maxAge), address: address(rng, place) };
}

/** A 12-digit citizen identity number: province of birth registration, century-and-gender digit, year of birth, six digits. */
export function citizenIdNumber(rng: Random, p: Person): string {
  const province = rng.pick(["031", "031", "031", "030", "030", "034", "033", "001"]);
  const century = (p.birthYear >= 2000 ? 2 : 0) + (p.gender === "nu" ? 1 : 0);
  return `${province}${century}${String(p.birthYear % 100).padStart(2, "0")}${String(rng.int(0, 999_999)).padStart(6, "0")}`;
}
