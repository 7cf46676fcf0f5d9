import { resolveStorePath } from "../core/paths";
import { parseArgs, stringOption } from "./args";
import { describeFailure } from "./failure";
import { HELP } from "./help";
import { processIO, type CliIO } from "./io";
import type { ParsedArgs } from "./args";

const FLAGS = new Set(["json", "help", "dry-run", "estimate", "save-mapping", "khong-phu-luc-3", "list", "remove", "from-january", "chap-nhan-qua-han"]);

type Command = (args: ParsedArgs, io: CliIO) => Promise<number>;

// Loaded on demand: a command should not pay for the libraries of the others.
const COMMANDS: Record<string, () => Promise<Command>> = {
  init: () => import("./commands/init").then((m) => m.runInit),
  demo: () => import("./commands/demo").then((m) => m.runDemo),
  period: () => import("./commands/period").then((m) => m.runPeriod),
  serve: () => import("./commands/serve").then((m) => m.runServe),
  import: () => import("./commands/import").then((m) => m.runImport),
  indicators: () => import("./commands/indicators").then((m) => m.runIndicators),
  export: () => import("./commands/export").then((m) => m.runExport),
  "fill-form": () => import("./commands/fill-form").then((m) => m.runFillForm),
  package: () => import("./commands/package").then((m) => m.runPackage),
  backup: () => import("./commands/backup").then((m) => m.runBackup),
  restore: () => import("./commands/backup").then((m) => m.runRestore),
  passphrase: () => import("./commands/backup").then((m) => m.runPassphrase),
  attach: () => import("./commands/attach").then((m) => m.runAttach),
};

/** The command and its kind ("export phu-luc-3") for the error log; never a file name, which may name a citizen. */
const commandWords = (args: ParsedArgs | null): string =>
  (args?.positionals ?? [])
    .slice(0, 2)
    .filter((word, i) => i === 0 || /^[a-z0-9-]+$/.test(word))
    .join(" ");

/** Runs one command; returns the exit code of cli.md (0 done, 1 done with problems, 2 nothing done). */
export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  let args: ParsedArgs | null = null;
  try {
    args = parseArgs(argv, FLAGS);
    const [command, ...rest] = args.positionals;
    if (!command) {
      if (args.options.get("help") === true) {
        io.out(HELP);
        return 0;
      }
      io.err(HELP);
      return 2;
    }
    if (command === "help" || args.options.get("help") === true) {
      io.out(HELP);
      return 0;
    }
    const load = COMMANDS[command];
    if (!load) {
      io.err(`Lệnh không hợp lệ: "${command}". Xem "cchc --help".`);
      return 2;
    }
    const run = await load();
    return await run({ positionals: rest, options: args.options }, io);
  } catch (e) {
    io.err(describeFailure(e, commandWords(args), resolveStorePath(args ? stringOption(args, "db") : undefined)));
    return 2;
  }
}
