import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../helpers";

// The tests read the specification from docs/spec/, so a clone of the repository alone passes `npm test`;
// where the team's shared folder sits beside the clone, the copy must be the same text.
const shared = path.resolve(repoRoot, "../shared/spec");
const copy = path.join(repoRoot, "docs", "spec");

describe("the specification kept in the repository", () => {
  it("holds the contract files the tests and README cite", () => {
    expect(readdirSync(copy).sort()).toEqual(["architecture.md", "cli.md", "de-cuong-kiem-tra-2025.md", "domain.md", "phu-luc-3.md"]);
  });

  it.skipIf(!existsSync(shared))("is the same text as the shared specification beside the clone", () => {
    for (const file of readdirSync(shared).filter((f) => f.endsWith(".md"))) {
      expect(readFileSync(path.join(copy, file), "utf8"), file).toBe(readFileSync(path.join(shared, file), "utf8"));
    }
  });
});
