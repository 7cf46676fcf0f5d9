import { InputNumber, type InputNumberProps } from "antd";
import { numberToInput, parseVietnameseNumber } from "../../../core/vietnamese-number";

/** 18250.5 → "18.250,5", as Vietnamese forms write numbers; what the clerk is typing is left as typed. */
function formatVi(value: number | string | undefined, info: { userTyping: boolean; input: string }): string {
  if (info.userTyping) return info.input;
  return value === undefined || value === "" ? "" : numberToInput(Number(value));
}

/**
 * "18.250,5", "18250,5" or "18250.5" → "18250.5" (the parser shared with the report's figures); text that is not a
 * number yet ("1.234,") reads as NaN, so the input keeps its last number until the clerk finishes typing.
 */
function parseVi(text: string | undefined): string {
  const parsed = parseVietnameseNumber(text ?? "");
  if (parsed.kind === "number") return String(parsed.value);
  return parsed.kind === "empty" ? "" : "NaN";
}

/** A number typed the Vietnamese way (Form.Item passes id, value, onChange). */
export function NumberInput({ integer, ...props }: InputNumberProps<number> & { integer: boolean }) {
  return (
    <InputNumber<number>
      style={{ width: "100%" }}
      precision={integer ? 0 : undefined}
      formatter={formatVi}
      // The input reads the parser's answer as a decimal string (typed as a number by antd).
      parser={(text) => parseVi(text) as unknown as number}
      {...props}
    />
  );
}
