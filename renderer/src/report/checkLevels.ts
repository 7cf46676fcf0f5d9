import type { ReportCheck } from "./types";

/** The worst check on each code: an error wins over a warning. */
export function checkLevelByCode(checks: readonly ReportCheck[]): Map<string, ReportCheck["level"]> {
  const levels = new Map<string, ReportCheck["level"]>();
  for (const check of checks) {
    for (const code of check.codes) if (levels.get(code) !== "error") levels.set(code, check.level);
  }
  return levels;
}
