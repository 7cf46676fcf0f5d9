import { useState } from "react";
import { Button } from "antd";
import { isImportableRegister } from "../../../core/api/contract";
import type { RegisterKey } from "../../../core/records/registers/keys";
import { RegisterImportModal } from "./import/RegisterImportModal";

interface Props {
  register: RegisterKey;
  onImported: () => void;
}

/** "Nhập từ Excel" for a register offices keep in Excel; nothing for the others. */
export function RegisterImportButton({ register, onImported }: Props) {
  const [open, setOpen] = useState(false);
  if (!isImportableRegister(register)) return null;
  return (
    <>
      <Button onClick={() => setOpen(true)}>Nhập từ Excel</Button>
      <RegisterImportModal register={register} open={open} onClose={() => setOpen(false)} onImported={onImported} />
    </>
  );
}
