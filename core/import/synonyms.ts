import { fold } from "../../shared/text";
import type { DossierField } from "../schemas/dossier";
import type { ColumnSpec } from "./column-spec";

/**
 * How one-stop systems spell each column, compared after fold() (no
 * diacritics, lower case, whitespace folded). The first spelling of a field
 * is how the app names it.
 */
export const DOSSIER_FIELD_SYNONYMS: Record<DossierField, string[]> = {
  code: ["Mã hồ sơ", "Số hồ sơ", "Mã HS", "Số HS", "Mã số hồ sơ", "Mã hồ sơ TTHC", "Số biên nhận", "Mã biên nhận"],
  procedureName: ["Tên thủ tục", "Thủ tục", "Thủ tục hành chính", "Tên thủ tục hành chính", "Tên TTHC", "TTHC", "Tên dịch vụ công"],
  procedureCode: ["Mã thủ tục", "Mã TTHC", "Mã thủ tục hành chính", "Mã DVC"],
  field: ["Lĩnh vực", "Tên lĩnh vực", "Lĩnh vực TTHC", "Lĩnh vực giải quyết"],
  applicantName: ["Chủ hồ sơ", "Người nộp", "Người nộp hồ sơ", "Tên người nộp", "Tổ chức, cá nhân", "Tên tổ chức, cá nhân", "Họ tên người nộp", "Công dân, tổ chức", "Người đứng tên"],
  applicantAddress: ["Địa chỉ", "Địa chỉ chủ hồ sơ", "Địa chỉ người nộp", "Địa chỉ liên hệ"],
  receivedAt: ["Ngày tiếp nhận", "Ngày nhận", "Ngày nộp", "Thời gian tiếp nhận", "Ngày nhận hồ sơ", "Ngày tiếp nhận hồ sơ", "Ngày nộp hồ sơ", "Thời điểm tiếp nhận", "Tiếp nhận"],
  dueAt: ["Ngày hẹn trả", "Hạn trả kết quả", "Hạn xử lý", "Ngày hẹn trả kết quả", "Hạn giải quyết", "Hạn trả", "Thời hạn giải quyết", "Ngày hẹn", "Hẹn trả"],
  resultAt: ["Ngày có kết quả", "Ngày hoàn thành", "Ngày giải quyết xong", "Ngày xử lý xong", "Ngày kết thúc", "Thời gian có kết quả", "Có kết quả", "Ngày hoàn thành xử lý"],
  returnedAt: ["Ngày trả kết quả", "Ngày trả", "Thời gian trả kết quả", "Ngày trả KQ", "Trả kết quả"],
  status: ["Trạng thái", "Tình trạng", "Trạng thái hồ sơ", "Tình trạng hồ sơ", "Tình trạng xử lý", "Kết quả xử lý"],
  channel: ["Hình thức nộp", "Kênh tiếp nhận", "Kênh nộp", "Hình thức tiếp nhận", "Hình thức", "Nguồn hồ sơ", "Kênh"],
  handlingUnit: ["Đơn vị xử lý", "Cơ quan giải quyết", "Đơn vị giải quyết", "Phòng ban xử lý", "Cơ quan thực hiện", "Đơn vị", "Cơ quan"],
  receivingOfficer: ["Cán bộ tiếp nhận", "Người tiếp nhận", "Cán bộ nhận hồ sơ", "Công chức tiếp nhận"],
  digitised: ["Số hóa", "Đã số hóa", "Số hóa hồ sơ", "Hồ sơ được số hóa"],
  electronicResult: ["Kết quả điện tử", "Trả kết quả điện tử", "Cấp kết quả điện tử"],
  hasPayment: ["Có thanh toán", "Có phí, lệ phí", "Phí, lệ phí", "Thu phí"],
  paidOnline: ["Thanh toán trực tuyến", "Đã thanh toán trực tuyến", "Thanh toán qua DVC", "Thanh toán điện tử"],
  onProvinceSystem: ["Xử lý trên hệ thống", "Cập nhật trên hệ thống", "Xử lý trên Hệ thống thông tin giải quyết TTHC"],
  syncedNationalPortal: ["Đồng bộ DVCQG", "Đồng bộ Cổng DVCQG", "Đã đồng bộ", "Đồng bộ"],
  reusedData: ["Tái sử dụng dữ liệu", "Tái sử dụng", "Khai thác dữ liệu"],
};

/** The columns of a one-stop system's dossier export. */
export const DOSSIER_COLUMNS: ColumnSpec<DossierField> = {
  synonyms: DOSSIER_FIELD_SYNONYMS,
  required: ["code", "receivedAt"],
  describes: "danh sách hồ sơ xuất từ hệ thống một cửa",
};

export type DossierStatus = "result" | "pending" | "rejected" | "withdrawn";
export type DossierChannel = "online" | "in_person" | "post";

/** Status wordings, by the kind they mean; matched on the folded text's start. */
const STATUS_SYNONYMS: [DossierStatus, string[]][] = [
  ["withdrawn", ["Rút hồ sơ", "Công dân rút hồ sơ", "Đã rút", "Rút", "Hủy", "Hủy hồ sơ", "Đã hủy", "Dừng xử lý", "Dừng giải quyết"]],
  ["rejected", ["Từ chối", "Đã từ chối", "Từ chối tiếp nhận", "Từ chối giải quyết", "Không giải quyết", "Trả lại hồ sơ", "Không đủ điều kiện"]],
  [
    "result",
    [
      "Đã trả kết quả",
      "Đã có kết quả",
      "Hoàn thành",
      "Đã hoàn thành",
      "Đã trả KQ",
      "Đã giải quyết",
      "Đã xử lý xong",
      "Có kết quả",
      "Chờ trả kết quả",
      "Đã trả",
      "Trả kết quả",
      "Kết thúc",
      "Giải quyết xong",
    ],
  ],
  [
    "pending",
    [
      "Đang xử lý",
      "Đang giải quyết",
      "Chờ bổ sung",
      "Yêu cầu bổ sung",
      "Mới tiếp nhận",
      "Đã tiếp nhận",
      "Chờ xử lý",
      "Đang thẩm định",
      "Chờ phê duyệt",
      "Chờ ký",
      "Tạm dừng",
      "Bổ sung hồ sơ",
      "Đang thụ lý",
      "Chuyển xử lý",
    ],
  ],
];

const CHANNEL_SYNONYMS: [DossierChannel, string[]][] = [
  [
    "online",
    ["Trực tuyến", "Qua mạng", "DVC trực tuyến", "Dịch vụ công trực tuyến", "Online", "Cổng DVC", "Cổng dịch vụ công", "Nộp trực tuyến", "Trực tuyến toàn trình", "Trực tuyến một phần", "DVCTT"],
  ],
  ["post", ["Bưu chính công ích", "BCCI", "Qua bưu điện", "Bưu điện", "Bưu chính", "Qua dịch vụ bưu chính công ích"]],
  ["in_person", ["Trực tiếp", "Nộp trực tiếp", "Tại bộ phận một cửa", "Một cửa", "Tại quầy", "Trực tiếp tại TTPVHCC"]],
];

const byFold = <K>(table: [K, string[]][]) => table.flatMap(([kind, words]) => words.map((w) => [fold(w), kind] as const));
const STATUS_WORDS = byFold(STATUS_SYNONYMS);
const CHANNEL_WORDS = byFold(CHANNEL_SYNONYMS);

/** The exact wording first, then a known wording the value starts with ("Từ chối do thiếu giấy tờ"). */
function lookup<K>(words: readonly (readonly [string, K])[], value: string): K | null {
  const v = fold(value);
  if (!v) return null;
  const exact = words.find(([w]) => w === v);
  if (exact) return exact[1];
  const prefix = words.filter(([w]) => v.startsWith(`${w} `) || v.startsWith(`${w},`) || v.startsWith(`${w}(`) || v.startsWith(`${w} (`));
  prefix.sort((a, b) => b[0].length - a[0].length);
  return prefix[0]?.[1] ?? null;
}

/** Exports repeat a handful of wordings on every row: each is looked up once. */
function memoised<K>(find: (value: string) => K | null): (value: string) => K | null {
  const cache = new Map<string, K | null>();
  return (value) => {
    if (cache.has(value)) return cache.get(value)!;
    const hit = find(value);
    if (cache.size < 10_000) cache.set(value, hit);
    return hit;
  };
}

export const statusOf = memoised((value: string): DossierStatus | null => lookup(STATUS_WORDS, value));
export const channelOf = memoised((value: string): DossierChannel | null => lookup(CHANNEL_WORDS, value));

const TRUE_WORDS = new Set(["co", "x", "1", "true", "dung", "yes", "da", "roi", "v", "✓", "✔"].map(fold));
const FALSE_WORDS = new Set(["khong", "0", "false", "sai", "no", "chua", "-"].map(fold));

/** A yes/no cell: "Có", "x", "1", "Đã …" → true; "Không", "0", "Chưa …" → false; blank → null; else undefined (not understood). */
export function flagOf(value: string): boolean | null | undefined {
  const v = fold(value);
  if (!v) return null;
  if (TRUE_WORDS.has(v) || v.startsWith("da ") || v.startsWith("co ")) return true;
  if (FALSE_WORDS.has(v) || v.startsWith("chua ") || v.startsWith("khong ")) return false;
  return undefined;
}
