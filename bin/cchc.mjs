#!/usr/bin/env node
// Runs the prebuilt bundle (dist/cli, made by `npm ci` and `npm run build:cli`) when it matches the sources; otherwise
// the sources themselves through tsx, which starts about a second slower.
import { bundleEntry, bundleIsFresh } from "../cli/scripts/bundle.mjs";

if (bundleIsFresh()) {
  await import(bundleEntry);
} else {
  process.stderr.write('cchc: chạy từ mã nguồn (chậm hơn) vì bản dựng dist/cli chưa có hoặc cũ hơn mã nguồn; "npm run build:cli" để dựng lại.\n');
  const { register } = await import("tsx/esm/api");
  register();
  await import("../cli/run.ts");
}
