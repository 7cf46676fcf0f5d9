import { Input } from "antd";
import { useState } from "react";
import { numberToInput, parseVietnameseNumber } from "../../../core/vietnamese-number";

interface Props {
  id?: string;
  /** A number; the text as typed when it does not read as one (the form's rule then refuses it); null when empty. */
  value?: number | string | null;
  onChange?: (value: number | string | null) => void;
  suffix?: string;
  /** A year or a code: shown without thousands dots (2025, not 2.025). */
  plain?: boolean;
  "aria-label"?: string;
  status?: "error";
}

const shownText = (value: number | string | null | undefined, plain: boolean | undefined): string =>
  typeof value === "number" ? (plain ? String(value).replace(".", ",") : numberToInput(value)) : (value ?? "");

/**
 * A number typed the Vietnamese way ("18.250,5", "18250,5", "18250.5"), read
 * by the one parser every screen uses. What it cannot read is handed to the
 * form as typed, so the form's rule refuses it with a message: nothing is
 * rounded and no earlier number is kept without saying so.
 */
export function NumberInput({ id, value, onChange, suffix, plain, "aria-label": ariaLabel, status }: Props) {
  const [text, setText] = useState(() => shownText(value, plain));
  // A value set from outside (a reset, a loaded record) replaces the text, unless the text already reads as it.
  const [valueShown, setValueShown] = useState(value);
  if (value !== valueShown) {
    setValueShown(value);
    const shown = parseVietnameseNumber(text);
    const same = shown.kind === "number" ? shown.value === value : shown.kind === "empty" ? value == null : text === value;
    if (!same) setText(shownText(value, plain));
  }
  const typed = (next: string) => {
    setText(next);
    const parsed = parseVietnameseNumber(next);
    onChange?.(parsed.kind === "number" ? parsed.value : parsed.kind === "empty" ? null : next);
  };
  return <Input id={id} inputMode="decimal" value={text} onChange={(e) => typed(e.target.value)} suffix={suffix} aria-label={ariaLabel} status={status} />;
}

/** The years a register takes (as the store's schema: 2000–2100). */
export const YEAR_RULE = { integer: true, min: 2000, max: 2100, plain: true };

/** What is wrong with a number field's value, in the words the form shows; null when it is right. */
export function numberFieldProblem(label: string, value: unknown, rule: { integer: boolean; min?: number; max?: number; plain?: boolean }): string | null {
  if (value === null || value === undefined || value === "") return null;
  const shown = (n: number) => shownText(n, rule.plain);
  if (typeof value !== "number") return `${label}: “${String(value)}” không phải là một số (viết kiểu ${rule.plain ? "2025" : "1.234,5"}).`;
  if (rule.integer && !Number.isInteger(value)) return `${label} phải là số nguyên (nhận được ${shown(value)}).`;
  if (rule.min !== undefined && value < rule.min) return `${label} không được nhỏ hơn ${shown(rule.min)} (nhận được ${shown(value)}).`;
  if (rule.max !== undefined && value > rule.max) return `${label} không được lớn hơn ${shown(rule.max)} (nhận được ${shown(value)}).`;
  return null;
}
