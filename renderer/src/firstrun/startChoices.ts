import { call } from "../api";
import { tabHref } from "../dossiers/tabs";
import { hrefOf } from "../nav";
import type { UnitDetails } from "../labels";
import { workAs } from "../people/session";
import { toSaveInput } from "../settingsForm";
import type { SetupValues } from "./wizardValues";
import { formatNumber } from "../../../core/number-format";

export type StartChoice = "du-lieu-mau" | "nhap-ho-so" | "du-lieu-trong";

export interface StartChoiceInfo {
  key: StartChoice;
  label: string;
  description: string;
}

export const START_CHOICES: readonly StartChoiceInfo[] = [
  {
    key: "du-lieu-mau",
    label: "Xem thử với dữ liệu mẫu",
    description:
      "Nạp số liệu giả định từ 01/07/2024 đến hôm nay để xem các màn hình và báo cáo; đơn vị, phòng ban và người ký vừa nhập được giữ nguyên. Muốn bỏ dữ liệu mẫu: khôi phục bản sao lưu “trước khi nhập dữ liệu” trong Cài đặt.",
  },
  {
    key: "nhap-ho-so",
    label: "Nhập danh sách hồ sơ đầu tiên",
    description: "Mở trang nhập hồ sơ TTHC từ tệp Excel xuất từ Hệ thống một cửa: các chỉ tiêu báo cáo được tính từ danh sách này.",
  },
  {
    key: "du-lieu-trong",
    label: "Bắt đầu với dữ liệu trống",
    description: "Mở trang Tổng quan với các kỳ báo cáo sắp tới; hồ sơ và sổ sách nhập dần sau.",
  },
];

export interface Started {
  unit: UnitDetails;
  /** Where the app opens next. */
  href: string;
  /** What was done, for the clerk. */
  done: string;
}

/**
 * Names the person setting up as the one working, so the unit's first save is
 * theirs in the change log; saves the unit, then does what the clerk chose; a
 * demo that fails leaves the unit saved.
 */
export async function startWith(choice: StartChoice, values: SetupValues): Promise<Started> {
  workAs((await call("people.add", { name: values.personName })).name);
  const unit = await call("unit.save", toSaveInput(values, false));
  if (choice === "du-lieu-mau") {
    const demo = await call("demo.load", {});
    return { unit, href: hrefOf("tong-quan"), done: `Đã lưu thông tin đơn vị và nạp dữ liệu mẫu: ${formatNumber(demo.counts["dossiers"] ?? 0)} hồ sơ TTHC.` };
  }
  const href = choice === "nhap-ho-so" ? tabHref("nhap") : hrefOf("tong-quan");
  return { unit, href, done: "Đã lưu thông tin đơn vị." };
}
