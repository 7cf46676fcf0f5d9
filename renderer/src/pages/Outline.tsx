import { useEffect, useMemo, useState } from "react";
import dayjs from "dayjs";
import { Button, Card, Collapse, Flex, Skeleton, Typography } from "antd";
import { PageHeading } from "../components/Headings";
import { LoadError } from "../components/LoadError";
import { PeriodPicker } from "../components/PeriodPicker";
import { periodSpec, type PeriodChoice } from "../components/periodChoice";
import { formatNumber } from "../format";
import { InspectionModal } from "../outline/InspectionModal";
import { ItemEditor } from "../outline/ItemEditor";
import { OutlineChooser } from "../outline/OutlineChooser";
import { OutlineExports } from "../outline/OutlineExports";
import { OutlineTree } from "../outline/OutlineTree";
import { ProgressTable } from "../outline/ProgressTable";
import { flattenNodes } from "../../../core/outline/filled-types";
import type { FilledNode, OutlineInfo } from "../outline/types";
import { useOutline } from "../outline/useOutline";
import { useApi } from "../useApi";
import "../outline/outline.css";

/** The window an outline is first opened for: the one the province asked for, else this year's report of its kind. */
function defaultChoice(info: OutlineInfo | undefined): PeriodChoice {
  const custom = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(info?.defaultPeriod ?? "");
  if (custom) return { kind: "custom", year: Number(custom[2]!.slice(0, 4)), range: [dayjs(custom[1]), dayjs(custom[2])] };
  const kind = info?.periods?.find((k) => k !== "custom") ?? "Y";
  return { kind, year: dayjs().year(), range: null };
}

/** Keys of the nodes that lie under a heading with evidence of its own. */
function coveredKeys(nodes: FilledNode[], covered = false, out = new Set<string>()): Set<string> {
  for (const n of nodes) {
    if (covered) out.add(n.key);
    coveredKeys(n.children, covered || n.evidence.length > 0, out);
  }
  return out;
}

function OutlineOf({ outlineId, period, picker, chooser }: { outlineId: string; period: string; picker: React.ReactNode; chooser: React.ReactNode }) {
  const { outline, loading, error, reload, saveText, linkEvidence } = useOutline(outlineId, period);
  const [selected, setSelected] = useState<string | null>(null);
  const [inspecting, setInspecting] = useState(false);
  const nodes = useMemo(() => (outline ? flattenNodes(outline.sections) : []), [outline]);
  const covered = useMemo(() => coveredKeys(outline?.sections ?? []), [outline]);
  const node = nodes.find((n) => n.key === selected) ?? nodes.find((n) => n.depth > 0) ?? null;
  const p = outline?.progress;

  return (
    <div style={{ display: "grid", gap: 12 }}>
      <Card size="small">
        <Flex vertical gap={10}>
          {chooser}
          <Flex justify="space-between" align="center" gap={12} wrap>
            {picker}
            <Button disabled={!outline} onClick={() => setInspecting(true)}>
              Thông tin buổi kiểm tra…
            </Button>
          </Flex>
          {outline ? <OutlineExports key={`${outlineId}-${period}`} outline={outline} period={period} /> : null}
          {p ? (
            <Typography.Text data-testid="outline-summary">
              {outline.period.label}: số liệu {formatNumber(p.figures.done)}/{formatNumber(p.figures.total)} · nội dung {formatNumber(p.texts.done)}/{formatNumber(p.texts.total)} ·
              minh chứng {formatNumber(p.evidence.done)}/{formatNumber(p.evidence.total)}
            </Typography.Text>
          ) : null}
        </Flex>
      </Card>
      {error ? <LoadError message={error} onRetry={reload} /> : null}
      {outline ? (
        <>
          <Collapse size="small" items={[{ key: "tien-do", label: "Tiến độ theo phòng ban", children: <ProgressTable outline={outline} /> }]} />
          <div className="outline-workspace">
            <Card size="small" className="outline-tree-card" title="Các mục của đề cương">
              <OutlineTree sections={outline.sections} selected={node?.key ?? null} onSelect={setSelected} />
            </Card>
            {node ? (
              <ItemEditor
                key={node.key}
                outline={outline}
                node={node}
                coveredAbove={covered.has(node.key)}
                period={period}
                onSaveText={(departmentCode, body) => saveText(node.key, departmentCode, body)}
                onLink={(documentId, linked) => linkEvidence(node.key, documentId, linked)}
              />
            ) : null}
          </div>
          {inspecting ? (
            <InspectionModal
              outline={outline}
              onClose={() => setInspecting(false)}
              onSaved={() => {
                setInspecting(false);
                reload();
              }}
            />
          ) : null}
        </>
      ) : loading ? (
        <Skeleton active paragraph={{ rows: 10 }} />
      ) : null}
    </div>
  );
}

/** Đề cương kiểm tra: an outline answered for a window – texts per department, figures, evidence, the Word files and the printouts. */
export function Outline() {
  const list = useApi("outline.list", {});
  const [outlines, setOutlines] = useState<OutlineInfo[] | null>(null);
  const [outlineId, setOutlineId] = useState<string | null>(null);
  const [choice, setChoice] = useState<PeriodChoice | null>(null);
  const known = outlines ?? (list.status === "ready" ? list.value : null);

  useEffect(() => {
    if (!known || outlineId) return;
    const first = known.find((o) => o.kind === "de_cuong") ?? known[0];
    if (first) {
      setOutlineId(first.id);
      setChoice(defaultChoice(first));
    }
  }, [known, outlineId]);

  const choose = (id: string) => {
    setOutlineId(id);
    setChoice(defaultChoice(known?.find((o) => o.id === id)));
  };

  const spec = choice && periodSpec(choice);
  const picker = choice ? <PeriodPicker value={choice} onChange={setChoice} /> : null;
  const chooser = known && outlineId ? <OutlineChooser outlines={known} value={outlineId} onChange={choose} onListChanged={setOutlines} /> : null;

  return (
    <div style={{ contain: "inline-size", minWidth: 0 }}>
      <PageHeading title="Đề cương kiểm tra">
        Báo cáo theo đề cương của tỉnh, thành phố: số liệu điền tự động, nội dung từng phòng ban viết, tài liệu minh chứng cho từng mục, xuất Word theo thể thức Nghị định 30/2020 và in danh mục minh chứng cho Đoàn kiểm tra.
      </PageHeading>
      {list.status === "error" ? <LoadError message={list.message} onRetry={list.reload} /> : null}
      {!known || !outlineId || !choice ? (
        <Skeleton active />
      ) : spec ? (
        <OutlineOf outlineId={outlineId} period={spec} picker={picker} chooser={chooser} />
      ) : (
        <Card size="small">
          <Flex vertical gap={10}>
            {chooser}
            {picker}
            <Typography.Text type="secondary">Hãy chọn ngày bắt đầu và ngày kết thúc.</Typography.Text>
          </Flex>
        </Card>
      )}
    </div>
  );
}
