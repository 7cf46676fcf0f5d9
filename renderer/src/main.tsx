import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App as AntApp, ConfigProvider } from "antd";
import viVN from "antd/locale/vi_VN";
import dayjs from "dayjs";
import "dayjs/locale/vi";
import { App } from "./App";
import { theme } from "./theme";
import "./styles.css";

dayjs.locale("vi");

const root = document.getElementById("root");
if (!root) throw new Error("Thiếu phần tử #root trong index.html.");

createRoot(root).render(
  <StrictMode>
    <ConfigProvider locale={viVN} theme={theme}>
      <AntApp>
        <App />
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
);
