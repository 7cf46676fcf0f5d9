import { useSyncExternalStore } from "react";

const QUERY = "(prefers-reduced-motion: reduce)";

function subscribe(changed: () => void): () => void {
  const media = window.matchMedia(QUERY);
  media.addEventListener("change", changed);
  return () => media.removeEventListener("change", changed);
}

/**
 * Whether the computer asks for less motion (Windows: Cài đặt → Trợ năng → Hiệu ứng hình ảnh → Hiệu ứng hoạt hình
 * off): windows, lists and messages then appear at once, which also spares an old office PC the drawing.
 */
export const useReducedMotion = (): boolean => useSyncExternalStore(subscribe, () => window.matchMedia(QUERY).matches);
