import { Typography } from "antd";
import { formatFigure } from "../../../core/indicators/format";
import { DataTable } from "./DataTable";
import { useWidth } from "./useWidth";

export interface Series {
  name: string;
  values: (number | null)[];
  colour: string;
  dashed: boolean;
}

const HEIGHT = 170;
const PAD = { left: 44, right: 10, top: 10, bottom: 22 };
const percent = (v: number | null) => formatFigure(v, "%");

/** The y range: whole tens around the values, within 0–100 %. */
function range(values: number[]): [number, number] {
  const lo = Math.max(0, Math.floor(Math.min(...values) / 10) * 10 - 10);
  const hi = Math.min(100, Math.ceil(Math.max(...values) / 10) * 10);
  return [lo, hi > lo ? hi : lo + 10];
}

/** Runs of months with a value, so a month without dossiers leaves a gap instead of a drop to 0. */
function runs(values: (number | null)[]): { month: number; value: number }[][] {
  const out: { month: number; value: number }[][] = [];
  let run: { month: number; value: number }[] = [];
  values.forEach((value, month) => {
    if (value === null) {
      if (run.length) out.push(run);
      run = [];
    } else run.push({ month, value });
  });
  if (run.length) out.push(run);
  return out;
}

/** "tháng 1: 97,4 %, tháng 2: không có hồ sơ" – the series in words, for the chart's label. */
function summary(s: Series): string {
  const known = s.values.flatMap((v, i) => (v === null ? [] : [`tháng ${i + 1}: ${percent(v)}`]));
  return `${s.name}: ${known.length ? known.join(", ") : "chưa có số liệu"}`;
}

/** A rate month by month as a line per series, drawn in SVG, with its numbers in a table below. */
export function MonthlyChart({ title, series }: { title: string; series: Series[] }) {
  const [ref, width] = useWidth<HTMLDivElement>(320);
  const all = series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const [lo, hi] = all.length ? range(all) : [0, 100];
  const plotW = Math.max(width - PAD.left - PAD.right, 10);
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const x = (month: number) => PAD.left + (plotW * month) / 11;
  const y = (v: number) => PAD.top + plotH * (1 - (v - lo) / (hi - lo));
  const labelEvery = plotW / 11 < 26 ? 2 : 1;
  const ticks = [lo, (lo + hi) / 2, hi];

  return (
    <div className="overview-chart">
      <Typography.Title level={3} style={{ fontSize: 14, margin: "0 0 4px" }}>
        {title}
      </Typography.Title>
      <div ref={ref}>
        <svg role="img" aria-label={`${title}. ${series.map(summary).join(". ")}.`} height={HEIGHT} viewBox={`0 0 ${width} ${HEIGHT}`}>
          {ticks.map((t) => (
            <g key={t}>
              <line x1={PAD.left} x2={PAD.left + plotW} y1={y(t)} y2={y(t)} stroke="#e5e5e5" />
              <text x={PAD.left - 6} y={y(t) + 4} textAnchor="end" fontSize={11} fill="#595959">
                {percent(t)}
              </text>
            </g>
          ))}
          {Array.from({ length: 12 }, (_, m) =>
            m % labelEvery === 0 ? (
              <text key={m} x={x(m)} y={HEIGHT - 6} textAnchor="middle" fontSize={11} fill="#595959">
                T{m + 1}
              </text>
            ) : null,
          )}
          {series.map((s) =>
            runs(s.values).map((run) => (
              <g key={`${s.name}-${run[0]!.month}`}>
                {run.length > 1 ? (
                  <polyline points={run.map((p) => `${x(p.month)},${y(p.value)}`).join(" ")} fill="none" stroke={s.colour} strokeWidth={2} strokeDasharray={s.dashed ? "5 4" : undefined} />
                ) : null}
                {run.map((p) => (
                  <circle key={p.month} cx={x(p.month)} cy={y(p.value)} r={3} fill={s.dashed ? "#fff" : s.colour} stroke={s.colour} strokeWidth={1.5} />
                ))}
              </g>
            )),
          )}
        </svg>
      </div>
      <div className="overview-legend" aria-hidden="true">
        {series.map((s) => (
          <span key={s.name} style={{ color: s.colour }}>
            <span className="overview-legend-swatch" style={s.dashed ? { borderTopStyle: "dashed" } : undefined} />
            <Typography.Text>{s.name}</Typography.Text>
          </span>
        ))}
      </div>
      <DataTable caption={title} head={["Tháng", ...series.map((s) => s.name)]} rows={Array.from({ length: 12 }, (_, m) => [`Tháng ${m + 1}`, ...series.map((s) => percent(s.values[m] ?? null))])} />
    </div>
  );
}
