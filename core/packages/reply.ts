import { readPackage, type OpenedPackage } from "./container";
import { isXlsxForm, readXlsxForm } from "./xlsx-form/read";

/** A department's reply, whichever way it came back: a .cchc written by the app, or the Excel form filled by hand. */
export async function readReply(bytes: Buffer, fileName: string, now: Date): Promise<OpenedPackage> {
  return isXlsxForm(bytes) ? readXlsxForm(bytes, fileName, now) : readPackage(bytes, fileName);
}
