import { describe, expect, it } from "vitest";
import { openStoreGate } from "../../core/api/store-gate";
import { setStorePassphrase } from "../../core/backup/passphrase";
import type { AppContext } from "../../core/context";
import { demoCommune } from "../fixtures/demo-commune";

const commune = demoCommune("cchc-cong-du-lieu-");
const PASSPHRASE = "Cẩm Giang @ 2025";

function protectedStore(): string {
  const ctx = commune.officer();
  setStorePassphrase(ctx, null, PASSPHRASE);
  ctx.store.close();
  return ctx.store.path;
}

describe("the store gate", () => {
  it("keeps a protected store locked, refusing every call but the status and the unlock, until the passphrase is given", async () => {
    const gate = openStoreGate({ storePath: protectedStore() });
    const opened: AppContext[] = [];
    gate.whenOpen((ctx) => opened.push(ctx));
    expect(gate.current()).toBeNull();
    expect(await gate.call("store.status", {})).toEqual({ ok: true, value: { locked: true, protected: true } });
    expect(await gate.call("unit.get", {})).toEqual({ ok: false, error: { code: "store_locked", message: "Dữ liệu đang khóa bằng mật khẩu: hãy nhập mật khẩu để mở." } });

    const started = Date.now();
    const wrong = await gate.call("store.unlock", { passphrase: "cẩm giang @ 2025" });
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(wrong.ok).toBe(false);
    expect(!wrong.ok && wrong.error.message).toMatch(/^Mật khẩu không đúng/);
    expect(opened).toEqual([]);

    expect(await gate.call("store.unlock", { passphrase: PASSPHRASE })).toEqual({ ok: true, value: { locked: false, protected: true } });
    expect(opened).toHaveLength(1);
    const unit = await gate.call("unit.get", {});
    expect(unit.ok && (unit.value as { name: string }).name).toBe("Xã Cẩm Giang");
    expect(await gate.call("store.status", {})).toEqual({ ok: true, value: { locked: false, protected: true } });
    gate.current()!.store.close();
  });

  it("opens a store without a passphrase at once, and one whose passphrase was given at start", async () => {
    const plain = commune.officer();
    plain.store.close();
    const open = openStoreGate({ storePath: plain.store.path });
    expect(await open.call("store.status", {})).toEqual({ ok: true, value: { locked: false, protected: false } });
    open.current()!.store.close();

    const given = openStoreGate({ storePath: protectedStore(), passphrase: PASSPHRASE });
    let calledAtOnce = false;
    given.whenOpen(() => (calledAtOnce = true));
    expect(calledAtOnce).toBe(true);
    given.current()!.store.close();
  });

  it("throws at start for a wrong passphrase given at start, as for any store that cannot be opened", () => {
    expect(() => openStoreGate({ storePath: protectedStore(), passphrase: "sai" })).toThrow(/^Mật khẩu không đúng/);
  });
});
