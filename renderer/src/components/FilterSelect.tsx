import { Select } from "antd";

interface Props<T extends string> {
  /** The filter's name, read out by screen readers and used by the tests. */
  label: string;
  /** What the filter shows when nothing is picked, e.g. "Mọi người". */
  placeholder: string;
  width: number;
  value: T | undefined;
  options: { value: T; label: string }[];
  onChange: (value: T | undefined) => void;
}

/** A list filter: pick one value, or clear it to see everything again. */
export function FilterSelect<T extends string>({ label, placeholder, width, value, options, onChange }: Props<T>) {
  return <Select<T> aria-label={label} allowClear placeholder={placeholder} style={{ width }} value={value} options={options} onChange={onChange} />;
}
