import { call } from "../api";
import { printHtml, type PrintSpec } from "./printDocument";

/** The hidden frame the lists are printed from; it stays in the page so the last print can be read back in tests. */
export const PRINT_FRAME_ID = "print-frame";

function printFrame(): HTMLIFrameElement {
  const existing = document.getElementById(PRINT_FRAME_ID);
  if (existing instanceof HTMLIFrameElement) return existing;
  const frame = document.createElement("iframe");
  frame.id = PRINT_FRAME_ID;
  frame.title = "Bản in danh sách";
  frame.setAttribute("aria-hidden", "true");
  frame.tabIndex = -1;
  frame.style.cssText = "position:fixed;right:0;bottom:0;width:0;height:0;border:0;visibility:hidden";
  document.body.appendChild(frame);
  return frame;
}

/** Prints a list as an A4 document headed by the unit's name, through the system's print dialog (or “Lưu PDF”). */
export async function printTable<T>(spec: PrintSpec<T>): Promise<void> {
  const unit = await call("unit.get", {});
  const html = printHtml(spec, unit?.name ?? "", new Date());
  const frame = printFrame();
  const win = frame.contentWindow;
  if (!win) throw new Error("Không mở được bản in.");
  const returnTo = document.activeElement;
  win.document.open();
  win.document.write(html);
  win.document.close();
  win.focus();
  win.print();
  // Back to the app, or its keyboard shortcuts would go to the print frame.
  window.focus();
  if (returnTo instanceof HTMLElement) returnTo.focus();
}
