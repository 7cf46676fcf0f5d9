import { useState } from "react";
import { App, Button, Dropdown, Modal } from "antd";
import { call } from "../api";
import { NewPersonForm } from "./NewPersonForm";
import { usePerson, workAs } from "./session";

const SOMEONE_ELSE = "nguoi-khac";

function PersonIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <circle cx="8" cy="5" r="3" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <path d="M2.5 14.5c.6-3 2.8-4.5 5.5-4.5s4.9 1.5 5.5 4.5" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
    </svg>
  );
}

/** The person working, in the top bar; opened, the known people to switch to and "Người khác…". */
export function PersonMenu() {
  const person = usePerson();
  const [known, setKnown] = useState<string[]>([]);
  const [typing, setTyping] = useState(false);
  const { message } = App.useApp();

  const switched = (name: string) => void message.success(`Đang làm việc: ${name}. Các thay đổi từ giờ được ghi tên người này.`);

  if (!person) return null;
  return (
    <>
      <Dropdown
        trigger={["click"]}
        onOpenChange={(open) => {
          if (open)
            call("people.list", {}).then(
              (listed) => setKnown(listed.people),
              () => setKnown([]),
            );
        }}
        menu={{
          selectable: true,
          selectedKeys: [person],
          items: [{ type: "group", label: "Đổi người làm việc", children: known.map((name) => ({ key: name, label: name })) }, { type: "divider" }, { key: SOMEONE_ELSE, label: "Người khác…" }],
          onClick: ({ key }) => {
            if (key === SOMEONE_ELSE) setTyping(true);
            else if (key !== person) {
              workAs(key);
              switched(key);
            }
          },
        }}
      >
        <Button type="text" icon={<PersonIcon />} data-testid="header-person" aria-label={`Người đang làm việc: ${person}. Bấm để đổi người`}>
          {person}
        </Button>
      </Dropdown>
      <Modal open={typing} title="Người khác làm việc trên máy này" footer={null} onCancel={() => setTyping(false)} destroyOnHidden>
        <NewPersonForm
          submitLabel="Làm việc với tên này"
          onWorking={(name) => {
            setTyping(false);
            switched(name);
          }}
        />
      </Modal>
    </>
  );
}
