import { useState } from "react";
import { Alert, App, Button, Card, Collapse, Descriptions, Flex, Typography } from "antd";
import { call, errorMessage } from "../api";
import { FilePickButton } from "../components/FilePickButton";
import { downloadBase64, readFileAsBase64 } from "../dossiers/files";
import { formatMoment } from "../format";
import { answersOf, draftOf, filledCounts, type Draft } from "./draft";
import { PartEvidence } from "./PartEvidence";
import { PartFigures } from "./PartFigures";
import { PartTexts } from "./PartTexts";
import type { OpenedPart } from "./types";

interface Opened extends OpenedPart {
  file: { fileName: string; contentBase64: string };
}

function replace<T>(list: T[], index: number, value: T): T[] {
  return list.map((x, i) => (i === index ? value : x));
}

/** The department's side: open the package the Văn hóa - Xã hội officer sent, fill only this department's items, save the reply. */
export function FillPart() {
  const { notification } = App.useApp();
  const [opened, setOpened] = useState<Opened | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const open = async (picked: File) => {
    try {
      const file = { fileName: picked.name, contentBase64: await readFileAsBase64(picked) };
      const result = await call("packages.open", file);
      setOpened({ ...result, file });
      setDraft(draftOf(result.part));
      setProblem(null);
      setSaved(null);
    } catch (e) {
      notification.error({ title: "Không mở được gói", description: errorMessage(e), duration: 0 });
    }
  };

  const save = async () => {
    if (!opened || !draft) return;
    const answers = answersOf(opened.part, draft);
    if ("problem" in answers) {
      setProblem(answers.problem);
      return;
    }
    setBusy(true);
    try {
      const reply = await call("packages.answer", { ...opened.file, part: answers.part });
      downloadBase64(reply.fileName, reply.contentBase64);
      setProblem(null);
      setSaved(reply.fileName);
    } catch (e) {
      setProblem(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const picker = (
    <FilePickButton type={opened ? "default" : "primary"} label={opened ? "Mở gói khác…" : "Mở gói được giao…"} accept=".cchc" inputLabel="Tệp gói được giao (.cchc)" onFile={(f) => void open(f)} />
  );
  if (!opened || !draft) {
    return (
      <Card size="small">
        <Flex vertical gap={8} align="start">
          <Typography.Text>
            Dành cho phòng ban nhận phần việc: mở tệp .cchc do Phòng Văn hóa - Xã hội gửi, điền số liệu, nội dung và văn bản minh chứng của phòng, rồi lưu tệp trả lời để gửi lại.
          </Typography.Text>
          {picker}
        </Flex>
      </Card>
    );
  }

  const { manifest, part } = opened;
  const counts = filledCounts(draft);
  const sections = [
    {
      key: "so-lieu",
      label: `Số liệu (${counts.figures}/${part.figures.length} đã điền)`,
      show: part.figures.length > 0,
      children: <PartFigures figures={part.figures} typed={draft.figures} onChange={(i, v) => setDraft({ ...draft, figures: replace(draft.figures, i, v) })} />,
    },
    {
      key: "noi-dung",
      label: `Nội dung (${counts.texts}/${part.texts.length} đã viết)`,
      show: part.texts.length > 0,
      children: <PartTexts texts={part.texts} values={draft.texts} onChange={(i, v) => setDraft({ ...draft, texts: replace(draft.texts, i, v) })} />,
    },
    {
      key: "minh-chung",
      label: `Minh chứng (${counts.evidence}/${part.evidence.length} mục có văn bản)`,
      show: part.evidence.length > 0,
      children: <PartEvidence evidence={part.evidence} rows={draft.evidence} onChange={(i, rows) => setDraft({ ...draft, evidence: replace(draft.evidence, i, rows) })} />,
    },
  ].filter((s) => s.show);

  return (
    <div style={{ display: "grid", gap: 12 }} data-testid="fill-part">
      <Card size="small" title={`Phần việc của ${manifest.department.name}`} extra={picker}>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            { key: "unit", label: "Đơn vị", children: manifest.unit.name },
            { key: "window", label: "Kỳ số liệu", children: manifest.window.label },
            { key: "outline", label: "Báo cáo", children: manifest.outline.name },
            { key: "from", label: manifest.direction === "giao" ? "Người giao" : "Người điền", children: `${manifest.createdBy}, ${formatMoment(manifest.createdAt, "sentence")}` },
            { key: "deadline", label: "Hạn gửi lại", children: manifest.deadline ? formatMoment(manifest.deadline, "sentence") : "Không ghi" },
            { key: "file", label: "Tệp", children: opened.file.fileName },
          ]}
        />
      </Card>
      <Collapse size="small" defaultActiveKey={sections.map((s) => s.key)} items={sections} />
      {problem ? <Alert type="error" showIcon title="Chưa lưu được tệp trả lời" description={<span style={{ whiteSpace: "pre-wrap" }}>{problem}</span>} /> : null}
      {saved ? (
        <Alert
          type="success"
          showIcon
          title={`Đã lưu tệp trả lời “${saved}”.`}
          description="Gửi tệp này cho Phòng Văn hóa - Xã hội (USB, Zalo hoặc thư điện tử). Muốn sửa tiếp, mở lại chính tệp trả lời này."
        />
      ) : null}
      <Flex gap={8}>
        <Button type="primary" loading={busy} onClick={() => void save()}>
          Kiểm tra và lưu tệp trả lời
        </Button>
      </Flex>
    </div>
  );
}
