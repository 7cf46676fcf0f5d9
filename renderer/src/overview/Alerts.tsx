import { Button, Card, Flex, Typography } from "antd";
import { SectionTitle } from "../components/Headings";
import { ALERT_LINKS } from "./links";
import type { OverviewAlert } from "./types";

const SEVERE: ReadonlySet<OverviewAlert["kind"]> = new Set(["ho_so_qua_han", "nhiem_vu_tinh_giao"]);

/** What needs acting on today, a line each: what is wrong, what to do, and the way to the screen where it is done. */
export function Alerts({ alerts }: { alerts: OverviewAlert[] }) {
  if (alerts.length === 0) return null;
  return (
    <Card size="small" title={<SectionTitle>Cần xử lý</SectionTitle>} data-testid="overview-alerts">
      <ul className="overview-alerts">
        {alerts.map((a) => {
          const link = ALERT_LINKS[a.kind];
          return (
            <li key={a.kind} className={SEVERE.has(a.kind) ? "overview-alert-severe" : "overview-alert-warning"}>
              <Flex vertical style={{ minWidth: 0, flex: 1 }}>
                <Typography.Text strong>{a.message}</Typography.Text>
                <Typography.Text>{a.advice}</Typography.Text>
                {a.examples.length > 0 ? <Typography.Text type="secondary">Ví dụ: {a.examples.join("; ")}.</Typography.Text> : null}
              </Flex>
              <Button size="small" href={link.href}>
                {link.label}
              </Button>
            </li>
          );
        })}
      </ul>
    </Card>
  );
}
