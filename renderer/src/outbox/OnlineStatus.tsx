import { useEffect, useRef } from "react";
import { App, Tag } from "antd";
import { call } from "../api";
import { hrefOf } from "../nav";
import { useOnline } from "./useOnline";

/** The network state in the top bar; on going online with files waiting, a reminder to send them. */
export function OnlineStatus() {
  const online = useOnline();
  const { notification } = App.useApp();
  const reminded = useRef(false);

  useEffect(() => {
    if (!online || reminded.current) return;
    reminded.current = true;
    call("outbox.list", {}).then(
      ({ entries }) => {
        const waiting = entries.filter((e) => e.state === "cho_gui").length;
        if (waiting > 0) {
          notification.info({
            key: "hop-thu-di",
            title: "Có mạng: gửi các tệp đang chờ",
            description: (
              <span>
                Hộp thư đi có {waiting} tệp chờ gửi. <a href={hrefOf("hop-thu-di")}>Mở Hộp thư đi</a>
              </span>
            ),
            duration: 8,
          });
        }
      },
      () => undefined,
    );
  }, [online, notification]);

  useEffect(() => {
    if (!online) reminded.current = false;
  }, [online]);

  return (
    <Tag color={online ? "green" : "default"} data-testid="online-status" style={{ marginLeft: "auto" }}>
      {online ? "Đang có mạng" : "Không có mạng"}
    </Tag>
  );
}
