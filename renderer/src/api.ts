import type { ApiInput, ApiMethod, ApiOutput, ApiResult } from "../../core/api/contract";

interface Bridge {
  invoke(method: string, input: unknown): Promise<ApiResult<unknown>>;
  /** The desktop app only: the current page (a print view) as an A4 PDF, base64. */
  printToPdf?(): Promise<ApiResult<string>>;
  /** The desktop app only: opens Hộp thư đi or the backup folder in the file manager. */
  openFolder?(which: "hop-thu-di" | "sao-luu"): Promise<ApiResult<string>>;
}

declare global {
  interface Window {
    cchc?: Bridge;
  }
}

const HTTP_OFFLINE =
  "Không kết nối được với ứng dụng. Hãy kiểm tra cửa sổ dòng lệnh chạy “cchc serve” vẫn đang mở, rồi tải lại trang.";
const BRIDGE_OFFLINE = "Không kết nối được với ứng dụng. Hãy đóng rồi mở lại ứng dụng.";

const apiToken = (): string =>
  document.querySelector<HTMLMetaElement>('meta[name="cchc-api-token"]')?.content ?? "";

async function viaHttp(method: string, input: unknown): Promise<ApiResult<unknown>> {
  let response: Response;
  try {
    response = await fetch(`api/${method}`, {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-CCHC-Token": apiToken() },
      body: JSON.stringify(input),
    });
  } catch {
    throw new Error(HTTP_OFFLINE);
  }
  try {
    return (await response.json()) as ApiResult<unknown>;
  } catch {
    throw new Error(`${HTTP_OFFLINE} (Mã phản hồi HTTP: ${response.status})`);
  }
}

async function transport(method: string, input: unknown): Promise<ApiResult<unknown>> {
  const bridge = window.cchc;
  if (!bridge?.invoke) return viaHttp(method, input);
  try {
    return await bridge.invoke(method, input);
  } catch {
    throw new Error(BRIDGE_OFFLINE);
  }
}

export async function call<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>> {
  const result = await transport(method, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as ApiOutput<M>;
}

export const errorMessage = (e: unknown): string => (e instanceof Error ? e.message : String(e));
