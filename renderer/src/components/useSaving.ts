import { useState } from "react";
import { App } from "antd";
import { errorMessage } from "../api";

/**
 * A modal's save: busy while the call runs, a success message and `done`
 * when it worked, the error's Vietnamese message when it did not.
 */
export function useSaving(): { busy: boolean; save: (action: () => Promise<unknown>, success: string, done: () => void) => Promise<void> } {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const save = async (action: () => Promise<unknown>, success: string, done: () => void) => {
    setBusy(true);
    try {
      await action();
      void message.success(success);
      done();
    } catch (e) {
      void message.error(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return { busy, save };
}
