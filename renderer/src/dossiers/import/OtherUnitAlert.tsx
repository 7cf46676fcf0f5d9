import { Alert } from "antd";
import type { ImportPreview } from "../types";

type OtherUnit = NonNullable<ImportPreview["otherUnit"]>;

/** The file names another commune or ward than this store's: both names, before anything is imported. */
export function OtherUnitAlert({ otherUnit }: { otherUnit: OtherUnit }) {
  return <Alert type="warning" showIcon title="Tệp có thể là của đơn vị khác" description={otherUnit.message} data-testid="import-other-unit" />;
}
