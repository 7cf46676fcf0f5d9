import { useEffect, useState, type ReactNode } from "react";
import { Spin } from "antd";
import { call } from "../api";
import { UnlockScreen } from "./UnlockScreen";

/** The app once the data is open; the unlock screen while it waits for its passphrase. */
export function StoreGate({ children }: { children: ReactNode }) {
  const [state, setState] = useState<"checking" | "locked" | "open">("checking");

  useEffect(() => {
    // A failed status call is shown by the app's own first call; the gate only decides whether to ask for the passphrase.
    call("store.status", {}).then(
      (status) => setState(status.locked ? "locked" : "open"),
      () => setState("open"),
    );
  }, []);

  if (state === "checking") return <Spin fullscreen description="Đang mở dữ liệu…" />;
  if (state === "locked") return <UnlockScreen onUnlocked={() => setState("open")} />;
  return <>{children}</>;
}
