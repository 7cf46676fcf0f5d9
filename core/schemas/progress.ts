/** Types only, so the renderer can read them: how a long call tells the screen how far it is. */

/** One step of a long call, in the clerk's words ("Đang đọc tệp"), with a count when there is one. */
export interface CallProgress {
  step: string;
  done?: number;
  total?: number;
}

/** What the desktop window hears about a call of its own: its progress, then that it ended. */
export type ProgressEvent = ({ call: number; method: string } & CallProgress & { finished?: false }) | { call: number; finished: true };
