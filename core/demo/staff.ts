import { isoDate, type IsoDate } from "../../shared/dates";
import { disciplineRecords, quotas, staff, staffStatuses } from "../../db/schema";
import { citeDate, TWO_TIER_START, type DemoCalendar } from "./calendar";
import { departmentOf, type DemoContext } from "./context";
import { wordedFor } from "./place";
import { personName, type Gender } from "./names";
import type { Random } from "./random";

type Category = "can_bo" | "cong_chuc" | "vien_chuc";
type Education = "thac_si" | "dai_hoc" | "cao_dang" | "trung_cap";
type Theory = "cao_cap" | "cu_nhan" | "trung_cap" | "so_cap";
type Leaving = "nghi_huu" | "chuyen_cong_tac";
type Role = "chairman" | "viceChairman" | "head" | "oneStop" | "reception";

interface Post {
  department: string | null;
  position: string;
  rank: string;
  category: Category;
  education: Education;
  theory: Theory | null;
  stateManagement: string | null;
  ages: [number, number];
  gender?: Gender;
  role?: Role;
  /** Recruited later: the share of the way from 01/07/2025 to `until`. */
  joinsAt?: number;
  leaves?: { status: Leaving; at: number; note: string };
  discipline?: { form: "khien_trach" | "canh_cao"; at: number; reason: string };
}

const cc = (department: string, position: string, education: Education, theory: Theory | null, ages: [number, number], more: Partial<Post> = {}): Post => ({
  department,
  position,
  rank: "Chuyên viên",
  category: "cong_chuc",
  education,
  theory,
  stateManagement: theory === "trung_cap" ? "Chuyên viên" : null,
  ages,
  ...more,
});

/** The commune's establishment from 01/07/2025: leaders (cán bộ), the offices' civil servants, the culture centre's public employees. */
const POSTS: Post[] = [
  {
    department: null,
    position: "Chủ tịch UBND",
    rank: "Chuyên viên chính",
    category: "can_bo",
    education: "thac_si",
    theory: "cao_cap",
    stateManagement: "Chuyên viên chính",
    ages: [45, 54],
    role: "chairman",
  },
  {
    department: null,
    position: "Phó Chủ tịch UBND",
    rank: "Chuyên viên chính",
    category: "can_bo",
    education: "dai_hoc",
    theory: "cao_cap",
    stateManagement: "Chuyên viên chính",
    ages: [41, 52],
    role: "viceChairman",
  },
  { department: null, position: "Phó Chủ tịch UBND", rank: "Chuyên viên", category: "can_bo", education: "dai_hoc", theory: "cu_nhan", stateManagement: "Chuyên viên", ages: [37, 47] },
  cc("VP", "Chánh Văn phòng", "dai_hoc", "trung_cap", [38, 50], { role: "head" }),
  cc("VP", "Phó Chánh Văn phòng", "dai_hoc", "trung_cap", [61, 61], { gender: "nam", leaves: { status: "nghi_huu", at: 0.8, note: "Nghỉ hưu theo chế độ" } }),
  cc("VP", "Chuyên viên", "dai_hoc", "so_cap", [27, 36], { role: "reception" }),
  cc("VP", "Chuyên viên", "cao_dang", null, [24, 31], { rank: "Cán sự" }),
  cc("VP", "Chuyên viên", "dai_hoc", "trung_cap", [31, 45]),
  cc("VHXH", "Trưởng phòng", "thac_si", "trung_cap", [38, 49], { role: "head", stateManagement: "Chuyên viên chính" }),
  cc("VHXH", "Phó Trưởng phòng", "dai_hoc", "trung_cap", [35, 46]),
  cc("VHXH", "Chuyên viên", "dai_hoc", "trung_cap", [30, 44]),
  cc("VHXH", "Chuyên viên", "dai_hoc", null, [25, 33]),
  cc("VHXH", "Chuyên viên", "dai_hoc", "so_cap", [28, 40]),
  cc("VHXH", "Chuyên viên", "dai_hoc", null, [24, 28], { joinsAt: 0.3 }),
  cc("KT", "Trưởng phòng", "dai_hoc", "trung_cap", [40, 52], { role: "head" }),
  cc("KT", "Phó Trưởng phòng", "dai_hoc", "trung_cap", [34, 45]),
  cc("KT", "Chuyên viên", "dai_hoc", "trung_cap", [30, 45], { discipline: { form: "canh_cao", at: 0.9, reason: "Vi phạm quy định về trình tự thẩm định hồ sơ đăng ký đất đai" } }),
  cc("KT", "Chuyên viên", "trung_cap", null, [26, 40], { rank: "Cán sự" }),
  cc("KT", "Chuyên viên", "dai_hoc", "so_cap", [29, 38], { leaves: { status: "chuyen_cong_tac", at: 0.5, note: "Chuyển công tác đến UBND {cap_don_vi} khác trong {cap_tinh}" } }),
  cc("TTPVHCC", "Phó Giám đốc", "dai_hoc", "trung_cap", [36, 47], { role: "oneStop" }),
  cc("TTPVHCC", "Chuyên viên", "dai_hoc", "so_cap", [28, 40], { role: "oneStop" }),
  cc("TTPVHCC", "Chuyên viên", "dai_hoc", null, [25, 34], {
    role: "oneStop",
    discipline: { form: "khien_trach", at: 0.4, reason: "Để hồ sơ thủ tục hành chính quá hạn mà không thông báo, xin lỗi người dân" },
  }),
  cc("TTPVHCC", "Chuyên viên", "dai_hoc", "trung_cap", [30, 44], { role: "oneStop" }),
  cc("TTPVHCC", "Chuyên viên", "dai_hoc", null, [25, 32], { role: "oneStop" }),
  cc("TTPVHCC", "Chuyên viên", "dai_hoc", null, [24, 27], { role: "oneStop", joinsAt: 0.65 }),
  {
    department: "TTVH",
    position: "Giám đốc",
    rank: "Phương pháp viên hạng III",
    category: "vien_chuc",
    education: "dai_hoc",
    theory: "trung_cap",
    stateManagement: "Chuyên viên",
    ages: [38, 50],
    role: "head",
  },
  { department: "TTVH", position: "Viên chức", rank: "Phương pháp viên hạng III", category: "vien_chuc", education: "dai_hoc", theory: null, stateManagement: null, ages: [26, 36] },
];

export interface StaffMember {
  post: Post;
  name: string;
  gender: Gender;
  birthDate: IsoDate;
  /** Null for whoever joins after `until`: everyone before the new commune began, a recruit whose date has not come. */
  startDate: IsoDate | null;
  leaving: { status: Leaving; date: IsoDate; note: string } | null;
  discipline: { form: "khien_trach" | "canh_cao"; date: IsoDate; reason: string } | null;
}

export interface Roster {
  members: StaffMember[];
  chairman: string;
  viceChairman: string;
  /** Department code → its head; the one-stop centre is headed by the vice-chairman. */
  heads: Map<string, { name: string; title: string }>;
  oneStopOfficers: string[];
  /** Who received dossiers at the old commune's one-stop desk, before 01/07/2025. */
  formerOneStopOfficers: string[];
  receptionOfficer: string;
}

/** Names the unit already gives its leaders and heads, kept in the roster. */
export interface KnownNames {
  chairman?: string;
  viceChairman?: string;
  heads: ReadonlyMap<string, string>;
}

/** A working day at the given share of the way from 01/07/2025 to `until`, or null when the window is too short for it. */
function dateInWindow(calendar: DemoCalendar, share: number): IsoDate | null {
  const first = calendar.dayOf(TWO_TIER_START);
  if (calendar.untilDay - first < 30) return null;
  const day = calendar.workingDayOnOrBefore(first + Math.max(15, Math.round(share * (calendar.untilDay - first))));
  return calendar.date(day);
}

export function planRoster(rng: Random, calendar: DemoCalendar, known: KnownNames): Roster {
  const taken = new Set<string>([known.chairman, known.viceChairman, ...known.heads.values()].filter((n): n is string => !!n));
  const freshName = (gender: Gender) => {
    for (;;) {
      const name = personName(rng, gender);
      if (!taken.has(name)) {
        taken.add(name);
        return name;
      }
    }
  };
  const members = POSTS.map((post): StaffMember => {
    const gender: Gender = post.gender ?? (rng.chance(0.45) ? "nu" : "nam");
    const preset =
      post.role === "chairman" ? known.chairman : post.role === "viceChairman" ? known.viceChairman : post.role === "head" && post.department ? known.heads.get(post.department) : undefined;
    const joined = post.joinsAt !== undefined ? dateInWindow(calendar, post.joinsAt) : TWO_TIER_START <= calendar.until ? TWO_TIER_START : null;
    const leftOn = post.leaves ? dateInWindow(calendar, post.leaves.at) : null;
    const disciplinedOn = post.discipline ? dateInWindow(calendar, post.discipline.at) : null;
    return {
      post,
      name: preset ?? freshName(gender),
      gender,
      birthDate: isoDate(2025 - rng.int(post.ages[0], post.ages[1]), rng.int(1, 12), rng.int(1, 28)),
      startDate: joined,
      leaving: post.leaves && leftOn ? { status: post.leaves.status, date: leftOn, note: post.leaves.note } : null,
      discipline: post.discipline && disciplinedOn ? { form: post.discipline.form, date: disciplinedOn, reason: post.discipline.reason } : null,
    };
  });
  const withRole = (role: Role) => members.filter((m) => m.post.role === role);
  const chairman = withRole("chairman")[0]!.name;
  const viceChairman = withRole("viceChairman")[0]!.name;
  const heads = new Map<string, { name: string; title: string }>();
  for (const m of withRole("head")) heads.set(m.post.department!, { name: m.name, title: m.post.position });
  heads.set("TTPVHCC", { name: known.heads.get("TTPVHCC") ?? viceChairman, title: "Giám đốc" });
  const oneStopOfficers = withRole("oneStop")
    .filter((m) => !m.post.joinsAt)
    .map((m) => m.name);
  const receptionOfficer = withRole("reception")[0]!.name;
  return {
    members,
    chairman,
    viceChairman,
    heads,
    oneStopOfficers,
    formerOneStopOfficers: [...oneStopOfficers.slice(1, 3), receptionOfficer],
    receptionOfficer,
  };
}

export function insertStaff(ctx: DemoContext, roster: Roster): void {
  for (const m of roster.members) {
    if (m.startDate === null) continue;
    const row = ctx.db
      .insert(staff)
      .values({
        fullName: m.name,
        birthDate: m.birthDate,
        gender: m.gender,
        departmentCode: m.post.department ? departmentOf(ctx, m.post.department) : null,
        position: m.post.department === null ? `${m.post.position} ${ctx.place.unitLabel}` : m.post.position,
        rank: m.post.rank,
        category: m.post.category,
        education: m.post.education,
        politicalTheory: m.post.theory,
        stateManagement: m.post.stateManagement,
        startDate: m.startDate,
        batchId: ctx.batchId,
      })
      .returning({ id: staff.id })
      .get();
    ctx.db.insert(staffStatuses).values({ staffId: row.id, status: "dang_cong_tac", fromDate: m.startDate, note: null }).run();
    if (m.leaving)
      ctx.db
        .insert(staffStatuses)
        .values({ staffId: row.id, status: m.leaving.status, fromDate: m.leaving.date, note: wordedFor(ctx.place, m.leaving.note) })
        .run();
    if (m.discipline) {
      ctx.db
        .insert(disciplineRecords)
        .values({
          staffId: row.id,
          form: m.discipline.form,
          decisionNumber: ctx.numbers.symbol("QĐ-UBND", m.discipline.date),
          decisionDate: m.discipline.date,
          reason: m.discipline.reason,
        })
        .run();
    }
  }
}

/** The establishment quota the city gives the commune each year, decided the December before (the first one just before the new commune began). */
export function insertQuotas(ctx: DemoContext): void {
  const rng = ctx.random("quotas");
  const lastYear = Number(ctx.until.slice(0, 4)) + 1;
  for (let year = 2025; year <= lastYear; year++) {
    const decided = year === 2025 ? "2025-06-30" : `${year - 1}-12-26`;
    if (decided > ctx.until) continue;
    ctx.db
      .insert(quotas)
      .values({
        year,
        quota: 28,
        decision: `Quyết định số ${rng.int(year === 2025 ? 1500 : 3000, year === 2025 ? 1800 : 3600)}/QĐ-UBND ngày ${citeDate(decided)} của UBND ${ctx.place.provinceLevel}`,
        note: year === 2025 ? `Giao biên chế cán bộ, công chức cho ${ctx.place.committee} khi thực hiện mô hình chính quyền địa phương hai cấp` : null,
      })
      .onConflictDoNothing({ target: quotas.year })
      .run();
  }
}
