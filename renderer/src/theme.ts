import type { ThemeConfig } from "antd";

export const FONT_STACK = '"Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif';

// Darker primary, secondary, placeholder and error colours than antd's defaults, to keep 4.5:1 contrast on white (checked by axe-core in the e2e run).
const theme: ThemeConfig = {
  token: {
    fontFamily: FONT_STACK,
    colorPrimary: "#0958d9",
    colorLink: "#0958d9",
    colorTextSecondary: "rgba(0, 0, 0, 0.68)",
    colorTextDescription: "rgba(0, 0, 0, 0.68)",
    colorTextTertiary: "rgba(0, 0, 0, 0.6)",
    colorTextQuaternary: "rgba(0, 0, 0, 0.55)",
    colorTextPlaceholder: "rgba(0, 0, 0, 0.55)",
    colorError: "#cf1322",
  },
  components: {
    // Preset tags write shade 7 on shade 1, under 4.5:1 for these hues; shade 9 keeps the hue and the light background.
    Tag: { green7: "#135200", orange7: "#873800", gold7: "#874d00", cyan7: "#00474f" },
  },
};

/** The theme with antd's animations off, for a computer set to reduce motion. */
export const themeFor = (reducedMotion: boolean): ThemeConfig => (reducedMotion ? { ...theme, token: { ...theme.token, motion: false } } : theme);
