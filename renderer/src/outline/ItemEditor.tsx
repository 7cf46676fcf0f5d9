import { useState } from "react";
import { Alert, Button, Card, Descriptions, Divider, Flex, List, Tag, Typography } from "antd";
import { SectionTitle } from "../components/Headings";
import { formatDate } from "../format";
import { EvidencePicker } from "./EvidencePicker";
import { FileMarkTag } from "./FileMarkTag";
import { StatusMarks } from "./StatusMarks";
import { TextBox } from "./TextBox";
import { nodeLabel, type FilledNode, type FilledOutline } from "./types";

interface Props {
  outline: FilledOutline;
  node: FilledNode;
  /** Whether a heading above the item already has evidence documents. */
  coveredAbove: boolean;
  period: string;
  onSaveText: (departmentCode: string | null, body: string) => Promise<void>;
  onLink: (documentId: number, linked: boolean) => Promise<void>;
}

const withUnit = (written: string, unit: string, nothingToRate: boolean) => (nothingToRate || !unit ? written : unit === "%" ? `${written} %` : `${written} ${unit}`);

function Figures({ node }: { node: FilledNode }) {
  const figures = [...node.figures, ...node.facts.flatMap((f) => f.figures)];
  if (figures.length === 0) return null;
  return (
    <div data-testid="item-figures" style={{ display: "grid", gap: 4 }}>
      <Typography.Text strong>Số liệu (tự động từ Phụ lục 3 của kỳ)</Typography.Text>
      {node.facts.map((f) => (
        <Typography.Paragraph key={f.text} style={{ margin: 0 }}>
          {f.text}
        </Typography.Paragraph>
      ))}
      <Descriptions
        size="small"
        column={1}
        bordered
        items={figures.map((f, i) => ({
          key: `${i}-${f.expression}`,
          label: f.label ?? f.expression,
          children: f.value === null && !f.nothingToRate ? <Typography.Text type="danger">Chưa có</Typography.Text> : withUnit(f.written, f.unit, f.nothingToRate),
        }))}
      />
      {figures.some((f) => f.value === null && !f.nothingToRate) ? (
        <Alert type="warning" showIcon title="Còn số liệu chưa có: nhập bổ sung ở trang Báo cáo (Phụ lục 3) của cùng kỳ rồi quay lại." />
      ) : null}
    </div>
  );
}

function Evidence({ node, coveredAbove, onAdd, onUnlink }: { node: FilledNode; coveredAbove: boolean; onAdd: () => void; onUnlink: (documentId: number) => void }) {
  return (
    <div data-testid="item-evidence" style={{ display: "grid", gap: 6 }}>
      <Flex justify="space-between" align="center">
        <Typography.Text strong>Tài liệu minh chứng</Typography.Text>
        <Button size="small" onClick={onAdd}>
          Thêm tài liệu minh chứng…
        </Button>
      </Flex>
      {node.evidence.length > 0 ? (
        <List
          size="small"
          bordered
          dataSource={node.evidence}
          renderItem={(d) => (
            <List.Item
              actions={[
                <Button key="x" size="small" type="link" danger onClick={() => onUnlink(d.documentId)}>
                  Bỏ liên kết
                </Button>,
              ]}
            >
              <span>
                <Typography.Text strong>{d.numberSymbol}</Typography.Text> ngày {formatDate(d.date)} – {d.summary} <FileMarkTag doc={d} />
              </span>
            </List.Item>
          )}
        />
      ) : coveredAbove ? (
        <Typography.Text type="secondary">Đã có tài liệu minh chứng ở mục cấp trên.</Typography.Text>
      ) : node.children.length > 0 ? (
        <Typography.Text type="secondary">Gắn tài liệu cho cả mục này, hoặc cho từng nội dung bên dưới.</Typography.Text>
      ) : (
        <Typography.Text type="danger">Chưa có tài liệu minh chứng.</Typography.Text>
      )}
    </div>
  );
}

/** One item of the outline: its wording with the figures, a text box per department (and the merged text of a joint item), the evidence. */
export function ItemEditor({ outline, node, coveredAbove, period, onSaveText, onLink }: Props) {
  const [picking, setPicking] = useState(false);
  const history = (departmentCode: string | null) => ({ outlineId: outline.outline.id, period, itemKey: node.key, departmentCode });
  const narrative = node.narrative;
  const departmentNames = new Map(outline.departments.map((d) => [d.code, d.name]));

  return (
    <Card size="small" data-testid="item-editor">
      <div style={{ display: "grid", gap: 12 }}>
        <div>
          <Flex justify="space-between" align="start" gap={8}>
            <SectionTitle>{nodeLabel(node)}</SectionTitle>
            <StatusMarks status={node.status} />
          </Flex>
          {node.lead ? (
            <Typography.Paragraph type="secondary" style={{ margin: "4px 0 0" }}>
              Giao: {node.lead}
            </Typography.Paragraph>
          ) : null}
          <Flex gap={4} wrap style={{ marginTop: 6 }}>
            {node.departments.map((d) => (
              <Tag key={d}>{departmentNames.get(d) ?? d}</Tag>
            ))}
          </Flex>
          {node.note ? <Typography.Paragraph style={{ marginTop: 8 }}>{node.note}</Typography.Paragraph> : null}
        </div>
        <Figures node={node} />
        {narrative ? (
          <>
            <Divider style={{ margin: 0 }} />
            {narrative.departments.map((d) => (
              <TextBox
                key={`${node.key}-${d.departmentCode}-${d.current?.at ?? ""}`}
                testId={`text-${d.departmentCode}`}
                title={d.departmentName}
                initial={d.current?.body ?? ""}
                written={d.current}
                placeholder={`Nội dung ${d.departmentName} báo cáo cho mục này`}
                history={history(d.departmentCode)}
                onSave={(body) => onSaveText(d.departmentCode, body)}
              />
            ))}
            {narrative.departments.length > 1 ? (
              <TextBox
                key={`${node.key}-merged-${narrative.merged?.at ?? ""}-${narrative.text.length}`}
                testId="text-merged"
                title="Nội dung tổng hợp (in trong báo cáo)"
                initial={narrative.merged?.body ?? narrative.text}
                written={narrative.merged}
                placeholder="Khi chưa chỉnh sửa, báo cáo ghép nội dung của các phòng ban theo thứ tự trên."
                history={history(null)}
                onSave={(body) => onSaveText(null, body)}
              />
            ) : null}
          </>
        ) : null}
        {node.evidenceExpected ? (
          <>
            <Divider style={{ margin: 0 }} />
            <Evidence node={node} coveredAbove={coveredAbove} onAdd={() => setPicking(true)} onUnlink={(id) => void onLink(id, false)} />
          </>
        ) : null}
      </div>
      {picking ? <EvidencePicker outlineId={outline.outline.id} period={period} itemKey={node.key} itemLabel={nodeLabel(node)} onLink={onLink} onClose={() => setPicking(false)} /> : null}
    </Card>
  );
}
