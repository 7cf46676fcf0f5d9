import { InputNumber, type InputNumberProps } from "antd";

const grouped = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ".");

/** 18250.5 → "18.250,5", as Vietnamese forms write numbers. */
function formatVi(value: number | string | undefined, info: { userTyping: boolean; input: string }): string {
  if (info.userTyping) return info.input;
  if (value === undefined || value === "") return "";
  const [whole = "", fraction] = String(value).split(".");
  return fraction ? `${grouped(whole)},${fraction}` : grouped(whole);
}

/** "18.250,5" (or 18250,5) → "18250.5": the dot groups thousands, the comma marks decimals. */
const parseVi = (text: string | undefined): string => (text ?? "").replace(/\s/g, "").replace(/\./g, "").replace(",", ".");

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
