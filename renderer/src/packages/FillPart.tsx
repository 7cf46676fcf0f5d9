import { useState } from "react";
import { Alert, App, Button, Card, Collapse, Descriptions, Flex, Typography } from "antd";
import type { PackageFileRef } from "../../../core/packages/format";
import { call, errorMessage } from "../api";
import { openPackageFile } from "../attachments/openAttachment";
import { checkFiles } from "../attachments/pickedFiles";
import { FilePickButton } from "../components/FilePickButton";
import { downloadBase64, readFileAsBase64 } from "../dossiers/files";
import { formatMoment } from "../format";
import { answersOf, draftOf, filledCounts, type AddedFile, type Draft } from "./draft";
import { PartEvidence } from "./PartEvidence";
import { filesTotalWords, replyFilesProblem, replyFilesTotal, withAddedFiles, withPicked, type FileTarget } from "./replyFiles";
import { PartFigures } from "./PartFigures";
import { PartTexts } from "./PartTexts";
import type { OpenedPart } from "./types";

interface Opened extends OpenedPart {
  file: { fileName: string; contentBase64: string };
}

function replace<T>(list: T[], index: number, value: T): T[] {
  return list.map((x, i) => (i === index ? value : x));
}

/** Browser mode sends the package answered and the files picked in one call, which carries one upload at most; the desktop app has no such limit. */
const receivedBytesInCall = (file: { contentBase64: string }) => (window.cchc?.invoke ? null : Math.floor((file.contentBase64.length * 3) / 4));

/** The department's side: open the package the Văn hóa - Xã hội officer sent, fill only this department's items, save the reply. */
export function FillPart() {
  const { notification, message } = App.useApp();
  const [adding, setAdding] = useState(false);
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

  /** Files picked for a document: each checked (kind, size) and held to what the reply carries before it is read. */
  const addFiles = async (item: number, target: FileTarget, picked: File[]) => {
    if (!opened || !draft || adding) return;
    setAdding(true);
    const refused: string[] = [];
    const taken: AddedFile[] = [];
    try {
      let total = replyFilesTotal(draft);
      for (const { file, problem } of await checkFiles(picked)) {
        const over = problem ?? replyFilesProblem(withPicked(total, file.size), receivedBytesInCall(opened.file));
        if (over) {
          refused.push(problem ?? `Tệp "${file.name}" chưa thêm. ${over}`);
          continue;
        }
        taken.push({ fileName: file.name, size: file.size, contentBase64: await readFileAsBase64(file) });
        total = withPicked(total, file.size);
      }
    } catch (e) {
      refused.push(errorMessage(e));
    } finally {
      setAdding(false);
    }
    if (taken.length > 0) setDraft((d) => d && { ...d, evidence: replace(d.evidence, item, withAddedFiles(d.evidence[item]!, target, taken)) });
    if (refused.length > 0)
      notification.error({
        title: refused.length === 1 ? "Không thêm được tệp" : `Không thêm được ${refused.length} tệp`,
        description: (
          <ul style={{ margin: 0, paddingLeft: 18 }}>
            {refused.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        ),
        duration: 0,
      });
  };

  const openFile = (file: PackageFileRef | AddedFile) => {
    if (!opened) return;
    const opening = "contentBase64" in file ? Promise.resolve(downloadBase64(file.fileName, file.contentBase64)) : openPackageFile(opened.file, file.sha256);
    opening.catch((e: unknown) => void message.error({ content: `Không mở được tệp “${file.fileName}”: ${errorMessage(e)}`, duration: 8 }));
  };

  const save = async () => {
    if (!opened || !draft) return;
    const answers = answersOf(opened.part, draft);
    if ("problem" in answers) {
      setProblem(answers.problem);
      return;
    }
    const tooMuch = replyFilesProblem(replyFilesTotal(draft), receivedBytesInCall(opened.file));
    if (tooMuch) {
      setProblem(tooMuch);
      return;
    }
    setBusy(true);
    try {
      const reply = await call("packages.answer", { ...opened.file, part: answers.part, files: answers.files });
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
            Dành cho phòng ban nhận phần việc: mở tệp .cchc do Phòng Văn hóa - Xã hội gửi, điền số liệu, nội dung và văn bản minh chứng của phòng (kèm bản quét, ảnh chụp nếu có), rồi lưu tệp trả lời
            để gửi lại.
          </Typography.Text>
          {picker}
        </Flex>
      </Card>
    );
  }

  const { manifest, part } = opened;
  const counts = filledCounts(draft);
  const filesTotal = replyFilesTotal(draft);
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
      children: (
        <PartEvidence
          evidence={part.evidence}
          rows={draft.evidence}
          adding={adding}
          onChange={(i, rows) => setDraft({ ...draft, evidence: replace(draft.evidence, i, rows) })}
          onAddFiles={(i, target, files) => void addFiles(i, target, files)}
          onOpen={openFile}
        />
      ),
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
      <Flex gap={12} align="center" wrap>
        <Button type="primary" loading={busy} disabled={adding} onClick={() => void save()}>
          Kiểm tra và lưu tệp trả lời
        </Button>
        {filesTotal.count > 0 ? (
          <Typography.Text type="secondary" data-testid="reply-files-total">
            {filesTotalWords(filesTotal)}
          </Typography.Text>
        ) : null}
      </Flex>
    </div>
  );
}
