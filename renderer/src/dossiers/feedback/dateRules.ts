import type { FormRule } from "antd";
import type { Dayjs } from "dayjs";

/** A date field that, when filled, may not fall before the date in `other` (when that one is filled too). */
export const notBefore =
  (other: string, message: string): FormRule =>
  ({ getFieldValue }) => ({
    validator: (_, value: Dayjs | null | undefined) => {
      const start = getFieldValue(other) as Dayjs | null | undefined;
      return !value || !start || !value.isBefore(start, "day") ? Promise.resolve() : Promise.reject(new Error(message));
    },
  });
