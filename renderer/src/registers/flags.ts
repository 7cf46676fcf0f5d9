/** A yes/no answer that may not be known yet, as a Select holds it (a Select cannot hold null). */
export type Answer = "yes" | "no" | "unknown";

export const toAnswer = (value: boolean | null): Answer => (value === null ? "unknown" : value ? "yes" : "no");

export const fromAnswer = (answer: Answer): boolean | null => (answer === "unknown" ? null : answer === "yes");

export const ANSWER_OPTIONS: { value: Answer; label: string }[] = [
  { value: "yes", label: "Có" },
  { value: "no", label: "Không" },
  { value: "unknown", label: "Chưa rõ" },
];

/** For a yes/no answer that is always known (Đang áp dụng). */
export const YES_NO_OPTIONS: { value: Answer; label: string }[] = ANSWER_OPTIONS.filter((o) => o.value !== "unknown");
