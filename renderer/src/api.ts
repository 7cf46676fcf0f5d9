import type { ApiInput, ApiMethod, ApiOutput, ApiResult } from "../../core/api/contract";
import { currentPerson } from "./people/session";

interface Bridge {
  invoke(method: string, input: unknown, person?: string): Promise<ApiResult<unknown>>;
  /** The desktop app only: the current page (a print view) as an A4 PDF, base64. */
  printToPdf?(): Promise<ApiResult<string>>;
  /** The desktop app only: opens Hộp thư đi or the backup folder in the file manager. */
  openFolder?(which: "hop-thu-di" | "sao-luu"): Promise<ApiResult<string>>;
  /** The desktop app only: opens a file attached to a document in the system's viewer. */
  openAttachment?(id: number, person?: string): Promise<ApiResult<string>>;
}

declare global {
  interface Window {
    cchc?: Bridge;
  }
}

/** A refusal of the app, with its code kept so a screen can act on it (ask for a passphrase, offer a retry). */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** The app could not be reached at all: every transport failure carries this code. */
export const OFFLINE = "offline";

const HTTP_OFFLINE = "Không kết nối được với ứng dụng. Hãy kiểm tra cửa sổ dòng lệnh chạy “cchc serve” vẫn đang mở, rồi tải lại trang.";
const BRIDGE_OFFLINE = "Không kết nối được với ứng dụng. Hãy đóng rồi mở lại ứng dụng.";

const apiToken = (): string => document.querySelector<HTMLMetaElement>('meta[name="cchc-api-token"]')?.content ?? "";

async function viaHttp(method: string, input: unknown, person: string | undefined): Promise<ApiResult<unknown>> {
  let response: Response;
  try {
    response = await fetch(`api/${method}`, {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        "X-CCHC-Token": apiToken(),
        // A header carries no Vietnamese letters as they are.
        ...(person ? { "X-CCHC-Person": encodeURIComponent(person) } : {}),
      },
      body: JSON.stringify(input),
    });
  } catch {
    throw new ApiError(OFFLINE, HTTP_OFFLINE);
  }
  try {
    return (await response.json()) as ApiResult<unknown>;
  } catch {
    throw new ApiError(OFFLINE, `${HTTP_OFFLINE} (Mã phản hồi HTTP: ${response.status})`);
  }
}

/** Every call carries the person working in this window, if one is named (people/session.ts). */
async function transport(method: string, input: unknown): Promise<ApiResult<unknown>> {
  const person = currentPerson() ?? undefined;
  const bridge = window.cchc;
  if (!bridge?.invoke) return viaHttp(method, input, person);
  try {
    return await bridge.invoke(method, input, person);
  } catch {
    throw new ApiError(OFFLINE, BRIDGE_OFFLINE);
  }
}

/** The value of an answer, or its refusal thrown as an ApiError with the code kept (the bridge's own channels answer this way too). */
export function valueOf<T>(result: ApiResult<T>): T {
  if (!result.ok) throw new ApiError(result.error.code, result.error.message);
  return result.value;
}

export const errorCode = (e: unknown): string | null => (e instanceof ApiError ? e.code : null);

export async function call<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>> {
  return valueOf(await transport(method, input)) as ApiOutput<M>;
}

export const errorMessage = (e: unknown): string => (e instanceof Error ? e.message : String(e));
