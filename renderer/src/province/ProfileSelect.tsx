import { useState } from "react";
import { App, Button, Flex, Select, Typography } from "antd";
import type { ApiOutput } from "../../../core/api/contract";
import { call, errorMessage } from "../api";
import { FilePickButton } from "../components/FilePickButton";
import { downloadBase64, readFileAsBase64 } from "../dossiers/files";
import { ProvinceRuleModal, type SavedProfile } from "./ProvinceRuleModal";
import { EMPTY_RULE, textOfWords, type RuleText } from "./ruleText";

export type Profile = ApiOutput<"profiles.list">[number];

/** The option that opens the rule form instead of choosing a profile. */
const OTHER = "__tinh-khac__";

interface Props {
  profiles: Profile[];
  /** A profile stated or opened here: the list it is offered in grows by it. */
  onAdded: (profile: Profile) => void;
  value?: string;
  onChange?: (id: string) => void;
  id?: string;
}

/**
 * The province's reporting rule: one of those listed, or "Tỉnh khác…" stated
 * in the words of the province's letter; the chosen one's file can be handed
 * on to the other communes of the province, and one they sent opened.
 */
export function ProfileSelect({ profiles, onAdded, value, onChange, id }: Props) {
  const { message } = App.useApp();
  const [editing, setEditing] = useState<RuleText | null>(null);
  const selected = profiles.find((p) => p.id === value);

  const take = (saved: SavedProfile) => {
    onAdded(saved.profile);
    onChange?.(saved.profile.id);
    setEditing(null);
    void message.info(`Tệp quy định: ${saved.file}`, 6);
  };

  const open = async (file: File) => {
    try {
      take(await call("profiles.import", { fileName: file.name, contentBase64: await readFileAsBase64(file) }));
    } catch (e) {
      void message.error(errorMessage(e), 10);
    }
  };

  const save = async () => {
    if (!selected) return;
    try {
      const file = await call("profiles.export", { id: selected.id });
      downloadBase64(file.fileName, file.contentBase64);
    } catch (e) {
      void message.error(errorMessage(e));
    }
  };

  return (
    <>
      <Select
        id={id}
        value={value}
        placeholder="Chọn quy định báo cáo"
        onChange={(v: string) => (v === OTHER ? setEditing(EMPTY_RULE) : onChange?.(v))}
        options={[
          ...profiles.map((p) => ({ value: p.id, label: p.name, description: p.description })),
          { value: OTHER, label: "Tỉnh khác…", description: "Tỉnh chưa có trong danh sách: nhập quy định theo văn bản của tỉnh." },
        ]}
        optionRender={(option) => (
          <div style={{ whiteSpace: "normal", padding: "2px 0" }}>
            <div>{option.data.label}</div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {option.data.description}
            </Typography.Text>
          </div>
        )}
      />
      <Flex wrap style={{ marginTop: 4, marginInline: -15 }}>
        {selected?.words ? (
          <Button type="link" onClick={() => setEditing(textOfWords(selected.words!))}>
            Sửa quy định…
          </Button>
        ) : null}
        <Button type="link" disabled={!selected} onClick={() => void save()}>
          Lưu tệp quy định (gửi xã khác)
        </Button>
        <FilePickButton type="link" label="Mở tệp quy định…" accept=".json" inputLabel="Tệp quy định báo cáo cần mở" onFile={(f) => void open(f)} />
      </Flex>
      {editing ? <ProvinceRuleModal initial={editing} onSaved={take} onClose={() => setEditing(null)} /> : null}
    </>
  );
}
