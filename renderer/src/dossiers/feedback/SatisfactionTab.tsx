import { RegisterTab } from "../../registers/RegisterTab";
import type { RegisterExtras } from "../../registers/extras";
import { useApi } from "../../useApi";
import { RateCell } from "./RateCell";
import { RatePreview } from "./RatePreview";
import { SatisfactionNote } from "./SatisfactionNote";
import { SatisfactionTargetsContext } from "./satisfactionTargets";

/** The satisfaction rounds besides their fields: the rate against its target, and the catalogue's fields to pick from. */
const SATISFACTION_EXTRAS: RegisterExtras = {
  Note: SatisfactionNote,
  columns: () => [
    {
      key: "rate",
      title: "Tỷ lệ",
      width: 190,
      render: (_, r) => <RateCell satisfied={Number(r.satisfied)} rated={Number(r.rated)} field={(r.field as string | null) ?? null} />,
    },
  ],
  useFormExtras: () => {
    const catalogue = useApi("procedures.list", {});
    return {
      suggestions: { field: catalogue.status === "ready" ? catalogue.value.map((p) => p.field) : [] },
      addon: <RatePreview />,
    };
  },
};

/** Mức độ hài lòng: the rating rounds, one line per round and field. */
export function SatisfactionTab({ onChanged }: { onChanged: () => void }) {
  const targets = useApi("satisfaction.targets", {});
  return (
    <SatisfactionTargetsContext.Provider value={targets.status === "ready" ? targets.value : null}>
      <RegisterTab register="satisfaction" extras={SATISFACTION_EXTRAS} onChanged={onChanged} />
    </SatisfactionTargetsContext.Provider>
  );
}
