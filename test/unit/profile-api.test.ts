import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createAppContext } from "../../core/app-context";
import type { AppContext } from "../../core/context";
import { profileFolderFor } from "../../core/paths";
import { call, refused } from "../api-calls";
import { useTempDir } from "../helpers";

const tempDir = useTempDir();

/** A store as the app and cchc serve open it: the user's profile folder beside it. */
function openIn(dir: string): AppContext {
  const storePath = path.join(dir, "x.sqlite");
  return createAppContext({ storePath, profileDirs: [profileFolderFor(storePath)], userName: "Kiểm thử" });
}

const HA_NOI = { provinceName: "Hà Nội", recipient: "Sở Nội vụ thành phố Hà Nội", cutOffDay: 15, estimateDay: null, dueDay: 18, fromJanuary: false };

interface Saved {
  profile: { id: string; name: string; words: unknown };
  file: string;
}

describe("province profiles stated or brought in through the API", () => {
  it("keeps a rule stated in words beside the store, offers it at once and after a restart, and the unit's periods follow it", async () => {
    const dir = tempDir();
    const ctx = openIn(dir);
    try {
      const saved = await call<Saved>(ctx, "profiles.saveFromWords", HA_NOI);
      expect(saved.file).toBe(path.join(dir, "ho-so-tinh", "ha-noi.json"));
      expect(saved.profile).toMatchObject({ id: "ha-noi", name: "Hà Nội", words: HA_NOI });
      const list = await call<{ id: string; words: unknown }[]>(ctx, "profiles.list", {});
      expect(list.find((p) => p.id === "cao-bang")!.words).toBeNull();
      expect(list.find((p) => p.id === "ha-noi")!.words).toEqual(HA_NOI);
      await call(ctx, "unit.save", { name: "Xã Minh Châu", kind: "xa", provinceName: "Thành phố Hà Nội", placeName: null, profileId: "ha-noi", address: null });
      expect(await call(ctx, "periods.resolve", { spec: "2025-Q3" })).toMatchObject({ from: "2025-06-16", to: "2025-09-15", due: "2025-09-18" });
    } finally {
      ctx.store.close();
    }
    const again = openIn(dir);
    try {
      expect(await call(again, "periods.resolve", { spec: "2025-Q1" })).toMatchObject({ from: "2024-12-16", to: "2025-03-15" });
    } finally {
      again.store.close();
    }
  });

  it("hands the profile file on to another commune, which opens it; a broken file is refused as the built-in ones are and nothing is kept", async () => {
    const first = openIn(tempDir());
    const otherDir = tempDir();
    const other = openIn(otherDir);
    try {
      await call(first, "profiles.saveFromWords", HA_NOI);
      const exported = await call<{ fileName: string; contentBase64: string }>(first, "profiles.export", { id: "ha-noi" });
      expect(exported.fileName).toBe("quy-dinh-bao-cao-ha-noi.json");
      const opened = await call<Saved>(other, "profiles.import", exported);
      expect(opened.profile.words).toEqual(HA_NOI);
      expect(readFileSync(opened.file)).toEqual(Buffer.from(exported.contentBase64, "base64"));

      const broken = JSON.parse(Buffer.from(exported.contentBase64, "base64").toString("utf8"));
      broken.id = "bac-ninh";
      broken.reports.H1.to.day = 31;
      const message = await refused(other, "profiles.import", { fileName: "bac-ninh.json", contentBase64: Buffer.from(JSON.stringify(broken)).toString("base64") });
      expect(message).toMatch(/^Tệp hồ sơ tỉnh "bac-ninh.json" không hợp lệ ở "reports.H1.to"/);
      expect(await refused(other, "profiles.import", { fileName: "thu.json", contentBase64: Buffer.from("không phải JSON").toString("base64") })).toMatch(/^Không đọc được tệp hồ sơ tỉnh "thu.json"/);
      expect(existsSync(path.join(otherDir, "ho-so-tinh", "bac-ninh.json"))).toBe(false);
    } finally {
      first.store.close();
      other.store.close();
    }
  });

  it("refuses a day not in every month it is used in, keeping no file", async () => {
    const dir = tempDir();
    const ctx = openIn(dir);
    try {
      expect(await refused(ctx, "profiles.saveFromWords", { ...HA_NOI, cutOffDay: 31 })).toMatch(/^Ngày chốt số liệu 31 không có trong tháng 6 và tháng 9/);
      expect(existsSync(path.join(dir, "ho-so-tinh"))).toBe(false);
    } finally {
      ctx.store.close();
    }
  });
});
