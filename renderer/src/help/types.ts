/** The help of one screen, in the order a clerk reads it. */
export interface HelpTopic {
  /** What the screen is for, in a sentence or two. */
  purpose: string;
  /** The usual work, step by step. */
  steps: readonly string[];
  /** What each status or colour on the screen means. */
  statuses: readonly { label: string; meaning: string }[];
  /** What to do when something goes wrong. */
  problems: readonly { problem: string; fix: string }[];
}
