import { useEffect, useState } from "react";
import dayjs from "dayjs";
import { periodSpec, type PeriodChoice } from "../components/periodChoice";
import { useApi } from "../useApi";
import { inspectionOutline } from "../../../core/outline/opening";
import type { OutlineInfo } from "./types";

/** The window an outline is first opened for: the one the province asked for, else this year's report of its kind. */
function defaultChoice(info: OutlineInfo | undefined): PeriodChoice {
  const custom = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(info?.defaultPeriod ?? "");
  if (custom) return { kind: "custom", year: Number(custom[2]!.slice(0, 4)), range: [dayjs(custom[1]), dayjs(custom[2])] };
  const kind = info?.periods?.find((k) => k !== "custom") ?? "Y";
  return { kind, year: dayjs().year(), range: null };
}

/**
 * Which outline and which window a page works on, changed by the user: first
 * the outline of the inspection the clerk has set, on its window; without one,
 * the first inspection outline – or, for a page that would show its deadlines
 * as passed (Phòng ban), none until the clerk chooses.
 */
export function useOutlineChoice({ withoutInspection }: { withoutInspection: "first" | "none" } = { withoutInspection: "first" }) {
  const list = useApi("outline.list", {});
  const [loaded, setOutlines] = useState<OutlineInfo[] | null>(null);
  const [outlineId, setOutlineId] = useState<string | null>(null);
  const [choice, setChoice] = useState<PeriodChoice | null>(null);
  const outlines = loaded ?? (list.status === "ready" ? list.value : null);

  useEffect(() => {
    if (!outlines || outlineId) return;
    const first = inspectionOutline(outlines, dayjs().format("YYYY-MM-DD")) ?? (withoutInspection === "first" ? (outlines.find((o) => o.kind === "de_cuong") ?? outlines[0]) : null);
    if (first) {
      setOutlineId(first.id);
      setChoice(defaultChoice(first));
    }
  }, [outlines, outlineId, withoutInspection]);

  const chooseOutline = (id: string) => {
    setOutlineId(id);
    setChoice(defaultChoice(outlines?.find((o) => o.id === id)));
  };

  return {
    listError: list.status === "error" ? { message: list.message, retry: list.reload } : null,
    outlines,
    setOutlines,
    outlineId,
    chooseOutline,
    choice,
    setChoice,
    spec: choice && periodSpec(choice),
  };
}
