import { useState } from "react";
import { App, Button, Flex, Popconfirm, Select } from "antd";
import { call, errorMessage } from "../api";
import { FilePickButton } from "../components/FilePickButton";
import type { OutlineInfo } from "./types";

interface Props {
  outlines: OutlineInfo[];
  /** Null: none chosen yet. */
  value: string | null;
  onChange: (id: string) => void;
  onListChanged: (outlines: OutlineInfo[]) => void;
}

/** Which outline to answer: the built-in ones and those loaded from a file (next year's, another province's). */
export function OutlineChooser({ outlines, value, onChange, onListChanged }: Props) {
  const { message, notification } = App.useApp();
  const [busy, setBusy] = useState(false);
  const current = outlines.find((o) => o.id === value);

  const load = async (file: File) => {
    setBusy(true);
    try {
      const list = await call("outline.template.load", { file: { fileName: file.name, text: await file.text() } });
      onListChanged(list);
      const added = list.find((o) => o.fileName === file.name);
      if (added) onChange(added.id);
      void message.success(`Đã nạp đề cương từ tệp ${file.name}.`);
    } catch (e) {
      notification.error({ title: "Không nạp được đề cương", description: errorMessage(e), duration: 0 });
    } finally {
      setBusy(false);
    }
  };

  const remove = async () => {
    try {
      const list = await call("outline.template.remove", { outlineId: current!.id });
      onListChanged(list);
      onChange(list[0]!.id);
      void message.success("Đã bỏ đề cương đã nạp.");
    } catch (e) {
      void message.error(errorMessage(e));
    }
  };

  return (
    <Flex gap={8} wrap align="center">
      <Select
        aria-label="Đề cương"
        value={value ?? undefined}
        placeholder="Chọn đề cương hoặc báo cáo"
        onChange={onChange}
        style={{ minWidth: 360, maxWidth: 560 }}
        options={outlines.map((o) => ({ value: o.id, label: o.fileName ? `${o.name} (tệp ${o.fileName})` : o.name }))}
      />
      <FilePickButton label="Nạp đề cương từ tệp…" accept=".json,application/json" inputLabel="Tệp đề cương (.json)" loading={busy} onFile={(file) => void load(file)} />
      {current && !current.builtin ? (
        <Popconfirm title="Bỏ đề cương đã nạp này?" okText="Bỏ" cancelText="Không" onConfirm={() => void remove()}>
          <Button danger>Bỏ đề cương này</Button>
        </Popconfirm>
      ) : null}
    </Flex>
  );
}
