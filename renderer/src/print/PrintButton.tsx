import { useState } from "react";
import { App, Button } from "antd";
import { errorMessage } from "../api";
import type { PrintSpec } from "./printDocument";
import { printTable } from "./printTable";

/** Marks the button Ctrl+P presses on the screen shown. */
export const PRINT_SHORTCUT_ATTRIBUTE = "data-print-list";

function PrinterIcon() {
  return (
    <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d="M4 6V1.5h8V6M4 12H2.5A1 1 0 0 1 1.5 11V7a1 1 0 0 1 1-1h11a1 1 0 0 1 1 1v4a1 1 0 0 1-1 1H12" fill="none" stroke="currentColor" strokeWidth="1.4" />
      <path d="M4 9.5h8v5H4z" fill="none" stroke="currentColor" strokeWidth="1.4" />
    </svg>
  );
}

/** "In danh sách": reads what to print when pressed (a list may need fetching in full) and prints it. */
export function PrintButton<T>({ spec, disabled }: { spec: () => Promise<PrintSpec<T>> | PrintSpec<T>; disabled?: boolean }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const print = async () => {
    setBusy(true);
    try {
      await printTable(await spec());
    } catch (e) {
      void message.error(`Không in được: ${errorMessage(e)}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button icon={<PrinterIcon />} loading={busy} disabled={disabled} title="In danh sách (Ctrl+P)" {...{ [PRINT_SHORTCUT_ATTRIBUTE]: "" }} onClick={() => void print()}>
      In danh sách
    </Button>
  );
}
