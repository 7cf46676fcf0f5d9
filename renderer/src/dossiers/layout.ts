import type { CSSProperties } from "react";

/** A vertical stack whose children never widen it: a wide table scrolls inside itself instead. */
export const stack = (gap: number): CSSProperties => ({ display: "grid", gap, gridTemplateColumns: "minmax(0, 1fr)" });
