// The `cchc` program: bin/cchc.mjs runs this file through tsx, or its bundle dist/cli/cchc.mjs (cli/scripts/build.mjs).
import { main } from "./main";

process.exitCode = await main(process.argv.slice(2));
