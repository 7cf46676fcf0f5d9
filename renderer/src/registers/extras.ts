import type { ComponentType, ReactNode } from "react";
import type { TableColumnsType } from "antd";
import type { RegisterRow } from "../../../core/records/registers/descriptor";

/** What the form of one register adds to the generic one. */
export interface FormExtras {
  /** More values to offer in text fields, by key (the catalogue's procedures and fields). */
  suggestions?: Record<string, readonly (string | null)[]>;
  /** Under the fields, inside the form (it may watch and set the form's values). */
  addon?: ReactNode;
}

/** What a register's tab shows besides what its descriptor gives (PAKN's status, the satisfaction rate). */
export interface RegisterExtras {
  /** Above the toolbar. */
  Note?: ComponentType;
  /** Under the toolbar, over the rows listed; replaces the count. */
  Summary?: ComponentType<{ rows: readonly RegisterRow[] | null; searching: boolean }>;
  /** Columns worked out on screen, put before the actions. */
  columns?: () => TableColumnsType<RegisterRow>;
  /** Beside “Thêm …”, “Nhập từ Excel” and “In danh sách”. */
  tools?: ReactNode;
  /** Called inside the form while it is open, with the record edited (null for a new one). */
  useFormExtras?: (row: RegisterRow | null) => FormExtras;
}
