import { AppError } from "../shared/errors";

export interface ParsedArgs {
  positionals: string[];
  options: Map<string, string | true>;
}

/** `--name value`, `--name=value` and boolean `--flag`; `flags` lists the options that take no value. */
export function parseArgs(argv: string[], flags: ReadonlySet<string>): ParsedArgs {
  const positionals: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "-h") {
      options.set("help", true);
    } else if (a.startsWith("--")) {
      const eq = a.indexOf("=");
      const name = eq >= 0 ? a.slice(2, eq) : a.slice(2);
      if (flags.has(name)) {
        options.set(name, true);
      } else if (eq >= 0) {
        options.set(name, a.slice(eq + 1));
      } else {
        const next = argv[i + 1];
        if (next === undefined || next.startsWith("--")) throw new AppError("usage", `Tùy chọn --${name} cần một giá trị.`);
        options.set(name, next);
        i++;
      }
    } else {
      positionals.push(a);
    }
  }
  return { positionals, options };
}

export const stringOption = (args: ParsedArgs, name: string): string | undefined => {
  const v = args.options.get(name);
  return typeof v === "string" ? v : undefined;
};

export function intOption(args: ParsedArgs, name: string, min: number, max: number): number | undefined {
  const v = stringOption(args, name);
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max) throw new AppError("usage", `--${name} phải là số nguyên từ ${min} đến ${max} (nhận được "${v}").`);
  return n;
}

export function requireOption(args: ParsedArgs, name: string, example: string): string {
  const v = stringOption(args, name);
  if (!v) throw new AppError("usage", `Thiếu tùy chọn --${name} (ví dụ: --${name} ${example}).`);
  return v;
}

/** Refuses options the command does not know, so a typo is not silently ignored. */
export function rejectUnknown(args: ParsedArgs, known: readonly string[]): void {
  for (const name of args.options.keys()) {
    if (!known.includes(name)) throw new AppError("usage", `Tùy chọn không hợp lệ: --${name}. Xem "cchc --help".`);
  }
}
