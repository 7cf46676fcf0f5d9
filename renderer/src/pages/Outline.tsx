import { useMemo, useState } from "react";
import { Button, Card, Collapse, Flex, Skeleton, Typography } from "antd";
import { PageHeading } from "../components/Headings";
import { LoadError } from "../components/LoadError";
import { PeriodPicker } from "../components/PeriodPicker";
import { formatNumber } from "../format";
import { InspectionModal } from "../outline/InspectionModal";
import { ItemEditor } from "../outline/ItemEditor";
import { OutlineChooser } from "../outline/OutlineChooser";
import { OutlineExports } from "../outline/OutlineExports";
import { OutlineTree } from "../outline/OutlineTree";
import { ProgressTable } from "../outline/ProgressTable";
import { flattenNodes } from "../../../core/outline/filled-types";
import type { FilledNode } from "../outline/types";
import { useOutlineChoice } from "../outline/useOutlineChoice";
import { useOutline } from "../outline/useOutline";
import "../outline/outline.css";

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
              {outline.period.label}: số liệu {formatNumber(p.figures.done)}/{formatNumber(p.figures.total)} · nội dung {formatNumber(p.texts.done)}/{formatNumber(p.texts.total)} · minh chứng{" "}
              {formatNumber(p.evidence.done)}/{formatNumber(p.evidence.total)}
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
  const { listError, outlines, setOutlines, outlineId, chooseOutline, choice, setChoice, spec } = useOutlineChoice();
  const picker = choice ? <PeriodPicker value={choice} onChange={setChoice} /> : null;
  const chooser = outlines && outlineId ? <OutlineChooser outlines={outlines} value={outlineId} onChange={chooseOutline} onListChanged={setOutlines} /> : null;

  return (
    <div style={{ contain: "inline-size", minWidth: 0 }}>
      <PageHeading title="Đề cương kiểm tra">
        Báo cáo theo đề cương của tỉnh, thành phố: số liệu điền tự động, nội dung từng phòng ban viết, tài liệu minh chứng cho từng mục, xuất Word theo thể thức Nghị định 30/2020 và in danh mục minh
        chứng cho Đoàn kiểm tra.
      </PageHeading>
      {listError ? <LoadError message={listError.message} onRetry={listError.retry} /> : null}
      {!outlines || !outlineId || !choice ? (
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
