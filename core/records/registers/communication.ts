import { FIELD_LIMITS } from "../../field-limits";
import type { RegisterDescriptor } from "./descriptor";
import { optionsOf } from "./descriptor";

export const communication: RegisterDescriptor = {
  key: "communication",
  table: "communication_items",
  noun: "hoạt động tuyên truyền",
  title: "Thông tin, tuyên truyền cải cách hành chính",
  purpose:
    "Ghi các tin, bài, phóng sự, buổi phát thanh, hội nghị và hình thức tuyên truyền cải cách hành chính khác. Số liệu mục I. Công tác chỉ đạo, điều hành (tuyên truyền CCHC) của Phụ lục 3.",
  fields: [
    { key: "date", column: "date", label: "Ngày", type: "date", required: true, inList: true, width: 96 },
    {
      key: "kind",
      column: "kind",
      label: "Hình thức",
      type: "enum",
      options: optionsOf({
        tin_bai: "Tin, bài",
        phong_su: "Phóng sự",
        phat_thanh: "Phát thanh",
        hoi_nghi: "Hội nghị",
        pano_khau_hieu: "Pano, khẩu hiệu",
        khac: "Hình thức khác",
      }),
      required: true,
      inList: true,
      searchable: true,
      width: 120,
    },
    { key: "title", column: "title", label: "Tên, nội dung", type: "longtext", max: FIELD_LIMITS.title, required: true, inList: true, searchable: true },
    {
      key: "channel",
      column: "channel",
      label: "Kênh, nơi thực hiện",
      type: "text",
      max: FIELD_LIMITS.name,
      suggest: ["Trang thông tin điện tử xã", "Đài truyền thanh xã", "Trang Zalo OA của UBND xã", "Hội trường UBND xã"],
      inList: true,
      searchable: true,
      width: 190,
    },
    { key: "departmentCode", column: "department_code", label: "Đơn vị thực hiện", type: "department", inList: true, searchable: true, width: 170 },
    { key: "quantity", column: "quantity", label: "Số lượng", type: "int", min: 1, max: 100000, default: 1, required: true, help: "Số buổi phát thanh, số pano, số tờ rơi…; một tin, bài là 1.", inList: true, width: 80 },
  ],
  orderBy: "date DESC, id DESC",
  name: (r) => `“${String(r.title)}”`,
};
