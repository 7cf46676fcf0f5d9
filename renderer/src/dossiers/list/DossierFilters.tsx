import { Button, DatePicker, Input, Select } from "antd";
import { formatNumber } from "../../format";
import { CHANNEL_OPTIONS, SORT_OPTIONS, STATUS_OPTIONS } from "../labels";
import type { DossierChannel, DossierSort, DossierStatus } from "../types";
import { stack } from "../layout";
import { FilterSelect } from "../../components/FilterSelect";
import { EMPTY_FILTER, hasFilter, OVERDUE_OPTIONS, type FilterValues, type OverdueChoice } from "./filterState";

interface Props {
  values: FilterValues;
  onChange: (values: FilterValues) => void;
  fields: { field: string; count: number }[];
}

const DATE_FORMAT = "DD/MM/YYYY";
const RECEIVED_IDS = { start: "dossier-received-from", end: "dossier-received-to" };

function SearchIcon() {
  return (
    <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false" style={{ color: "rgba(0, 0, 0, 0.6)" }}>
      <circle cx="7" cy="7" r="5" fill="none" stroke="currentColor" strokeWidth="1.8" />
      <path d="M11 11l3.5 3.5" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
    </svg>
  );
}

export function DossierFilters({ values, onChange, fields }: Props) {
  const set = <K extends keyof FilterValues>(key: K, value: FilterValues[K]) => onChange({ ...values, [key]: value });
  const fieldOptions = fields.map((f) => ({ value: f.field, label: `${f.field} (${formatNumber(f.count)})` }));

  return (
    <div role="search" aria-label="Tìm và lọc hồ sơ" style={stack(8)}>
      <div style={{ display: "flex", gap: 8, flexWrap: "wrap", alignItems: "center" }}>
        <Input
          type="search"
          aria-label="Tìm hồ sơ"
          placeholder="Tìm theo mã hồ sơ, người nộp, thủ tục, lĩnh vực – gõ không dấu cũng được"
          prefix={<SearchIcon />}
          allowClear
          value={values.search}
          onChange={(e) => set("search", e.target.value)}
          style={{ flex: "1 1 420px", minWidth: 320, maxWidth: 640 }}
        />
        <Select<DossierSort> aria-label="Sắp xếp" value={values.sort} options={SORT_OPTIONS} onChange={(v) => set("sort", v)} style={{ width: 220 }} />
        <FilterSelect<OverdueChoice> label="Quá hạn" placeholder="Quá hạn hay không" width={240} value={values.overdue} options={OVERDUE_OPTIONS} onChange={(v) => set("overdue", v)} />
      </div>
      <div style={{ display: "flex", gap: 8, flexWrap: "wrap", alignItems: "center" }}>
        <Select<string>
          aria-label="Lĩnh vực"
          placeholder="Tất cả lĩnh vực"
          allowClear
          showSearch={{ optionFilterProp: "label" }}
          value={values.field}
          options={fieldOptions}
          onChange={(v) => set("field", v ?? undefined)}
          style={{ width: 250 }}
          popupMatchSelectWidth={320}
        />
        <FilterSelect<DossierChannel> label="Kênh nộp hồ sơ" placeholder="Tất cả các kênh" width={180} value={values.channel} options={CHANNEL_OPTIONS} onChange={(v) => set("channel", v)} />
        <FilterSelect<DossierStatus> label="Trạng thái" placeholder="Tất cả trạng thái" width={170} value={values.status} options={STATUS_OPTIONS} onChange={(v) => set("status", v)} />
        <label htmlFor={RECEIVED_IDS.start} className="visually-hidden">
          Tiếp nhận từ ngày
        </label>
        <label htmlFor={RECEIVED_IDS.end} className="visually-hidden">
          Tiếp nhận đến ngày
        </label>
        <DatePicker.RangePicker
          id={RECEIVED_IDS}
          format={DATE_FORMAT}
          placeholder={["Tiếp nhận từ ngày", "đến ngày"]}
          value={values.received}
          onChange={(range) => set("received", range && range[0] && range[1] ? [range[0], range[1]] : null)}
          allowClear
          style={{ width: 280 }}
        />
        <Button onClick={() => onChange({ ...EMPTY_FILTER, sort: values.sort })} disabled={!hasFilter(values)}>
          Bỏ lọc
        </Button>
      </div>
    </div>
  );
}
