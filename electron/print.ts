import { ipcMain } from "electron";
import { apiFailure, type ApiResult } from "../core/api/contract/result";
import { PRINT_CHANNEL } from "./api-channel";
import { fromAppPage, NOT_FROM_APP } from "./app-sender";

/**
 * Prints the calling page – one of the app's own print views – to an A4 PDF
 * and hands back its bytes (base64) for the page to save; the page's @page
 * rules set the margins. Holds no logic of its own.
 */
export function registerPrintChannel(): void {
  ipcMain.handle(PRINT_CHANNEL, async (event): Promise<ApiResult<string>> => {
    if (!fromAppPage(event)) return NOT_FROM_APP;
    try {
      const pdf = await event.sender.printToPDF({ pageSize: "A4", printBackground: true, preferCSSPageSize: true });
      return { ok: true, value: pdf.toString("base64") };
    } catch (e) {
      return apiFailure("print_failed", `Không tạo được tệp PDF: ${e instanceof Error ? e.message : String(e)}`);
    }
  });
}
