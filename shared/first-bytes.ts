import { closeSync, openSync, readSync } from "node:fs";

/** The first `count` bytes of a file (fewer when it is shorter): enough to tell what kind of file it is without reading it whole. */
export function firstBytes(file: string, count: number): Buffer {
  const fd = openSync(file, "r");
  try {
    const buf = Buffer.alloc(count);
    return buf.subarray(0, readSync(fd, buf, 0, count, 0));
  } finally {
    closeSync(fd);
  }
}
