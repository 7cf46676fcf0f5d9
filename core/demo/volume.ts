import type { DemoCalendar } from "./calendar";
import type { Random } from "./random";

/** Dossiers a month at the default volume. */
const DEFAULT_PER_MONTH = 250;

const AVERAGE_MONTH_DAYS = 365.25 / 12;

export const defaultDossierCount = (calendar: DemoCalendar) => Math.round((DEFAULT_PER_MONTH * (calendar.untilDay + 1)) / AVERAGE_MONTH_DAYS);

/** Busier before Tết and in the school-enrolment month, quieter in the Tết month. */
const SEASON = [1.15, 0.8, 1.0, 0.95, 0.95, 1.0, 1.05, 1.12, 0.97, 1.0, 1.0, 1.08];
/** Monday to Friday, then Saturday morning (a few dossiers). */
const WEEKDAY = [1.2, 1.0, 1.0, 0.98, 0.92, 0.07];

/**
 * How many of `total` dossiers each day from DEMO_START to `until` receives:
 * weights by season, weekday and some noise per month and per day, then the
 * exact total shared out by largest remainders.
 */
export function dailyCounts(calendar: DemoCalendar, total: number, rng: Random): Int32Array {
  const days = calendar.untilDay + 1;
  const weights = new Float64Array(days);
  const monthNoise = new Map<string, number>();
  let sum = 0;
  for (let day = 0; day < days; day++) {
    const saturday = calendar.isOpenSaturday(day);
    if (!calendar.isWorkingDay(day) && !saturday) continue;
    const date = calendar.date(day);
    const month = date.slice(0, 7);
    let noise = monthNoise.get(month);
    if (noise === undefined) monthNoise.set(month, (noise = 0.88 + rng.next() * 0.24));
    const w = (saturday ? WEEKDAY[5]! : WEEKDAY[calendar.weekday[day]!]!) * SEASON[Number(date.slice(5, 7)) - 1]! * noise * (0.75 + rng.next() * 0.5);
    weights[day] = w;
    sum += w;
  }
  const counts = new Int32Array(days);
  if (sum === 0 || total === 0) return counts;
  const remainders: [number, number][] = [];
  let given = 0;
  for (let day = 0; day < days; day++) {
    const exact = (total * weights[day]!) / sum;
    const whole = Math.floor(exact);
    counts[day] = whole;
    given += whole;
    if (weights[day]! > 0) remainders.push([exact - whole, day]);
  }
  remainders.sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let i = 0; i < total - given; i++) counts[remainders[i % remainders.length]![1]]! += 1;
  return counts;
}
