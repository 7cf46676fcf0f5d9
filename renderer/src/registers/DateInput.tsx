import { DatePicker, type DatePickerProps } from "antd";
import { DATE_FORMATS } from "./dates";

/** A date typed or picked as dd/mm/yyyy (Form.Item passes id, value, onChange). */
export function DateInput(props: DatePickerProps) {
  return <DatePicker format={DATE_FORMATS} placeholder="ngày/tháng/năm" style={{ width: "100%" }} {...props} />;
}
