import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App as AntApp, ConfigProvider } from "antd";
import viVN from "antd/locale/vi_VN";
import dayjs from "dayjs";
import "dayjs/locale/vi";
import { App } from "./App";
import { useReducedMotion } from "./reducedMotion";
import { themeFor } from "./theme";
import "./styles.css";

dayjs.locale("vi");

const root = document.getElementById("root");
if (!root) throw new Error("Thiếu phần tử #root trong index.html.");

function Themed() {
  return (
    <ConfigProvider locale={viVN} theme={themeFor(useReducedMotion())}>
      <AntApp>
        <App />
      </AntApp>
    </ConfigProvider>
  );
}

createRoot(root).render(
  <StrictMode>
    <Themed />
  </StrictMode>,
);
