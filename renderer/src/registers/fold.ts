// The same folding as the store's search (core/text.ts is pure TypeScript, safe in the renderer).
import { fold } from "../../../shared/text";

export { fold };

/** For an AutoComplete: does the option hold what was typed, with or without diacritics? */
export const optionMatches = (input: string, option: { value?: unknown } | undefined): boolean => fold(String(option?.value ?? "")).includes(fold(input));
