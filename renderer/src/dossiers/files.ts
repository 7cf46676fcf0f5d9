/** The bytes of a file the user picked, as base64 (the browser's FileReader; no node API). */
export function readFileAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === "string" ? reader.result : "";
      const comma = url.indexOf(",");
      resolve(comma >= 0 ? url.slice(comma + 1) : "");
    };
    reader.onerror = () => reject(new Error("Không đọc được tệp đã chọn. Hãy kiểm tra tệp không bị mở khóa bởi chương trình khác rồi thử lại."));
    reader.readAsDataURL(file);
  });
}

function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

const MIME_BY_EXTENSION: Record<string, string> = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv;charset=utf-8",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  pdf: "application/pdf",
};

/** Saves base64 content as a file through the browser's download (the user chooses where it goes). */
export function downloadBase64(fileName: string, base64: string): void {
  const extension = fileName.split(".").pop()?.toLowerCase() ?? "";
  const blob = new Blob([base64ToBytes(base64)], { type: MIME_BY_EXTENSION[extension] ?? "application/octet-stream" });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.style.display = "none";
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** What the import accepts, by the file name; null when it is not a file the import reads. */
export function importFormatOf(fileName: string): "xlsx" | "csv" | null {
  const extension = fileName.split(".").pop()?.toLowerCase();
  return extension === "xlsx" || extension === "csv" ? extension : null;
}
