import { isAppError } from "../core/errors";
import { parseArgs } from "./args";
import { HELP } from "./help";
import { processIO, type CliIO } from "./io";
import { runInit } from "./commands/init";
import { runDemo } from "./commands/demo";
import { runPeriod } from "./commands/period";
import { runServe } from "./commands/serve";
import type { ParsedArgs } from "./args";

const FLAGS = new Set(["json", "help", "dry-run", "estimate"]);

const COMMANDS: Record<string, (args: ParsedArgs, io: CliIO) => Promise<number>> = {
  init: runInit,
  demo: runDemo,
  period: runPeriod,
  serve: runServe,
};

/** Runs one command; returns the exit code of cli.md (0 done, 1 done with problems, 2 nothing done). */
export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  try {
    const args = parseArgs(argv, FLAGS);
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
    const run = COMMANDS[command];
    if (!run) {
      io.err(`Lệnh không hợp lệ: "${command}". Xem "cchc --help".`);
      return 2;
    }
    return await run({ positionals: rest, options: args.options }, io);
  } catch (e) {
    io.err(isAppError(e) ? e.message : `Lỗi không mong đợi: ${e instanceof Error ? e.message : String(e)}`);
    return 2;
  }
}
