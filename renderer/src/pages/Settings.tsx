import { Skeleton } from "antd";
import { PageHeading } from "../components/Headings";
import { LoadError } from "../components/LoadError";
import type { UnitDetails } from "../labels";
import { useApi } from "../useApi";
import { SettingsForm } from "./SettingsForm";
import { BackupCard } from "../backup/BackupCard";
import { PassphraseCard } from "../backup/PassphraseCard";
import { ErrorLogCard } from "./ErrorLogCard";

export function Settings({ onSaved }: { onSaved: (unit: UnitDetails) => void }) {
  const unit = useApi("unit.get", {});
  const profiles = useApi("profiles.list", {});
  const failed = unit.status === "error" ? unit : profiles.status === "error" ? profiles : null;

  return (
    <>
      <PageHeading title="Cài đặt">Thông tin đơn vị, quy định báo cáo của tỉnh, phòng ban và người ký văn bản; sao lưu, mật khẩu bảo vệ dữ liệu và nhật ký lỗi.</PageHeading>
      {failed ? (
        <LoadError
          message={failed.message}
          onRetry={() => {
            unit.reload();
            profiles.reload();
          }}
        />
      ) : unit.status === "ready" && profiles.status === "ready" ? (
        <>
          <SettingsForm unit={unit.value} profiles={profiles.value} onSaved={onSaved} />
          <BackupCard />
          <PassphraseCard />
          <ErrorLogCard />
        </>
      ) : (
        <Skeleton active />
      )}
    </>
  );
}
