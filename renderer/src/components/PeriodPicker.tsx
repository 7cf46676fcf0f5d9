import dayjs from "dayjs";
import { DatePicker, Flex, Segmented } from "antd";
import { PERIOD_KIND_OPTIONS, type PeriodChoice, type PeriodKind } from "./periodChoice";

const RANGE_IDS = { start: "period-range-from", end: "period-range-to" };

interface Props {
  value: PeriodChoice;
  onChange: (value: PeriodChoice) => void;
}

/** Which report: Quý I, 6 tháng, Quý III or Năm of a year, or any range of days. */
export function PeriodPicker({ value, onChange }: Props) {
  return (
    <Flex gap={12} align="center" wrap role="group" aria-label="Kỳ báo cáo">
      <Segmented<PeriodKind> aria-label="Loại kỳ báo cáo" value={value.kind} options={PERIOD_KIND_OPTIONS} onChange={(kind) => onChange({ ...value, kind })} />
      {value.kind === "custom" ? (
        <>
          <label htmlFor={RANGE_IDS.start} className="visually-hidden">
            Số liệu từ ngày
          </label>
          <label htmlFor={RANGE_IDS.end} className="visually-hidden">
            Số liệu đến ngày
          </label>
          <DatePicker.RangePicker
            id={RANGE_IDS}
            format="DD/MM/YYYY"
            placeholder={["Từ ngày", "Đến ngày"]}
            value={value.range}
            onChange={(range) => onChange({ ...value, range: range && range[0] && range[1] ? [range[0], range[1]] : null })}
            style={{ width: 260 }}
          />
        </>
      ) : (
        <DatePicker
          picker="year"
          aria-label="Năm báo cáo"
          format="YYYY"
          allowClear={false}
          value={dayjs().year(value.year).startOf("year")}
          onChange={(d) => d && onChange({ ...value, year: d.year() })}
          style={{ width: 130 }}
        />
      )}
    </Flex>
  );
}
