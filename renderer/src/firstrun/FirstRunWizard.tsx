import { Button, Flex, Skeleton, Typography } from "antd";
import { LoadError } from "../components/LoadError";
import { fillPartHref } from "../packages/fillPartHref";
import type { UnitDetails } from "../labels";
import { currentPerson } from "../people/session";
import { useApi } from "../useApi";
import { SetupSteps } from "./SetupSteps";
import "./firstRun.css";

interface Props {
  /** "Để sau": the app opens without a unit. */
  onSkip: () => void;
  onStarted: (unit: UnitDetails) => void;
}

/** What a clerk sees while the store has no unit: four short steps in place of an empty app. */
export function FirstRunWizard({ onSkip, onStarted }: Props) {
  const profiles = useApi("profiles.list", {});
  const people = useApi("people.list", {});
  const failed = profiles.status === "error" ? profiles : people.status === "error" ? people : null;

  return (
    <div className="first-run">
      <main className="first-run-main">
        <header className="first-run-header">
          <div>
            <Typography.Text type="secondary">CCHC Xã – thiết lập ban đầu</Typography.Text>
            <Typography.Title level={1} style={{ fontSize: 22, margin: "2px 0 0" }}>
              Chào mừng! Hãy cho biết đơn vị của mình
            </Typography.Title>
          </div>
          <Flex vertical align="end">
            <Button type="link" onClick={onSkip} style={{ paddingInline: 0 }}>
              Để sau – thiết lập trong Cài đặt
            </Button>
            <Button
              type="link"
              style={{ paddingInline: 0 }}
              onClick={() => {
                window.location.hash = fillPartHref;
                onSkip();
              }}
            >
              Phòng ban nhận gói cần điền? Mở gói được giao
            </Button>
          </Flex>
        </header>
        {failed ? (
          <LoadError message={failed.message} onRetry={failed.reload} />
        ) : profiles.status === "ready" && people.status === "ready" ? (
          <SetupSteps profiles={profiles.value} personName={currentPerson() ?? people.value.given ?? ""} onStarted={onStarted} />
        ) : (
          <Skeleton active />
        )}
      </main>
    </div>
  );
}
