import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

/** Words as a reader counts them: runs of letters or digits, with inner apostrophes and hyphens. */
export function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’‐–-]*/gu) ?? [];
}

/**
 * Sentences: split after . ! ? (and a closing quote) before a capital or an opening quote, so that
 * initials ("R. W. Davies") and numbers ("1.5 million") do not end a sentence.
 */
export function sentencesOf(text: string): string[] {
  return text
    .replace(/\b([A-Z])\.\s/g, '$1 ')
    .split(/(?<=[.!?][”"’)]?)\s+(?=[“"‘(]?[A-Z0-9])/u)
    .map((s) => s.trim())
    .filter((s) => wordsOf(s).length > 0);
}

/** Flesch–Kincaid grade with the `flesch-kincaid` and `syllable` packages; a number counts two syllables. */
export function fkGrade(text: string): number {
  const words = wordsOf(text);
  const syllables = words.reduce((sum, word) => sum + (/^\d/.test(word) ? 2 : Math.max(1, syllable(word))), 0);
  return fleschKincaid({ sentence: Math.max(1, sentencesOf(text).length), word: words.length, syllable: syllables });
}
