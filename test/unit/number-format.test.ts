import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatFixed, formatNumber } from "../../core/number-format";
import { formatFigure } from "../../core/indicators/format";
import { formatMegabytes } from "../../core/file-size";

const repoRoot = path.resolve(import.meta.dirname, "../..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx|mts|cts)$/.test(name) ? [full] : [];
  });
}

describe("Vietnamese numbers, written in one place", () => {
  it("groups thousands with a dot and writes decimals after a comma", () => {
    expect(formatNumber(1150)).toBe("1.150");
    expect(formatNumber(25.6)).toBe("25,6");
    expect(formatNumber(1234.5678)).toBe("1.234,57");
    expect(formatNumber(1234.5678, 4)).toBe("1.234,5678");
    expect(formatFixed(97.5, 2)).toBe("97,50");
    expect(formatFigure(97.456, "%")).toBe("97,46 %");
    expect(formatFigure(Number.NaN, "hs")).toBe("–");
    expect(formatFigure(null, "hs")).toBe("–");
    expect(formatMegabytes(1_572_864)).toBe("1,5 MB");
  });

  it("builds no vi-VN formatter anywhere else: core, CLI, renderer and Electron use core/number-format.ts", () => {
    const own = path.join(repoRoot, "core", "number-format.ts");
    const builders = ["core", "cli", "db", "electron", path.join("renderer", "src")]
      .flatMap((dir) => sourceFiles(path.join(repoRoot, dir)))
      .filter((file) => file !== own && /Intl\.NumberFormat\(|toLocaleString\(/.test(readFileSync(file, "utf8")))
      .map((file) => path.relative(repoRoot, file));
    expect(builders).toEqual([]);
  });
});
