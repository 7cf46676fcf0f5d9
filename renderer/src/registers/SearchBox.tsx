import { Input } from "antd";

function SearchIcon() {
  return (
    <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false" style={{ color: "rgba(0, 0, 0, 0.6)" }}>
      <circle cx="7" cy="7" r="5" fill="none" stroke="currentColor" strokeWidth="1.8" />
      <path d="M11 11l3.5 3.5" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
    </svg>
  );
}

interface Props {
  label: string;
  placeholder: string;
  value: string;
  onChange: (value: string) => void;
}

/** The search box of a register; the search itself runs in the store, without diacritics. */
export function SearchBox({ label, placeholder, value, onChange }: Props) {
  return (
    <div role="search" style={{ flex: "1 1 360px", minWidth: 280, maxWidth: 560 }}>
      <Input type="search" aria-label={label} placeholder={placeholder} prefix={<SearchIcon />} allowClear value={value} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}
