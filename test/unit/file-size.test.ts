import { describe, expect, it } from "vitest";
import { formatMegabytes } from "../../core/file-size";

describe("a file's size in megabytes", () => {
  it.each([
    [1024 * 1024, "1 MB"],
    [1.5 * 1024 * 1024, "1,5 MB"],
    [1.04 * 1024 * 1024, "1 MB"],
    [1234.56 * 1024 * 1024, "1.234,6 MB"],
    [200 * 1024, "0,2 MB"],
  ])("%d bytes → %s", (bytes, text) => expect(formatMegabytes(bytes)).toBe(text));
});
