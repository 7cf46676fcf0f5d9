/**
 * A province's reporting rule as its letter states it – "số liệu tính đến
 * ngày 15 của tháng cuối kỳ, ước đạt đến ngày 20, gửi trước ngày 18" – made
 * into a profile (domain.md §3). The one rule the set-up screens, the API and
 * `cchc init` build a profile with; pure, so the screens preview it as typed.
 */
import { AppError } from "../shared/errors";
import { daysInMonth } from "../shared/dates";
import { FIELD_LIMITS } from "./field-limits";
import { standardPeriod, type ResolvedPeriod } from "./periods";
import { REPORT_KINDS, type DayOfYear, type ProvinceProfile, type ReportKind } from "./profile-schema";
import { fold, lowerFirst } from "../shared/text";

export interface ProfileWords {
  /** "Hà Nội", "Tỉnh Bắc Ninh": the profile's name. */
  provinceName: string;
  /** "Sở Nội vụ thành phố Hà Nội"; empty: "Sở Nội vụ" and the province's name. */
  recipient: string | null;
  /** "Số liệu tính đến ngày … của tháng cuối kỳ." */
  cutOffDay: number;
  /** "Ước đạt đến ngày …" of the same month, after the cut-off; null where the letter asks for no estimate. */
  estimateDay: number | null;
  /** "Gửi trước ngày … của tháng cuối kỳ." */
  dueDay: number;
  /** Quý I, 6 tháng and Năm count from 01/01 instead of cumulatively from the December before. */
  fromJanuary: boolean;
}

export type WordProblems = Partial<Record<keyof ProfileWords, string>>;

/** The last month of each report, in which its cut-off, estimate and due days fall. */
const LAST_MONTH: Record<ReportKind, number> = { Q1: 3, H1: 6, Q3: 9, Y: 12 };
const LAST_MONTHS = Object.values(LAST_MONTH);
/** No month a rule's day falls in has fewer days (February is never a last month). */
const LATEST_DAY = Math.min(...LAST_MONTHS.map((m) => daysInMonth(2025, m)));

/** Each day's name, and how a sentence names it with its number ("Hạn gửi ngày 31"). */
const DAY_NAMES = {
  cutOffDay: ["Ngày chốt số liệu", "Ngày chốt số liệu"],
  estimateDay: ["Ngày ước đạt", "Ngày ước đạt"],
  dueDay: ["Hạn gửi", "Hạn gửi ngày"],
} as const;

/** Refused, never moved to the month's end: a rule quietly made another than the letter's would misdate every report. */
function dayProblem(field: keyof typeof DAY_NAMES, day: number): string | null {
  const [name, withDay] = DAY_NAMES[field];
  if (!Number.isInteger(day) || day < 1 || day > 31) return `${name} phải là một ngày từ 1 đến ${LATEST_DAY} (số nguyên).`;
  const missing = LAST_MONTHS.filter((m) => day > daysInMonth(2025, m));
  if (missing.length === 0) return null;
  return `${withDay} ${day} không có trong ${missing.map((m) => `tháng ${m}`).join(" và ")} (tháng cuối của kỳ báo cáo), nên không nhận: hãy nhập ngày từ 1 đến ${LATEST_DAY} đúng như văn bản của tỉnh.`;
}

/** What is wrong with the words, per field; empty when a profile can be made of them. */
export function wordProblems(words: ProfileWords): WordProblems {
  const problems: WordProblems = {};
  const name = words.provinceName.trim();
  if (!name) problems.provinceName = "Hãy nhập tên tỉnh/thành phố.";
  else if (name.length > FIELD_LIMITS.name) problems.provinceName = `Tên tỉnh/thành phố dài quá ${FIELD_LIMITS.name} ký tự.`;
  else if (!profileIdOf(name)) problems.provinceName = "Tên tỉnh/thành phố cần có chữ cái.";
  if ((words.recipient ?? "").trim().length > FIELD_LIMITS.name) problems.recipient = `Nơi nhận báo cáo dài quá ${FIELD_LIMITS.name} ký tự.`;
  const cutOff = dayProblem("cutOffDay", words.cutOffDay);
  if (cutOff) problems.cutOffDay = cutOff;
  if (words.estimateDay !== null) {
    const estimate = dayProblem("estimateDay", words.estimateDay);
    if (estimate) problems.estimateDay = estimate;
    else if (!cutOff && words.estimateDay <= words.cutOffDay) {
      problems.estimateDay = `Ngày ước đạt (${words.estimateDay}) phải sau ngày chốt số liệu (${words.cutOffDay}) trong cùng tháng.`;
    }
  }
  const due = dayProblem("dueDay", words.dueDay);
  if (due) problems.dueDay = due;
  return problems;
}

/** "Thành phố Hà Nội" → "ha-noi": the province's name without tỉnh/thành phố, folded. */
export function profileIdOf(provinceName: string): string {
  return fold(provinceName)
    .replace(/^(tinh|thanh pho|tp\.?)\s+/, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

const recipientOf = (name: string) => `Sở Nội vụ ${/^(tỉnh|thành phố)\s/i.test(name) ? lowerFirst(name) : name}`;

const two = (n: number) => String(n).padStart(2, "0");

/** The day after a month's last counted day, in the next month when that is the month's last. */
function dayAfter(day: number, month: number, previousYear: boolean): DayOfYear {
  if (day < daysInMonth(2025, month)) return { day: day + 1, month, ...(previousYear ? { previousYear } : {}) };
  return month === 12 ? { day: 1, month: 1 } : { day: 1, month: month + 1, ...(previousYear ? { previousYear } : {}) };
}

/**
 * The profile the words state. Each window starts the day after the last day
 * the report before counted – the estimate day where there is one (Hải
 * Phòng's 14 → 15), else the cut-off; refused with the first problem.
 */
export function profileFromWords(words: ProfileWords): ProvinceProfile {
  const problem = Object.values(wordProblems(words))[0];
  if (problem) throw new AppError("profile_words_invalid", problem);
  const name = words.provinceName.trim();
  const recipient = words.recipient?.trim() || recipientOf(name);
  const lastCounted = words.estimateDay ?? words.cutOffDay;
  const cumulativeFrom: DayOfYear = words.fromJanuary ? { day: 1, month: 1 } : dayAfter(lastCounted, 12, true);
  const window = (kind: ReportKind) => {
    const month = LAST_MONTH[kind];
    return {
      from: kind === "Q3" ? dayAfter(lastCounted, 6, false) : cumulativeFrom,
      to: { day: words.cutOffDay, month },
      estimateTo: words.estimateDay === null ? null : { day: words.estimateDay, month },
      due: { day: words.dueDay, month },
    };
  };
  const start = cumulativeFrom.previousYear ? `ngày ${two(cumulativeFrom.day)} tháng 12 năm trước` : `ngày ${two(cumulativeFrom.day)} tháng ${two(cumulativeFrom.month)}`;
  return {
    id: profileIdOf(name),
    name,
    description: `UBND xã, phường thuộc ${name} báo cáo ${recipient}`,
    recipient,
    source: `Quy định báo cáo của ${name}, do đơn vị nhập theo văn bản của tỉnh`,
    reports: { Q1: window("Q1"), H1: window("H1"), Q3: window("Q3"), Y: window("Y") },
    notes: [
      `Số liệu thực tế tính đến ngày ${two(words.cutOffDay)} của tháng cuối kỳ${words.estimateDay === null ? "" : `; số liệu ước đạt đến ngày ${two(words.estimateDay)}`}.`,
      `Báo cáo Quý I, 6 tháng và năm tính ${words.fromJanuary ? "" : "cộng dồn "}từ ${start}.`,
      `Gửi báo cáo trước ngày ${two(words.dueDay)} của tháng cuối kỳ.`,
    ],
  };
}

const dayKey = (d: DayOfYear | null) => (d ? `${d.day}/${d.month}${d.previousYear ? "/-1" : ""}` : "-");
const windowsKey = (r: ProvinceProfile["reports"]) => REPORT_KINDS.map((k) => [r[k].from, r[k].to, r[k].estimateTo, r[k].due].map(dayKey).join(" ")).join("; ");

/** The words a profile can be stated in, or null where its windows follow no such rule (Cao Bằng's). */
export function wordsOfProfile(profile: ProvinceProfile): ProfileWords | null {
  const q1 = profile.reports.Q1;
  const words: ProfileWords = {
    provinceName: profile.name,
    recipient: profile.recipient,
    cutOffDay: q1.to.day,
    estimateDay: q1.estimateTo?.day ?? null,
    dueDay: q1.due.day,
    fromJanuary: !q1.from.previousYear && q1.from.month === 1 && q1.from.day === 1,
  };
  if (Object.keys(wordProblems(words)).length > 0) return null;
  return windowsKey(profileFromWords(words).reports) === windowsKey(profile.reports) ? words : null;
}

/** The four reports of a year under the profile, in order: what the set-up screens preview. */
export const reportsOfYear = (profile: ProvinceProfile, year: number): ResolvedPeriod[] => REPORT_KINDS.map((kind) => standardPeriod(year, kind, profile));
