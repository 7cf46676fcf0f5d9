import { describe, expect, it } from "vitest";
import { openStoreGate, WRONG_PASSPHRASE_DELAY_MS } from "../../core/api/store-gate";
import { setStorePassphrase } from "../../core/backup/passphrase";
import { demoCommune } from "../fixtures/demo-commune";

const commune = demoCommune("cchc-doan-mat-khau-");
const PASSPHRASE = "Cẩm Giang @ 2025";
const GUESSES = 3;

describe("guessing the passphrase of a locked store", () => {
  it("answers guesses sent together one after another, each wrong one a full delay after the one before", async () => {
    const ctx = commune.officer();
    setStorePassphrase(ctx, null, PASSPHRASE);
    ctx.store.close();
    const gate = openStoreGate({ storePath: ctx.store.path });

    const started = Date.now();
    const answered: number[] = [];
    const guesses = Array.from({ length: GUESSES }, (_, i) =>
      gate.call("store.unlock", { passphrase: `đoán thử ${i}` }).then((r) => {
        answered.push(Date.now() - started);
        return r;
      }),
    );
    const unlocked = gate.call("store.unlock", { passphrase: PASSPHRASE });
    for (const r of await Promise.all(guesses)) expect(!r.ok && r.error.message).toMatch(/^Mật khẩu không đúng/);
    expect(Math.max(...answered)).toBeGreaterThanOrEqual(GUESSES * WRONG_PASSPHRASE_DELAY_MS - 100);
    for (const [i, at] of answered.entries()) expect(at, `lần đoán ${i + 1}`).toBeGreaterThanOrEqual((i + 1) * WRONG_PASSPHRASE_DELAY_MS - 100);
    // The right passphrase typed meanwhile waits its turn behind them, then opens the store.
    expect(await unlocked).toEqual({ ok: true, value: { locked: false, protected: true } });
    gate.current()!.store.close();
  });
});
