/** The last guard of core/safe-file-name.ts: a file the app writes stays inside the folder it was meant for. */
import path from "node:path";
import { AppError } from "../shared/errors";

/** `folder`/`name`, refused unless that is a file right inside `folder`. */
export function fileInside(folder: string, name: string): string {
  const root = path.resolve(folder);
  const file = path.resolve(root, name);
  if (path.dirname(file) !== root || file === root) {
    throw new AppError("unsafe_file_name", `Tên tệp "${name}" nằm ngoài thư mục "${folder}": ứng dụng chỉ ghi tệp vào thư mục của mình. Không có tệp nào được ghi, dữ liệu không thay đổi.`);
  }
  return file;
}
