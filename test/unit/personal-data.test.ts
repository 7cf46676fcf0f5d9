import { describe, expect, it } from "vitest";
import { dispatch } from "../../core/api/dispatch";
import type { AppContext } from "../../core/context";
import { entryContent, readZip } from "../../core/zip";
import { DEMO_OUTLINE, DEMO_WINDOW, demoCommune } from "../fixtures/demo-commune";

const commune = demoCommune("cchc-du-lieu-ca-nhan-");

/**
 * Every citizen's name the demo holds (reception visitors, complaint senders,
 * dossier applicants), but for those an official of the commune also bears:
 * a signer's name belongs under the report.
 */
async function citizenNames(ctx: AppContext): Promise<string[]> {
  const unit = await dispatch(ctx, "unit.get", {});
  const officials = new Set([
    ...(unit.ok ? ((unit.value as { signers: { name: string }[] } | null)?.signers ?? []).map((s) => s.name) : []),
    ...(ctx.store.sqlite.prepare("SELECT full_name FROM staff").pluck().all() as string[]),
  ]);
  return (ctx.store.sqlite.prepare("SELECT citizen_name FROM receptions UNION SELECT sender_name FROM complaints UNION SELECT applicant_name FROM dossiers").pluck().all() as (string | null)[]).filter(
    (n): n is string => typeof n === "string" && n.length > 6 && !officials.has(n),
  );
}

/** "Nguyễn Thị An" is not found inside "Nguyễn Thị Anh", an official's name. */
const asWholeName = (name: string) => new RegExp(`(?<!\\p{L})${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?!\\p{L})`, "u");

/** The text inside an Office file (all its XML parts). */
const textOf = (base64: string) =>
  readZip(Buffer.from(base64, "base64"))
    .map((entry) => entryContent(entry).toString("utf8"))
    .join("\n");

async function exported(ctx: AppContext, method: "report.exportXlsx" | "outline.exportDocx" | "outline.exportChecklistDocx", input: object): Promise<string> {
  const result = await dispatch(ctx, method, input);
  if (!result.ok) throw new Error(result.error.message);
  return textOf((result.value as { contentBase64: string }).contentBase64);
}

describe("citizens' personal data", () => {
  it("stays out of the files made for sending: Phụ lục 3, the outline report and the evidence checklist", async () => {
    const ctx = commune.officer();
    const names = await citizenNames(ctx);
    expect(names.length).toBeGreaterThan(50);
    const files = [
      await exported(ctx, "report.exportXlsx", { period: "2025-Q3" }),
      await exported(ctx, "outline.exportDocx", { outlineId: DEMO_OUTLINE, period: DEMO_WINDOW }),
      await exported(ctx, "outline.exportChecklistDocx", { outlineId: DEMO_OUTLINE, period: DEMO_WINDOW }),
    ];
    for (const text of files) {
      expect(text.length).toBeGreaterThan(1000);
      for (const name of names) expect(text, name).not.toMatch(asWholeName(name));
    }
    ctx.store.close();
  });
});
