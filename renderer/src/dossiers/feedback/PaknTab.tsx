import { RegisterTab } from "../../registers/RegisterTab";
import type { RegisterExtras } from "../../registers/extras";
import { todayIso } from "../../registers/dates";
import { useApi } from "../../useApi";
import { paknStatus } from "./paknStatus";
import { PaknStatusTag } from "./PaknStatusTag";
import { PaknSummary } from "./PaknSummary";
import { ProcedureFieldLink } from "./ProcedureFieldLink";

/** PAKN besides its fields: the status worked out from the dates, and the procedures of the catalogue to pick from. */
const PAKN_EXTRAS: RegisterExtras = {
  Summary: PaknSummary,
  columns: () => {
    const today = todayIso();
    return [{ key: "status", title: "Trạng thái", width: 108, render: (_, r) => <PaknStatusTag status={paknStatus(r, today)} /> }];
  },
  useFormExtras: () => {
    const catalogue = useApi("procedures.list", {});
    const procedures = catalogue.status === "ready" ? catalogue.value : [];
    return {
      suggestions: { procedureName: procedures.map((p) => p.name), field: procedures.map((p) => p.field) },
      addon: <ProcedureFieldLink procedures={procedures} />,
    };
  },
};

/** Phản ánh, kiến nghị: the register of citizens' feedback on procedures. */
export function PaknTab({ onChanged }: { onChanged: () => void }) {
  return <RegisterTab register="pakn" extras={PAKN_EXTRAS} onChanged={onChanged} />;
}
