import { call, valueOf } from "../api";
import { downloadBase64 } from "../dossiers/files";
import { currentPerson } from "../people/session";

const download = (file: { fileName: string; contentBase64: string }) => downloadBase64(file.fileName, file.contentBase64);

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
  download(await call("attachments.file", { id }));
}

/**
 * “Mở” on a file a department package carries (the commune's scan of a
 * document, as the department received it): not in this store, so a
 * download under its name, in the desktop app too.
 */
export async function openPackageFile(packageFile: { fileName: string; contentBase64: string }, sha256: string): Promise<void> {
  download(await call("packages.file", { ...packageFile, sha256 }));
}
