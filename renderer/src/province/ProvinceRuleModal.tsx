import { useState, type ReactNode } from "react";
import { Col, Flex, Form, Input, Modal, Radio, Row, Typography } from "antd";
import type { ApiOutput } from "../../../core/api/contract";
import { FIELD_LIMITS } from "../../../core/field-limits";
import { profileFromWords, wordProblems, type ProfileWords } from "../../../core/profile-words";
import { call } from "../api";
import { useSaving } from "../components/useSaving";
import { RulePreview } from "./RulePreview";
import { wordsOfText, type RuleText } from "./ruleText";

export type SavedProfile = ApiOutput<"profiles.saveFromWords">;

interface Props {
  initial: RuleText;
  onSaved: (saved: SavedProfile) => void;
  onClose: () => void;
}

/** A day field read as a phrase of the letter: "Số liệu tính đến ngày [15] của tháng cuối kỳ". */
function DayField(props: { id: string; label: string; value: string; problem: string | undefined; extra?: ReactNode; onChange: (v: string) => void }) {
  return (
    <Form.Item label={props.label} htmlFor={props.id} validateStatus={props.problem ? "error" : undefined} help={props.problem} extra={props.extra} style={{ marginBottom: 12 }}>
      <Flex gap={8} align="center">
        <Input id={props.id} inputMode="numeric" autoComplete="off" maxLength={3} value={props.value} onChange={(e) => props.onChange(e.target.value)} style={{ width: 64 }} />
        <span>của tháng cuối kỳ</span>
      </Flex>
    </Form.Item>
  );
}

/** Built from the words wherever they make one, so the preview follows the typing. */
function profileOrNull(words: ProfileWords) {
  return Object.keys(wordProblems(words)).length === 0 ? profileFromWords(words) : null;
}

/** "Tỉnh khác…": the province's rule in the words of its letter, its four windows previewed as typed, kept as the province's profile file. */
export function ProvinceRuleModal({ initial, onSaved, onClose }: Props) {
  const [text, setText] = useState<RuleText>(initial);
  const [tried, setTried] = useState(false);
  const { busy, save: saving } = useSaving();
  const set = (field: keyof RuleText) => (value: string | boolean) => setText((t) => ({ ...t, [field]: value }));

  const words = wordsOfText(text);
  const problems = wordProblems(words);
  // A field's problem shows once something is typed in it, or when saving is tried.
  const problemOf = (field: keyof RuleText & keyof ProfileWords) => (tried || String(text[field]).trim() ? problems[field] : undefined);
  const profile = profileOrNull(words);
  const year = new Date().getFullYear();

  const save = () => {
    setTried(true);
    if (!profile) return;
    let saved: SavedProfile | null = null;
    void saving(
      async () => (saved = await call("profiles.saveFromWords", words)),
      `Đã lưu quy định báo cáo của ${profile.name}.`,
      () => saved && onSaved(saved),
    );
  };

  return (
    <Modal
      open
      title="Tỉnh khác: quy định báo cáo theo văn bản của tỉnh"
      width={860}
      style={{ top: 24 }}
      okText="Lưu quy định"
      cancelText="Hủy"
      confirmLoading={busy}
      onOk={save}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        Nhập theo đúng lời văn bản hướng dẫn chế độ báo cáo của tỉnh. Quy định được lưu thành một tệp để gửi cho các xã khác trong tỉnh dùng chung.
      </Typography.Paragraph>
      <Form layout="vertical" component="div">
        <Row gutter={24}>
          <Col xs={24} md={12}>
            <Form.Item
              label="Tên tỉnh/thành phố"
              htmlFor="rule-province"
              required
              validateStatus={problemOf("provinceName") ? "error" : undefined}
              help={problemOf("provinceName")}
              style={{ marginBottom: 12 }}
            >
              <Input id="rule-province" placeholder="Ví dụ: Hà Nội" maxLength={FIELD_LIMITS.name} value={text.provinceName} onChange={(e) => set("provinceName")(e.target.value)} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label="Nơi nhận báo cáo" htmlFor="rule-recipient" help={problemOf("recipient")} validateStatus={problemOf("recipient") ? "error" : undefined} style={{ marginBottom: 12 }}>
              <Input
                id="rule-recipient"
                placeholder={`Sở Nội vụ ${text.provinceName.trim() || "tỉnh …"}`}
                maxLength={FIELD_LIMITS.name}
                value={text.recipient}
                onChange={(e) => set("recipient")(e.target.value)}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <DayField id="rule-cut-off" label="Số liệu tính đến ngày" value={text.cutOffDay} problem={problemOf("cutOffDay")} onChange={set("cutOffDay")} />
          </Col>
          <Col xs={24} md={8}>
            <DayField
              id="rule-estimate"
              label="Ước đạt đến ngày (nếu có)"
              value={text.estimateDay}
              problem={problemOf("estimateDay")}
              onChange={set("estimateDay")}
              extra="Để trống nếu tỉnh không yêu cầu ước đạt."
            />
          </Col>
          <Col xs={24} md={8}>
            <DayField id="rule-due" label="Gửi báo cáo trước ngày" value={text.dueDay} problem={problemOf("dueDay")} onChange={set("dueDay")} />
          </Col>
        </Row>
        <Form.Item label="Báo cáo Quý I, 6 tháng và năm tính số liệu từ" style={{ marginBottom: 12 }}>
          <Radio.Group
            value={text.fromJanuary}
            onChange={(e) => set("fromJanuary")(e.target.value as boolean)}
            options={[
              { value: false, label: "Tháng 12 năm trước (cộng dồn, tiếp theo kỳ trước)" },
              { value: true, label: "Ngày 01/01 của năm báo cáo" },
            ]}
          />
        </Form.Item>
      </Form>
      <RulePreview profile={profile} year={year} />
    </Modal>
  );
}
