import { Drawer, Typography } from "antd";
import { sectionOf, type SectionKey } from "../nav";
import { sectionKeys } from "../shortcuts/keys";
import { ShortcutTable } from "../shortcuts/ShortcutTable";
import { HELP } from ".";

function Heading({ children }: { children: string }) {
  return (
    <Typography.Title level={3} style={{ fontSize: 16, margin: "16px 0 6px" }}>
      {children}
    </Typography.Title>
  );
}

/** The help of one screen: what it is for, the usual steps, what the statuses mean, what to do when it goes wrong. */
export function HelpDrawer({ section, open, onClose }: { section: SectionKey; open: boolean; onClose: () => void }) {
  const topic = HELP[section];
  const { label } = sectionOf(section);
  return (
    <Drawer open={open} onClose={onClose} title={`Hướng dẫn: ${label}`} size={460} closable={{ "aria-label": "Đóng hướng dẫn" }} className="help-drawer">
      <div data-testid="help-drawer">
        <Typography.Paragraph style={{ marginBottom: 0 }}>{topic.purpose}</Typography.Paragraph>
        <Typography.Paragraph type="secondary" style={{ margin: "4px 0 0" }}>
          Mở màn hình này nhanh bằng {sectionKeys(section)}.
        </Typography.Paragraph>
        <Heading>Các bước thường làm</Heading>
        <ol>
          {topic.steps.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ol>
        <Heading>Trạng thái, màu sắc</Heading>
        <dl className="help-terms">
          {topic.statuses.map((s) => (
            <div key={s.label}>
              <dt>{s.label}</dt>
              <dd>{s.meaning}</dd>
            </div>
          ))}
        </dl>
        <Heading>Khi gặp trục trặc</Heading>
        <dl className="help-terms">
          {topic.problems.map((p) => (
            <div key={p.problem}>
              <dt>{p.problem}</dt>
              <dd>{p.fix}</dd>
            </div>
          ))}
        </dl>
        <Heading>Phím tắt</Heading>
        <ShortcutTable />
      </div>
    </Drawer>
  );
}
