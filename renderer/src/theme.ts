import type { ThemeConfig } from "antd";

export const FONT_STACK = '"Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif';

// A darker primary and secondary text than antd's defaults, to keep 4.5:1 contrast on white.
export const theme: ThemeConfig = {
  token: {
    fontFamily: FONT_STACK,
    colorPrimary: "#0958d9",
    colorLink: "#0958d9",
    colorTextSecondary: "rgba(0, 0, 0, 0.68)",
    colorTextDescription: "rgba(0, 0, 0, 0.68)",
    colorTextTertiary: "rgba(0, 0, 0, 0.6)",
  },
};
