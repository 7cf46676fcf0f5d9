import { fold } from "../../../shared/text";

/** Wordings of each value of an enumeration, as registers write them. */
export type Vocabulary<K extends string> = readonly (readonly [K, readonly string[]])[];

const words = (text: string) =>
  fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

function indexOfRun(haystack: string[], needle: string[]): number {
  for (let i = 0; i + needle.length <= haystack.length; i++) {
    if (needle.every((w, j) => haystack[i + j] === w)) return i;
  }
  return -1;
}

/**
 * The value a cell names: the wording that appears first among its words
 * ("Đại học Luật" → đại học; "Hướng dẫn công dân, chuyển đơn" → hướng dẫn),
 * the longer one when two start at the same word. Null when none appears.
 */
function vocabularyMatcher<K extends string>(vocabulary: Vocabulary<K>): (text: string) => K | null {
  const entries = vocabulary.flatMap(([value, wordings]) => wordings.map((w) => ({ value, words: words(w) })));
  return (text) => {
    const cell = words(text);
    let best: { value: K; at: number; length: number } | null = null;
    for (const e of entries) {
      const at = indexOfRun(cell, e.words);
      if (at < 0) continue;
      if (!best || at < best.at || (at === best.at && e.words.length > best.length)) best = { value: e.value, at, length: e.words.length };
    }
    return best?.value ?? null;
  };
}

const matchers = new WeakMap<Vocabulary<string>, (text: string) => string | null>();

/** The value a cell names under a vocabulary (its matcher built once). */
export function matchVocabulary<K extends string>(vocabulary: Vocabulary<K>, text: string): K | null {
  let match = matchers.get(vocabulary);
  if (!match) matchers.set(vocabulary, (match = vocabularyMatcher(vocabulary)));
  return match(text) as K | null;
}

/** "Khiếu nại, Tố cáo, …": the first wording of each value, for saying what a column may hold. */
export const vocabularyExamples = <K extends string>(vocabulary: Vocabulary<K>) => vocabulary.map(([, wordings]) => wordings[0]).join(", ");
