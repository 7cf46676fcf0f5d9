import { call, valueOf } from "../api";
import { downloadBase64 } from "../dossiers/files";
import { currentPerson } from "../people/session";

/**
 * “Mở”: the desktop app opens the file in the system's viewer (the shell
 * writes a copy to a temporary folder); browser mode downloads it under the
 * name it was attached with.
 */
export async function openAttachment(id: number): Promise<void> {
  const bridge = window.cchc;
  if (bridge?.openAttachment) {
    valueOf(await bridge.openAttachment(id, currentPerson() ?? undefined));
    return;
  }
  const file = await call("attachments.file", { id });
  downloadBase64(file.fileName, file.contentBase64);
}
