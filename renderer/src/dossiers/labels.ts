import type { CSSProperties } from "react";
import type { DossierChannel, DossierField, DossierSort, DossierStatus } from "./types";

export const STATUS_LABELS: Record<DossierStatus, string> = {
  result: "Đã có kết quả",
  pending: "Đang giải quyết",
  rejected: "Từ chối",
  withdrawn: "Rút hồ sơ",
};

export const CHANNEL_LABELS: Record<DossierChannel, string> = {
  online: "Trực tuyến",
  in_person: "Trực tiếp",
  post: "Bưu chính công ích",
};

const optionsOf = <K extends string>(labels: Record<K, string>) => (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));

export const STATUS_OPTIONS = optionsOf(STATUS_LABELS);
export const CHANNEL_OPTIONS = optionsOf(CHANNEL_LABELS);

/** Every field of a dossier the import can read, in the order the mapping table shows them. */
export const FIELD_LABELS: Record<DossierField, string> = {
  code: "Mã hồ sơ",
  procedureName: "Tên thủ tục",
  procedureCode: "Mã thủ tục",
  field: "Lĩnh vực",
  applicantName: "Chủ hồ sơ / Người nộp",
  applicantAddress: "Địa chỉ",
  receivedAt: "Ngày tiếp nhận",
  dueAt: "Ngày hẹn trả",
  resultAt: "Ngày có kết quả",
  returnedAt: "Ngày trả kết quả",
  status: "Trạng thái",
  channel: "Hình thức nộp",
  handlingUnit: "Đơn vị xử lý",
  receivingOfficer: "Cán bộ tiếp nhận",
  digitised: "Số hóa",
  electronicResult: "Kết quả điện tử",
  hasPayment: "Có thanh toán",
  paidOnline: "Thanh toán trực tuyến",
  onProvinceSystem: "Xử lý trên hệ thống",
  syncedNationalPortal: "Đồng bộ Cổng DVCQG",
  reusedData: "Tái sử dụng dữ liệu",
};

export const DOSSIER_FIELDS = Object.keys(FIELD_LABELS) as DossierField[];

export const isDossierField = (key: string): key is DossierField => Object.prototype.hasOwnProperty.call(FIELD_LABELS, key);

export const SORT_OPTIONS: { value: DossierSort; label: string }[] = [
  { value: "-receivedAt", label: "Mới tiếp nhận trước" },
  { value: "receivedAt", label: "Tiếp nhận sớm nhất trước" },
  { value: "dueAt", label: "Theo hạn trả" },
  { value: "resultAt", label: "Theo ngày có kết quả" },
  { value: "code", label: "Theo mã hồ sơ" },
];

// Darker text than antd's preset tag colours, which fall below 4.5:1 contrast.
export const TAG_STYLES = {
  green: { color: "#135200", background: "#f6ffed", borderColor: "#b7eb8f" },
  blue: { color: "#003eb3", background: "#e6f4ff", borderColor: "#91caff" },
  red: { color: "#a8071a", background: "#fff1f0", borderColor: "#ffa39e" },
  orange: { color: "#873800", background: "#fff7e6", borderColor: "#ffd591" },
  grey: { color: "rgba(0, 0, 0, 0.75)", background: "#fafafa", borderColor: "#d9d9d9" },
} satisfies Record<string, CSSProperties>;

export const STATUS_TAG_STYLES: Record<DossierStatus, CSSProperties> = {
  result: TAG_STYLES.green,
  pending: TAG_STYLES.blue,
  rejected: TAG_STYLES.orange,
  withdrawn: TAG_STYLES.grey,
};
