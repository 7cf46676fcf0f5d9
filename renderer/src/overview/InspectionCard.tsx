import { Button, Card, Flex, Tag, Typography } from "antd";
import { lowerFirst } from "../../../shared/text";
import { SectionTitle } from "../components/Headings";
import { formatDate, formatDaysLeft, formatNumber } from "../format";
import { hrefOf } from "../nav";
import { STATE_LABELS } from "../packages/types";
import type { Inspection } from "./types";

/** The inspection visit coming: which departments have not returned their part, which items still lack evidence. */
export function InspectionCard({ inspection }: { inspection: Inspection }) {
  const { partsNotReturned: parts, evidenceMissing: evidence, filesMissing: files } = inspection;
  const ready = parts.length === 0 && evidence.count === 0 && files.count === 0;
  return (
    <Card size="small" title={<SectionTitle>Chuẩn bị kiểm tra cải cách hành chính</SectionTitle>} data-testid="overview-inspection">
      <Flex vertical gap={8}>
        <Typography.Text>
          {inspection.outlineName}: Đoàn kiểm tra làm việc {inspection.timeFrom ? `lúc ${inspection.timeFrom} ` : ""}ngày {formatDate(inspection.date)} ({formatDaysLeft(inspection.daysLeft)}); số liệu{" "}
          {lowerFirst(inspection.periodLabel)}.
        </Typography.Text>
        {ready ? <Typography.Text>Các phòng ban đã gửi đủ phần việc và mọi nội dung đều có tài liệu minh chứng kèm tệp.</Typography.Text> : null}
        {parts.length > 0 ? (
          <Flex gap={8} wrap align="center">
            <Typography.Text>Phòng ban chưa gửi đủ phần việc ({formatNumber(parts.length)}):</Typography.Text>
            {parts.map((p) => (
              <Tag key={p.code}>
                {p.name} – {STATE_LABELS[p.state].label.toLocaleLowerCase("vi")}
              </Tag>
            ))}
            <Button size="small" href={hrefOf("phong-ban")}>
              Đôn đốc phòng ban
            </Button>
          </Flex>
        ) : null}
        {evidence.count > 0 ? (
          <Flex gap={8} wrap align="center">
            <Typography.Text>
              {formatNumber(evidence.count)} nội dung chưa có tài liệu minh chứng ({evidence.examples.join(", ")}
              {evidence.count > evidence.examples.length ? ", …" : ""}).
            </Typography.Text>
            <Button size="small" href={hrefOf("de-cuong")}>
              Gắn minh chứng
            </Button>
          </Flex>
        ) : null}
        {files.count > 0 ? (
          <Flex gap={8} wrap align="center">
            <Typography.Text>
              {formatNumber(files.count)} nội dung có văn bản nhưng chưa có tệp ({files.examples.join(", ")}
              {files.count > files.examples.length ? ", …" : ""}).
            </Typography.Text>
            <Button size="small" href={hrefOf("du-lieu")}>
              Đính kèm tệp
            </Button>
          </Flex>
        ) : null}
      </Flex>
    </Card>
  );
}
