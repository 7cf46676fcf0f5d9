import { Input } from "antd";
import { useEffect, useState } from "react";
import { numberToInput, parseVietnameseNumber } from "../../../core/vietnamese-number";

interface Props {
  id?: string;
  /** A number; the text as typed when it does not read as one (the form's rule then refuses it); null when empty. */
  value?: number | string | null;
  onChange?: (value: number | string | null) => void;
  suffix?: string;
}

/**
 * A number typed the Vietnamese way ("18.250,5", "18250,5", "18250.5"), read
 * by the one parser every screen uses. What it cannot read is handed to the
 * form as typed, so the form's rule refuses it with a message: nothing is
 * rounded and no earlier number is kept without saying so.
 */
export function NumberInput({ id, value, onChange, suffix }: Props) {
  const [text, setText] = useState(() => (typeof value === "number" ? numberToInput(value) : (value ?? "")));
  useEffect(() => {
    const shown = parseVietnameseNumber(text);
    const same = shown.kind === "number" ? shown.value === value : shown.kind === "empty" ? value == null : text === value;
    if (!same) setText(typeof value === "number" ? numberToInput(value) : (value ?? ""));
  }, [value]);
  const typed = (next: string) => {
    setText(next);
    const parsed = parseVietnameseNumber(next);
    onChange?.(parsed.kind === "number" ? parsed.value : parsed.kind === "empty" ? null : next);
  };
  return <Input id={id} inputMode="decimal" value={text} onChange={(e) => typed(e.target.value)} suffix={suffix} />;
}

/** What is wrong with a number field's value, in the words the form shows; null when it is right. */
export function numberFieldProblem(label: string, value: unknown, rule: { integer: boolean; min?: number; max?: number }): string | null {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value !== "number") return `${label}: “${String(value)}” không phải là một số (viết kiểu 1.234,5).`;
  if (rule.integer && !Number.isInteger(value)) return `${label} phải là số nguyên (nhận được ${numberToInput(value)}).`;
  if (rule.min !== undefined && value < rule.min) return `${label} không được nhỏ hơn ${numberToInput(rule.min)} (nhận được ${numberToInput(value)}).`;
  if (rule.max !== undefined && value > rule.max) return `${label} không được lớn hơn ${numberToInput(rule.max)} (nhận được ${numberToInput(value)}).`;
  return null;
}
