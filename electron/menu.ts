import { BrowserWindow, dialog, Menu } from "electron";
import { APP_NAME, APP_VERSION } from "../core/version";

function showAbout(dataDir: string): void {
  const options = {
    type: "info" as const,
    title: "Giới thiệu",
    message: `${APP_NAME} – phiên bản ${APP_VERSION}`,
    detail: `Ứng dụng ngoại tuyến quản lý hồ sơ và báo cáo cải cách hành chính cấp xã.\n\nThư mục dữ liệu: ${dataDir}`,
    buttons: ["Đóng"],
  };
  const window = BrowserWindow.getFocusedWindow();
  void (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
}

export function buildAppMenu(dataDir: string): Menu {
  return Menu.buildFromTemplate([
    { label: "Tệp", submenu: [{ role: "quit", label: "Thoát" }] },
    {
      label: "Hiển thị",
      submenu: [
        { role: "reload", label: "Tải lại" },
        { type: "separator" },
        { role: "zoomIn", label: "Phóng to" },
        { role: "zoomOut", label: "Thu nhỏ" },
        { role: "resetZoom", label: "Cỡ mặc định" },
        { type: "separator" },
        { role: "togglefullscreen", label: "Toàn màn hình" },
      ],
    },
    { label: "Trợ giúp", submenu: [{ label: "Giới thiệu", click: () => showAbout(dataDir) }] },
  ]);
}
