import { Alert, Card, Typography } from "antd";
import { PageHeading } from "../components/Headings";
import type { Section } from "../nav";

export function Placeholder({ section }: { section: Section }) {
  return (
    <>
      <PageHeading title={section.label} />
      <Card style={{ maxWidth: 880 }}>
        <Typography.Paragraph style={{ fontSize: 15 }}>{section.description}</Typography.Paragraph>
        <Alert type="info" showIcon title="Chức năng này sẽ có trong bản cập nhật tới." />
      </Card>
    </>
  );
}
