import { useEffect, useState, type CSSProperties } from "react";
import { Progress, Spin } from "antd";
import type { CallProgress, ProgressEvent } from "../../../core/schemas/progress";
import { progressPercent, progressText } from "./progressText";

/** Bottom left, clear of antd's messages (top) and the pages' sticky save bars (right). */
const BOX: CSSProperties = {
  position: "fixed",
  left: 16,
  bottom: 16,
  zIndex: 1100,
  display: "flex",
  alignItems: "center",
  gap: 12,
  width: 340,
  padding: "10px 14px",
  background: "#fff",
  borderRadius: 8,
  boxShadow: "0 6px 16px rgba(0, 0, 0, 0.12)",
  fontSize: 14,
};

interface ProgressBridge {
  onProgress?(listener: (event: ProgressEvent) => void): () => void;
}

/**
 * How far the window's long calls are (an import, a backup, a passphrase
 * change, Tổng quan on a big store), told by the store worker through the
 * desktop shell; the newest call's step shows. Browser mode has no such
 * channel, so nothing shows there.
 */
export function CallProgressIndicator() {
  const [calls, setCalls] = useState<ReadonlyMap<number, CallProgress>>(new Map());

  useEffect(() => {
    const bridge = window.cchc as ProgressBridge | undefined;
    return bridge?.onProgress?.((event) =>
      setCalls((before) => {
        const after = new Map(before);
        if (event.finished) after.delete(event.call);
        else after.set(event.call, { step: event.step, ...(event.done === undefined ? {} : { done: event.done }), ...(event.total === undefined ? {} : { total: event.total }) });
        return after;
      }),
    );
  }, []);

  const newest = [...calls.values()].at(-1);
  if (!newest) return null;
  const percent = progressPercent(newest);
  return (
    <div role="status" aria-live="polite" data-testid="call-progress" style={BOX}>
      <Spin size="small" />
      <div style={{ flex: 1 }}>
        <span>{progressText(newest)}</span>
        {percent !== null && <Progress percent={percent} size="small" showInfo={false} />}
      </div>
    </div>
  );
}
