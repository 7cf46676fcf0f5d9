import type { ProfileWords } from "../../../core/profile-words";

/** The rule's fields as the clerk types them: days as text, so a half-typed "1" or a stray letter is shown as typed. */
export interface RuleText {
  provinceName: string;
  recipient: string;
  cutOffDay: string;
  estimateDay: string;
  dueDay: string;
  fromJanuary: boolean;
}

export const EMPTY_RULE: RuleText = { provinceName: "", recipient: "", cutOffDay: "", estimateDay: "", dueDay: "", fromJanuary: false };

/** A day as typed: a whole number, else NaN for the core to refuse in words; an empty optional day is none. */
const dayOf = (text: string): number => (/^\s*\d{1,3}\s*$/.test(text) ? Number(text) : Number.NaN);

export function wordsOfText(t: RuleText): ProfileWords {
  return {
    provinceName: t.provinceName,
    recipient: t.recipient.trim() || null,
    cutOffDay: dayOf(t.cutOffDay),
    estimateDay: t.estimateDay.trim() ? dayOf(t.estimateDay) : null,
    dueDay: dayOf(t.dueDay),
    fromJanuary: t.fromJanuary,
  };
}

export const textOfWords = (w: ProfileWords): RuleText => ({
  provinceName: w.provinceName,
  recipient: w.recipient ?? "",
  cutOffDay: String(w.cutOffDay),
  estimateDay: w.estimateDay === null ? "" : String(w.estimateDay),
  dueDay: String(w.dueDay),
  fromJanuary: w.fromJanuary,
});
