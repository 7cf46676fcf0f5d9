import { useCallback, useState } from "react";
import { errorMessage } from "../api";

export interface Editor<T> {
  open: boolean;
  /** The record being edited, null for a new one; kept while the form closes so its title does not change. */
  row: T | null;
  saving: boolean;
  error: string | null;
  openNew: () => void;
  openEdit: (row: T) => void;
  close: () => void;
  /** Runs the save; closes the form when it worked, else keeps it open with the API's message. */
  submit: (save: () => Promise<void>) => Promise<void>;
}

/** The state of a register's add / edit form. */
export function useEditor<T>(): Editor<T> {
  const [target, setTarget] = useState<{ open: boolean; row: T | null }>({ open: false, row: null });
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const openNew = useCallback(() => {
    setError(null);
    setTarget({ open: true, row: null });
  }, []);
  const openEdit = useCallback((row: T) => {
    setError(null);
    setTarget({ open: true, row });
  }, []);
  const close = useCallback(() => setTarget((t) => ({ ...t, open: false })), []);
  const submit = useCallback(async (save: () => Promise<void>) => {
    setSaving(true);
    setError(null);
    try {
      await save();
      setTarget((t) => ({ ...t, open: false }));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setSaving(false);
    }
  }, []);

  return { open: target.open, row: target.row, saving, error, openNew, openEdit, close, submit };
}
