import type { App } from "antd";
import { formatMoment } from "../format";
import type { DepartmentRow } from "./types";

type Modal = ReturnType<typeof App.useApp>["modal"];

/** Asks before sending a department its part after the part's deadline has passed; true when the clerk goes on. */
export const confirmLateSending = (modal: Modal, row: DepartmentRow): Promise<boolean> =>
  new Promise((resolve) =>
    modal.confirm({
      title: `Hạn gửi của ${row.name} đã qua`,
      content: `Hạn gửi phần việc là ${formatMoment(row.deadline, "sentence")}. Nếu cần cho phòng thêm thời gian, hãy đặt hạn mới (Đặt hạn…); nếu đây không phải kỳ cần giao, hãy chọn lại đề cương và kỳ. Vẫn tạo gói?`,
      okText: "Vẫn tạo gói",
      cancelText: "Không tạo",
      onOk: () => resolve(true),
      onCancel: () => resolve(false),
    }),
  );
