import { Button, Card, Col, Descriptions, Result, Row, Skeleton, Statistic, Typography } from "antd";
import { PageHeading, SectionTitle } from "../components/Headings";
import { LoadError } from "../components/LoadError";
import { formatDate, formatNumber } from "../format";
import { UNIT_KIND_LABELS } from "../labels";
import { hrefOf } from "../nav";
import { useApi } from "../useApi";
import { Alerts } from "../overview/Alerts";
import { Charts } from "../overview/Charts";
import { InspectionCard } from "../overview/InspectionCard";
import { KeyFigures } from "../overview/KeyFigures";
import { UpcomingReports } from "../overview/UpcomingReports";
import type { OverviewData } from "../overview/types";
import "../overview/overview.css";

function NoUnit() {
  return (
    <Card>
      <Result
        status="info"
        title="Chưa thiết lập đơn vị"
        subTitle="Chưa thiết lập đơn vị. Hãy nhập tên xã (phường, đặc khu), tỉnh và quy định báo cáo của tỉnh trong mục Cài đặt để xem các kỳ báo cáo sắp tới."
        extra={
          <Button type="primary" href={hrefOf("cai-dat")}>
            Thiết lập đơn vị
          </Button>
        }
      />
    </Card>
  );
}

function Counts({ counts }: { counts: OverviewData["counts"] }) {
  const items = [
    { title: "Hồ sơ TTHC", value: counts.dossiers },
    { title: "Cán bộ, công chức", value: counts.staff },
    { title: "Văn bản", value: counts.documents },
    { title: "Nhiệm vụ kế hoạch CCHC", value: counts.planTasks },
  ];
  return (
    <Card title={<SectionTitle>Số liệu đã nhập</SectionTitle>} size="small">
      <Row gutter={[16, 16]}>
        {items.map((item) => (
          <Col key={item.title} xs={12} lg={6}>
            <Statistic title={item.title} value={item.value} formatter={(v) => formatNumber(Number(v))} />
          </Col>
        ))}
      </Row>
    </Card>
  );
}

function UnitCards({ data }: { data: OverviewData & { unit: NonNullable<OverviewData["unit"]> } }) {
  const { unit, profile } = data;
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={12}>
        <Card title={<SectionTitle>Đơn vị</SectionTitle>} size="small" style={{ height: "100%" }}>
          <Descriptions
            column={1}
            size="small"
            items={[
              { key: "name", label: "Tên đơn vị", children: <span data-testid="unit-name">{unit.name}</span> },
              { key: "kind", label: "Loại đơn vị", children: UNIT_KIND_LABELS[unit.kind] },
              { key: "province", label: "Tỉnh/thành phố", children: unit.provinceName ?? "–" },
              { key: "address", label: "Địa chỉ", children: unit.address ?? "–" },
            ]}
          />
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card title={<SectionTitle>Quy định báo cáo của tỉnh</SectionTitle>} size="small" style={{ height: "100%" }}>
          {profile ? (
            <Descriptions
              column={1}
              size="small"
              items={[
                { key: "name", label: "Áp dụng", children: profile.name },
                { key: "recipient", label: "Nơi nhận báo cáo", children: profile.recipient },
                { key: "description", label: "Ghi chú", children: profile.description },
              ]}
            />
          ) : (
            <Typography.Text type="secondary">Chưa chọn quy định báo cáo.</Typography.Text>
          )}
        </Card>
      </Col>
    </Row>
  );
}

export function Overview() {
  const state = useApi("overview.get", {});

  return (
    <>
      <PageHeading title="Tổng quan">{state.status === "ready" ? `Hôm nay: ${formatDate(state.value.today)}` : null}</PageHeading>
      {state.status === "loading" && <Skeleton active />}
      {state.status === "error" && <LoadError message={state.message} onRetry={state.reload} />}
      {state.status === "ready" &&
        (state.value.unit === null ? (
          <NoUnit />
        ) : (
          // Sized by the page, never by its table, so nothing overflows at 1093×614.
          <div style={{ display: "grid", gap: 16, contain: "inline-size", minWidth: 0 }}>
            <Alerts alerts={state.value.alerts} />
            <UpcomingReports reports={state.value.upcoming} statuses={state.value.statuses} />
            {state.value.inspection ? <InspectionCard inspection={state.value.inspection} /> : null}
            {state.value.figures ? <KeyFigures figures={state.value.figures} /> : null}
            {state.value.figures ? <Charts figures={state.value.figures} /> : null}
            <UnitCards data={{ ...state.value, unit: state.value.unit }} />
            <Counts counts={state.value.counts} />
          </div>
        ))}
    </>
  );
}
