import { useEffect, useState } from "react";
import { useApi } from "../useApi";
import { choiceFromHash, type PeriodChoice } from "./periodChoice";

/**
 * The period the user picks, starting with the one the address names (#/bao-cao/2026-Q1), else the next report
 * due (Quý I of this year when none is known); null until known.
 */
export function useNextPeriodChoice(): [PeriodChoice | null, (choice: PeriodChoice) => void] {
  const coming = useApi("periods.upcoming", {});
  const [choice, setChoice] = useState<PeriodChoice | null>(() => choiceFromHash(window.location.hash));

  useEffect(() => {
    if (choice !== null || coming.status === "loading") return;
    const next = coming.status === "ready" ? coming.value.upcoming.find((u) => u.kind !== "custom") : undefined;
    const year = coming.status === "ready" ? Number(coming.value.today.slice(0, 4)) : new Date().getFullYear();
    setChoice({ kind: next?.kind ?? "Q1", year: next?.year ?? year, range: null });
  }, [coming, choice]);

  return [choice, setChoice];
}
