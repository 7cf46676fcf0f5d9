import { TWO_TIER_START, type DemoCalendar } from "./calendar";
import { departmentOf, type DemoContext } from "./context";
import { laterMoment, lifecycle, officeTime } from "./lifecycle";
import { person, type Person } from "./names";
import { FIELD, PROCEDURES, type DemoProcedure } from "./procedures";
import { at, WeightedPicker } from "./random";
import type { Roster } from "./staff";
import { dailyCounts } from "./volume";

/** The one-stop system's code of the commune: dossier codes read "000.00.21.H23-250305-0001". */
const AGENCY_CODE = "000.00.21.H23";
const APPLICANT_POOL = 6000;

const STATUS_RAW = {
  returned: "Đã trả kết quả",
  resultReady: "Đã có kết quả",
  processing: "Đang xử lý",
  awaitingPapers: "Chờ bổ sung hồ sơ",
  rejected: "Từ chối",
  withdrawn: "Công dân rút hồ sơ",
} as const;

const CHANNEL_RAW = { online: "Trực tuyến", in_person: "Trực tiếp", post: "Bưu chính công ích" } as const;

const COLUMNS = [
  "code",
  "procedure_code",
  "procedure_name",
  "field",
  "applicant_name",
  "applicant_address",
  "received_at",
  "received_precision",
  "due_at",
  "due_precision",
  "result_at",
  "result_precision",
  "returned_at",
  "returned_precision",
  "status",
  "status_raw",
  "channel",
  "channel_raw",
  "handling_unit",
  "receiving_officer",
  "digitised",
  "electronic_result",
  "has_payment",
  "paid_online",
  "on_province_system",
  "synced_national_portal",
  "reused_data",
  "batch_id",
] as const;

/** Results per quarter ("2025-Q3") and field, for the satisfaction survey. */
export type ResultsByQuarter = Map<string, Map<string, number>>;

const quarterOf = (date: string) => `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;

/** Share of the way from mid-2024 to the end of 2025, where the digital-service trends level off. */
function progress(calendar: DemoCalendar): Float64Array {
  const end = calendar.dayOf("2025-12-31");
  return Float64Array.from({ length: calendar.untilDay + 1 }, (_, day) => Math.min(1, day / end));
}

const lerp = (from: number, to: number, t: number) => from + (to - from) * t;

/** One WeightedPicker of procedures per month, with that month's seasonal peaks and the procedures the commune then handled. */
function monthlyPickers(calendar: DemoCalendar): Map<string, WeightedPicker<number>> {
  const pickers = new Map<string, WeightedPicker<number>>();
  for (let day = 0; day <= calendar.untilDay; day++) {
    const date = calendar.date(day);
    const month = date.slice(0, 7);
    if (pickers.has(month)) continue;
    const weights = PROCEDURES.map((p, i): [number, number] => {
      if (p.since && p.since > date) return [i, 0];
      const peak = p.peaks?.[month] ?? p.peaks?.[month.slice(5)] ?? 1;
      return [i, p.perMonth * peak];
    });
    pickers.set(month, new WeightedPicker(weights));
  }
  return pickers;
}

/** The office that processes a field's dossiers since the two-tier reform. */
function handlingOffice(ctx: DemoContext, p: DemoProcedure): string {
  const economic = [FIELD.datDai, FIELD.xayDung, FIELD.hoKinhDoanh, FIELD.nongNghiep, FIELD.moiTruong] as string[];
  const legal = [FIELD.hoTich, FIELD.chungThuc, FIELD.nuoiConNuoi, FIELD.hoaGiai, FIELD.khieuNai, FIELD.boiThuong] as string[];
  const code = economic.includes(p.field) ? "KT" : legal.includes(p.field) ? "VP" : "VHXH";
  const dept = departmentOf(ctx, code);
  return dept ? ctx.departments.get(dept)! : ctx.place.committee;
}

/**
 * Inserts `total` dossiers received from DEMO_START to `until` through one
 * prepared statement (the caller holds the transaction). Returns the results
 * per quarter and field.
 */
export function insertDossiers(ctx: DemoContext, roster: Roster, total: number): ResultsByQuarter {
  const { calendar } = ctx;
  const rng = ctx.random("dossiers");
  const counts = dailyCounts(calendar, total, ctx.random("volume"));
  const applicantRng = ctx.random("applicants");
  const applicants: Person[] = Array.from({ length: APPLICANT_POOL }, () => person(applicantRng, ctx.place));
  const pickers = monthlyPickers(calendar);
  const t = progress(calendar);
  const twoTierDay = calendar.dayOf(TWO_TIER_START);
  const untilDay = calendar.untilDay;

  const onlineFactor = PROCEDURES.map((p) => (p.onlineFull ? 1.45 : p.onlineEligible ? 0.85 : 0));
  const offices = PROCEDURES.map((p) => handlingOffice(ctx, p));
  const fields = [...new Set(PROCEDURES.map((p) => p.field))];
  const fieldIndex = PROCEDURES.map((p) => fields.indexOf(p.field));
  const quarters: string[] = [];
  const quarterOfDay = new Int32Array(untilDay + 1);
  for (let day = 0; day <= untilDay; day++) {
    const q = quarterOf(calendar.date(day));
    if (quarters[quarters.length - 1] !== q) quarters.push(q);
    quarterOfDay[day] = quarters.length - 1;
  }
  const results = new Int32Array(quarters.length * fields.length);

  const insert = ctx.store.sqlite.prepare(`INSERT INTO dossiers (${COLUMNS.join(", ")}) VALUES (${COLUMNS.map(() => "?").join(", ")})`);
  const row: unknown[] = new Array(COLUMNS.length);

  for (let day = 0; day <= untilDay; day++) {
    const n = counts[day]!;
    if (n === 0) continue;
    const date = calendar.date(day);
    const dayCode = `${AGENCY_CODE}-${date.slice(2, 4)}${date.slice(5, 7)}${date.slice(8, 10)}-`;
    const saturday = calendar.isSaturday(day);
    const picker = pickers.get(date.slice(0, 7))!;
    const officers = day < twoTierDay ? roster.formerOneStopOfficers : roster.oneStopOfficers;
    const tDay = t[day]!;
    const onlineBase = lerp(0.33, 0.8, tDay);
    const lateTrend = lerp(1.25, 0.75, tDay) * (date >= TWO_TIER_START && date < "2025-09-01" ? 1.8 : 1);
    const times = new Float64Array(n);
    for (let i = 0; i < n; i++) times[i] = officeTime(rng, saturday);
    times.sort();

    for (let i = 0; i < n; i++) {
      const pi = picker.pick(rng);
      const p = PROCEDURES[pi]!;
      const received = Math.floor(times[i]!);

      const channel = rng.chance(Math.min(0.98, onlineBase * onlineFactor[pi]!)) ? "online" : rng.chance(p.days > 0 ? 0.03 : 0.004) ? "post" : "in_person";
      const online = channel === "online";
      const life = lifecycle(calendar, rng, p, day, received, lateTrend);
      // As the records stand on `until`: what closes later is still open.
      const status = life.closeDay > untilDay ? "pending" : life.status;
      const { closeDay, closeSec, dueDay, dueSec } = life;

      let statusRaw: string;
      let resultAt: string | null = null;
      let resultPrecision: "date" | "datetime" | null = null;
      let returnedAt: string | null = null;
      let electronicResult: number | null = null;
      if (status === "pending") {
        statusRaw = life.restartDay > untilDay ? STATUS_RAW.awaitingPapers : STATUS_RAW.processing;
      } else {
        const dateOnly = rng.chance(0.04);
        resultAt = dateOnly ? calendar.date(closeDay) : calendar.moment(closeDay, closeSec);
        resultPrecision = dateOnly ? "date" : "datetime";
        statusRaw = status === "rejected" ? STATUS_RAW.rejected : status === "withdrawn" ? STATUS_RAW.withdrawn : STATUS_RAW.returned;
        if (status === "result") {
          electronicResult = rng.chance(online ? lerp(0.5, 0.93, tDay) : lerp(0.3, 0.8, tDay)) ? 1 : 0;
          const [returnDay, returnSec] = online && electronicResult ? [closeDay, closeSec] : laterMoment(calendar, rng, closeDay, closeSec, rng.chance(0.6) ? 0 : rng.chance(0.6) ? 1 : rng.int(2, 6));
          if (returnDay <= untilDay) returnedAt = calendar.moment(returnDay, returnSec);
          else statusRaw = STATUS_RAW.resultReady;
          results[quarterOfDay[closeDay]! * fields.length + fieldIndex[pi]!]! += 1;
        }
      }

      const onSystem = rng.chance(0.992);
      const applicant = at(applicants, rng.int(0, APPLICANT_POOL - 1));
      const dueDateOnly = rng.chance(0.15);
      row[0] = dayCode + String(i + 1).padStart(4, "0");
      row[1] = p.code;
      row[2] = p.name;
      row[3] = p.field;
      row[4] = applicant.name;
      row[5] = applicant.address;
      row[6] = calendar.moment(day, received);
      row[7] = "datetime";
      row[8] = dueDateOnly ? calendar.date(dueDay) : calendar.moment(dueDay, dueSec);
      row[9] = dueDateOnly ? "date" : "datetime";
      row[10] = resultAt;
      row[11] = resultPrecision;
      row[12] = returnedAt;
      row[13] = returnedAt ? "datetime" : null;
      row[14] = status;
      row[15] = statusRaw;
      row[16] = channel;
      row[17] = CHANNEL_RAW[channel];
      row[18] = day < twoTierDay ? ctx.place.committee : offices[pi];
      row[19] = at(officers, rng.int(0, officers.length - 1));
      row[20] = rng.chance(online ? 0.97 : lerp(0.55, 0.92, tDay)) ? 1 : 0;
      row[21] = electronicResult;
      row[22] = p.fee ? 1 : 0;
      row[23] = p.fee ? (rng.chance(online ? lerp(0.6, 0.95, tDay) : lerp(0.05, 0.35, tDay)) ? 1 : 0) : null;
      row[24] = onSystem ? 1 : 0;
      row[25] = onSystem && rng.chance(0.957) ? 1 : 0;
      row[26] = rng.chance(online ? lerp(0.2, 0.65, tDay) : lerp(0.1, 0.45, tDay)) ? 1 : 0;
      row[27] = ctx.batchId;
      insert.run(row);
    }
  }

  const byQuarter: ResultsByQuarter = new Map();
  quarters.forEach((q, qi) => {
    const perField = new Map<string, number>();
    fields.forEach((f, fi) => {
      const n = results[qi * fields.length + fi]!;
      if (n > 0) perField.set(f, n);
    });
    byQuarter.set(q, perField);
  });
  return byQuarter;
}
