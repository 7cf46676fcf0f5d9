import { Select, type SelectProps } from "antd";
import { useApi } from "../useApi";
import { fold } from "./fold";

type Props = Omit<SelectProps, "options" | "showSearch" | "loading">;

const matches = (input: string, option?: { label?: unknown }) => fold(String(option?.label ?? "")).includes(fold(input));

/** A department of the unit, picked by name (Form.Item passes id, value, onChange). */
export function DepartmentSelect(props: Props) {
  const unit = useApi("unit.get", {});
  const options = unit.status === "ready" ? (unit.value?.departments ?? []).map((d) => ({ value: d.code, label: d.name })) : [];
  return <Select showSearch={{ filterOption: matches }} loading={unit.status === "loading"} options={options} {...props} />;
}

/** A staff member, picked by name; the position tells apart two people of the same name. */
export function StaffSelect(props: Props) {
  const staff = useApi("registers.list", { register: "staff" });
  const options = staff.status === "ready" ? staff.value.rows.map((r) => ({ value: r.id, label: r.position ? `${String(r.fullName)} – ${String(r.position)}` : String(r.fullName) })) : [];
  return <Select showSearch={{ filterOption: matches }} loading={staff.status === "loading"} options={options} {...props} />;
}
