import { useState } from "react";
import { Alert, Button, Form, Input } from "antd";
import { FIELD_LIMITS } from "../../../core/field-limits";
import { call, errorMessage } from "../api";
import { workAs } from "./session";

interface Props {
  submitLabel: string;
  /** After the name is kept and this window works as them. */
  onWorking?: (name: string) => void;
}

/** "Người khác…": a name typed once, kept among the known people, and this window's person from now on. */
export function NewPersonForm({ submitLabel, onWorking }: Props) {
  const [name, setName] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const add = async () => {
    setBusy(true);
    setError(null);
    try {
      const added = await call("people.add", { name });
      workAs(added.name);
      onWorking?.(added.name);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form layout="vertical" onFinish={() => void add()} data-testid="new-person">
      <Form.Item label="Họ tên của bạn" htmlFor="new-person-name">
        <Input id="new-person-name" autoFocus autoComplete="name" maxLength={FIELD_LIMITS.personName} value={name} onChange={(e) => setName(e.target.value)} />
      </Form.Item>
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} /> : null}
      <Button type="primary" htmlType="submit" loading={busy} disabled={!name.trim()}>
        {submitLabel}
      </Button>
    </Form>
  );
}
