import { useState } from "react";
import dayjs from "dayjs";
import { Card, DatePicker, Flex, Input, Table, Tag } from "antd";
import { auditPrintSpec } from "../audit/auditPrint";
import { ChangeList } from "../audit/ChangeList";
import { ACTION_LABELS, type AuditFilter, type AuditRow } from "../audit/types";
import { FilterSelect } from "../components/FilterSelect";
import { PageHeading } from "../components/Headings";
import { LoadError } from "../components/LoadError";
import { formatMoment, formatNumber } from "../format";
import { PrintButton } from "../print/PrintButton";
import { useApi } from "../useApi";

const PAGE_SIZE = 50;

/** Nhật ký thay đổi: every change to a record, a figure, a text or a setting – who, when, what, old → new. */
export function AuditLog() {
  const [filter, setFilter] = useState<AuditFilter>({ offset: 0, limit: PAGE_SIZE });
  const [search, setSearch] = useState("");
  const page = useApi("audit.list", filter);
  const set = (patch: Partial<AuditFilter>) => setFilter((f) => ({ ...f, ...patch, offset: 0 }));
  const ready = page.status === "ready" ? page.value : null;

  return (
    <div style={{ contain: "inline-size", minWidth: 0 }}>
      <PageHeading title="Nhật ký thay đổi">
        Mọi thay đổi hồ sơ, sổ sách, số liệu, nội dung báo cáo và cài đặt: ai sửa, lúc nào, sửa gì (giá trị cũ → mới). Nhật ký được giữ cùng dữ liệu khi sao lưu và khôi phục.
      </PageHeading>
      <Card size="small" style={{ marginBottom: 12 }} role="search" aria-label="Lọc nhật ký">
        <Flex gap={8} wrap>
          <FilterSelect
            label="Loại dữ liệu"
            placeholder="Mọi loại dữ liệu"
            width={260}
            value={filter.entity}
            options={(ready?.entities ?? []).map((e) => ({ value: e.entity, label: `${e.label} (${formatNumber(e.count)})` }))}
            onChange={(entity) => set({ entity })}
          />
          <FilterSelect
            label="Người thực hiện"
            placeholder="Mọi người"
            width={200}
            value={filter.userName}
            options={(ready?.users ?? []).map((u) => ({ value: u, label: u }))}
            onChange={(userName) => set({ userName })}
          />
          <FilterSelect
            label="Việc"
            placeholder="Mọi việc"
            width={140}
            value={filter.action}
            options={Object.entries(ACTION_LABELS).map(([value, a]) => ({ value: value as NonNullable<AuditFilter["action"]>, label: a.label }))}
            onChange={(action) => set({ action })}
          />
          <DatePicker.RangePicker
            aria-label="Khoảng ngày"
            format="DD/MM/YYYY"
            placeholder={["Từ ngày", "Đến ngày"]}
            value={filter.from && filter.to ? [dayjs(filter.from), dayjs(filter.to)] : null}
            onChange={(range) => set({ from: range?.[0]?.format("YYYY-MM-DD"), to: range?.[1]?.format("YYYY-MM-DD") })}
          />
          <Input.Search
            type="search"
            aria-label="Tìm trong nhật ký"
            placeholder="Tìm (không cần dấu): tên, số hiệu…"
            allowClear
            style={{ width: 280 }}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            onSearch={(value) => set({ search: value || undefined })}
          />
          <PrintButton spec={() => auditPrintSpec(filter)} disabled={!ready?.total} />
        </Flex>
      </Card>
      {page.status === "error" ? <LoadError message={page.message} onRetry={page.reload} /> : null}
      <Table<AuditRow>
        size="small"
        rowKey="id"
        data-testid="audit-table"
        loading={page.status === "loading"}
        dataSource={ready?.rows ?? []}
        locale={{ emptyText: "Không có thay đổi nào khớp với bộ lọc." }}
        pagination={{
          current: Math.floor((filter.offset ?? 0) / PAGE_SIZE) + 1,
          pageSize: PAGE_SIZE,
          total: ready?.total ?? 0,
          showSizeChanger: false,
          showTotal: (total) => `${formatNumber(total)} thay đổi`,
          onChange: (p) => setFilter((f) => ({ ...f, offset: (p - 1) * PAGE_SIZE })),
        }}
        columns={[
          { title: "Lúc", key: "at", width: 130, render: (_, r) => formatMoment(r.at) },
          { title: "Người", key: "user", width: 160, render: (_, r) => r.userName ?? "–" },
          { title: "Việc", key: "action", width: 100, render: (_, r) => <Tag color={ACTION_LABELS[r.action]?.color}>{r.actionLabel}</Tag> },
          {
            title: "Dữ liệu",
            key: "entity",
            width: 220,
            render: (_, r) => (
              <div>
                {r.entityLabel}
                {r.subject ? <div style={{ color: "#666", fontSize: 12, overflowWrap: "anywhere" }}>{r.subject}</div> : null}
              </div>
            ),
          },
          { title: "Thay đổi", key: "changes", render: (_, r) => <ChangeList row={r} /> },
        ]}
      />
    </div>
  );
}
