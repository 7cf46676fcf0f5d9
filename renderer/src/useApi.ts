import { useCallback, useEffect, useState } from "react";
import { call, errorCode, errorMessage } from "./api";
import type { ApiInput, ApiMethod, ApiOutput } from "../../core/api/contract";

export type ApiState<M extends ApiMethod> = { status: "loading" } | { status: "error"; message: string; code: string | null } | { status: "ready"; value: ApiOutput<M> };

/** Calls a read-only method on mount (and again on reload), dropping answers that arrive after unmount. */
export function useApi<M extends ApiMethod>(method: M, input: ApiInput<M>): ApiState<M> & { reload: () => void } {
  const [state, setState] = useState<ApiState<M>>({ status: "loading" });
  const [attempt, setAttempt] = useState(0);
  const inputKey = JSON.stringify(input);

  useEffect(() => {
    let live = true;
    setState({ status: "loading" });
    call(method, JSON.parse(inputKey) as ApiInput<M>).then(
      (value) => live && setState({ status: "ready", value }),
      (e: unknown) => live && setState({ status: "error", message: errorMessage(e), code: errorCode(e) }),
    );
    return () => {
      live = false;
    };
  }, [method, inputKey, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, reload };
}
