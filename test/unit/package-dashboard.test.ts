import { describe, expect, it } from "vitest";
import { createAppContext } from "../../core/app-context";
import type { AppContext } from "../../core/context";
import { answerPackage } from "../../core/packages/answer";
import { readPackage } from "../../core/packages/container";
import { createDepartmentPackage } from "../../core/packages/create";
import { packageDashboard, setPartDeadline } from "../../core/packages/dashboard";
import { applyMerge } from "../../core/packages/merge";
import { DEMO_OUTLINE, DEMO_WINDOW, demoCommune } from "../fixtures/demo-commune";

const OUTLINE = DEMO_OUTLINE;
const WINDOW = DEMO_WINDOW;
const commune = demoCommune("cchc-han-");

/** The demo commune as the compiling officer, with the clock at a given Vietnam time. */
const officerAt = (vietnamTime: string): AppContext => commune.officer({ now: () => new Date(`${vietnamTime.replace(" ", "T")}:00+07:00`) });

const rowOf = (ctx: AppContext, dept: string, request = { outlineId: OUTLINE, period: WINDOW }) => packageDashboard(ctx, request).departments.find((d) => d.code === dept)!;

describe("department deadlines", () => {
  it("take the outline's own deadline for its window: 11:00 on 09/10/2025 (seed 002)", () => {
    const ctx = officerAt("2025-10-01 08:00");
    const rows = packageDashboard(ctx, { outlineId: OUTLINE, period: WINDOW }).departments;
    expect(rows).toHaveLength(5);
    for (const r of rows) expect(r).toMatchObject({ deadline: "2025-10-09 11:00", deadlineSource: "de_cuong" });
    expect(readPackage(createDepartmentPackage(ctx, { outlineId: OUTLINE, period: WINDOW, departmentCode: "KT" }).bytes, "KT.cchc").manifest.deadline).toBe("2025-10-09 11:00");
    ctx.store.close();
  });

  it("take the profile's due day for a periodic report: day 10 of the last month (seed 003)", () => {
    const ctx = officerAt("2025-09-01 08:00");
    const viKhe = { outlineId: OUTLINE, period: "2025-Q3", profileId: "vi-khe" };
    expect(rowOf(ctx, "VP", viKhe)).toMatchObject({ deadline: "2025-09-10", deadlineSource: "quy_dinh" });
    const year = { outlineId: "bao-cao-nam", period: "2025-Y", profileId: "vi-khe" };
    expect(rowOf(ctx, "VP", year)).toMatchObject({ deadline: "2025-12-10", deadlineSource: "quy_dinh" });
    ctx.store.close();
  });

  it("fall back to the window's last day for another custom window, and a deadline set by hand wins", () => {
    const ctx = officerAt("2025-09-01 08:00");
    const other = { outlineId: OUTLINE, period: "2025-07-01..2025-09-30" };
    expect(rowOf(ctx, "VP", other)).toMatchObject({ deadline: "2025-09-30", deadlineSource: "cuoi_ky" });
    setPartDeadline(ctx, { ...other, departmentCode: "VP", deadline: "2025-09-25 16:30" });
    expect(rowOf(ctx, "VP", other)).toMatchObject({ deadline: "2025-09-25 16:30", deadlineSource: "tay" });
    expect(rowOf(ctx, "KT", other).deadlineSource).toBe("cuoi_ky");
    setPartDeadline(ctx, { ...other, departmentCode: "VP", deadline: null });
    expect(rowOf(ctx, "VP", other).deadlineSource).toBe("cuoi_ky");
    ctx.store.close();
  });
});

describe("the state of each department's part", () => {
  it("goes chưa gửi → đã gửi → quá hạn after 11:00 on the due day → cần bổ sung or đã nhận once answered", () => {
    const before = officerAt("2025-10-09 10:59");
    expect(rowOf(before, "TTVH").state).toBe("chua_gui");
    const sent = createDepartmentPackage(before, { outlineId: OUTLINE, period: WINDOW, departmentCode: "TTVH" });
    const row = rowOf(before, "TTVH");
    expect(row.state).toBe("da_gui");
    expect(row.sentAt).toBe("2025-10-09 10:59:00");
    before.store.close();

    const late = createAppContext({ storePath: before.store.path, userName: "Nguyễn Thị Hương", now: () => new Date("2025-10-09T11:01:00+07:00") });
    const overdue = rowOf(late, "TTVH");
    expect(overdue.state).toBe("qua_han");
    expect(overdue.missing.length).toBeGreaterThan(0);

    const opened = readPackage(sent.bytes, sent.fileName);
    const part = structuredClone(opened.part);
    part.texts[0]!.answer = "Trung tâm Văn hóa đã tuyên truyền CCHC trên hệ thống truyền thanh của xã.";
    applyMerge(late, answerPackage({ userName: "Đỗ Thị Lan", now: late.now }, opened, part), "TTVH-tra-loi.cchc");
    const received = rowOf(late, "TTVH");
    expect(received.receivedAt).toBe("2025-10-09 11:01:00");
    expect(received.state).toBe(received.missing.length === 0 ? "da_nhan" : "can_bo_sung");
    expect(received.missing).not.toContain(`Nội dung mục ${part.texts[0]!.itemKey}`);
    const events = packageDashboard(late, { outlineId: OUTLINE, period: WINDOW }).events;
    expect(events.map((e) => [e.direction, e.sender])).toEqual([
      ["nhan", "Đỗ Thị Lan (Trung tâm Văn hóa - Thể thao và Truyền thông)"],
      ["gui", "Nguyễn Thị Hương"],
    ]);
    late.store.close();
  });
});
