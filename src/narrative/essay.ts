import essayText from '../../story/essay/essay.txt?raw';

/** The essay every debrief entry cites, and how it must be credited (story/essay/CREDIT.md). */
export const ESSAY_CREDIT = {
  title: 'Did Stalin betray Lenin’s legacy?',
  author: 'William Anderson',
  publisher: 'Schoolworkhelper Editorial Team',
  url: 'https://schoolworkhelper.net/did-stalin-betray-lenins-legacy/',
  licence: 'CC BY 4.0',
  licenceUrl: 'https://creativecommons.org/licenses/by/4.0/',
  /** A plain note on what kind of text it is: the sourcing step of the lesson. */
  kind:
    'A model answer from a homework-help website, written for students. It quotes “Sources 1–6” from a pack it never names. It is a text to test, not an authority.',
} as const;

/** One line of the essay's text file, numbered from 1 as the file's lines are (blank lines count). */
export interface EssayLine {
  n: number;
  text: string;
  /** The web page's furniture, not the argument: "READ:" cross-links, the author box, the comment form. */
  furniture: boolean;
}

/** The web page's cross-links and the page's end (author box, comments), by line number; `trimmed` are all the lines, trimmed. */
function isFurniture(n: number, trimmed: readonly string[], authorBox: number): boolean {
  if (trimmed[n - 1] === 'READ:' || trimmed[n - 2] === 'READ:') return true;
  return authorBox >= 0 && n > authorBox;
}

/** The essay's own lines, split once: the debrief looks a quotation up in them for each of its tasks. */
let ownLines: readonly EssayLine[] | null = null;

/** Splits the essay's text into numbered lines (the numbering every `essay-link` cites). */
export function essayLines(text: string = essayText): readonly EssayLine[] {
  if (text === essayText && ownLines) return ownLines;
  const lines = text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
  const trimmed = lines.map((line) => line.trim());
  const authorBox = trimmed.indexOf('author avatar');
  const split = lines.map((line, index) => ({ n: index + 1, text: line, furniture: isFurniture(index + 1, trimmed, authorBox) }));
  if (text === essayText) ownLines = split;
  return split;
}

export { essayText };
