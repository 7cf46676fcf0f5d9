import type { AppContext } from "../context";
import { AppError } from "../../shared/errors";
import type { ResolvedPeriod } from "../periods";
import { periodOf } from "../unit-period";
import { fillOutline } from "./fill";
import { getOutline } from "./outlines";
import type { FilledOutline } from "./filled-types";
import type { OutlineTemplate } from "./template";

const KIND_NAMES: Record<string, string> = { Q1: "quý I", H1: "6 tháng", Q3: "quý III", Y: "năm", custom: "tùy chọn" };

export interface OutlineRequest {
  outlineId: string;
  period: string;
  profileId?: string;
  /** An outline read from a file for this one call, in place of the kept one named by outlineId. */
  source?: OutlineSource;
}

export type OutlineSource = { outline: OutlineTemplate; fileName: string | null };

/** An outline and the window it is answered for; a window of a kind the outline is not written for is refused. */
export function openOutline(ctx: AppContext, input: OutlineRequest): { source: OutlineSource; period: ResolvedPeriod } {
  const source = input.source ?? getOutline(ctx, input.outlineId);
  const period = periodOf(ctx, input);
  const allowed = source.outline.periods;
  if (allowed && !allowed.includes(period.kind)) {
    throw new AppError("outline_period", `"${source.outline.name}" chỉ lập cho kỳ ${allowed.map((k) => KIND_NAMES[k]).join(", ")}; kỳ "${period.label}" không phù hợp.`);
  }
  return { source, period };
}

export function filledOutline(ctx: AppContext, input: OutlineRequest): FilledOutline {
  const { source, period } = openOutline(ctx, input);
  return fillOutline(ctx, source, period);
}
