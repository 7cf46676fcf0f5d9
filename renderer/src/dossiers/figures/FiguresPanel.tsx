import { useEffect, useState } from "react";
import { Card, Flex, Skeleton, Typography } from "antd";
import { LoadError } from "../../components/LoadError";
import { PeriodPicker } from "../../components/PeriodPicker";
import { periodSpec } from "../../components/periodChoice";
import { useNextPeriodChoice } from "../../components/useNextPeriodChoice";
import { useApi } from "../../useApi";
import type { Figure } from "../types";
import { stack } from "../layout";
import { DrilldownDrawer } from "./DrilldownDrawer";
import { FiguresTable } from "./FiguresTable";
import { PeriodWindow } from "./PeriodWindow";

function FiguresOf({ spec, version }: { spec: string; version: number }) {
  const figures = useApi("tthc.figures", { period: spec });
  const reload = figures.reload;
  const [drill, setDrill] = useState<Figure | null>(null);

  useEffect(() => {
    if (version > 0) reload();
  }, [version, reload]);

  if (figures.status === "error") return <LoadError message={figures.message} onRetry={reload} />;
  return (
    <>
      <FiguresTable figures={figures.status === "ready" ? figures.value.figures : []} loading={figures.status === "loading"} onDrill={setDrill} />
      <DrilldownDrawer period={spec} periodLabel={figures.status === "ready" ? figures.value.period.label : null} figure={drill} onClose={() => setDrill(null)} />
    </>
  );
}

/** The TTHC figures of the report the user picks, starting with the next report due. */
export function FiguresPanel({ version }: { version: number }) {
  const [choice, setChoice] = useNextPeriodChoice();

  if (choice === null) return <Skeleton active />;
  const spec = periodSpec(choice);
  return (
    <section aria-labelledby="figures-title" style={stack(12)}>
      <h2 id="figures-title" className="visually-hidden">
        Số liệu theo kỳ
      </h2>
      <Card size="small">
        <Flex vertical gap={10}>
          <PeriodPicker value={choice} onChange={setChoice} />
          {spec ? <PeriodWindow spec={spec} /> : <Typography.Text type="secondary">Hãy chọn ngày bắt đầu và ngày kết thúc.</Typography.Text>}
        </Flex>
      </Card>
      {spec && <FiguresOf spec={spec} version={version} />}
    </section>
  );
}
