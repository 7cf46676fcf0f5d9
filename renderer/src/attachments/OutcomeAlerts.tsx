import { Alert } from "antd";
import { formatNumber } from "../format";
import { stack } from "../dossiers/layout";

const quoted = (names: readonly string[]) => names.map((n) => `“${n}”`).join(", ");

interface Props {
  added: readonly string[];
  already: readonly string[];
  refused: readonly string[];
  onClose: () => void;
}

/** What became of the files just added: attached, there already, refused (each refusal names its file). */
export function OutcomeAlerts({ added, already, refused, onClose }: Props) {
  const closable = { onClose, "aria-label": "Đóng thông báo" };
  return (
    <div style={stack(8)} data-testid="attachment-outcome">
      {added.length > 0 && <Alert type="success" role="status" showIcon closable={closable} title={`Đã đính kèm ${formatNumber(added.length)} tệp: ${quoted(added)}.`} />}
      {already.length > 0 && (
        <Alert
          type="info"
          role="status"
          showIcon
          closable={closable}
          title={`Tệp này đã có: ${quoted(already)}.`}
          description="Văn bản đã mang đúng tệp này (cùng nội dung), nên không thêm lần nữa."
        />
      )}
      {refused.length > 0 && (
        <Alert
          type="error"
          role="alert"
          showIcon
          closable={closable}
          title={refused.length === 1 ? "Không đính kèm được tệp" : `Không đính kèm được ${formatNumber(refused.length)} tệp`}
          description={
            <ul style={{ margin: 0, paddingLeft: 18 }}>
              {refused.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          }
        />
      )}
    </div>
  );
}
