import { useCallback } from "react";
import { App as AntApp } from "antd";
import { errorMessage } from "../api";

/** Runs a delete, then says what happened: the success, or the API's message. */
export function useRemove(): (remove: () => Promise<void>, done: string) => Promise<void> {
  const { message } = AntApp.useApp();
  return useCallback(
    async (remove: () => Promise<void>, done: string) => {
      try {
        await remove();
        void message.success(done);
      } catch (e) {
        void message.error({ content: `Chưa xóa được: ${errorMessage(e)}`, duration: 8 });
      }
    },
    [message],
  );
}
