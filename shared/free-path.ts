import { existsSync } from "node:fs";

/**
 * The first of `nameFor(1)`, `nameFor(2)`, … that names no existing file: a
 * copy, a backup or an export never overwrites one made before it.
 */
export function firstFreePath(nameFor: (n: number) => string): string {
  for (let n = 1; ; n++) {
    const file = nameFor(n);
    if (!existsSync(file)) return file;
  }
}
