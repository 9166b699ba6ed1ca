import argumentsData from '../../story/data/arguments.json';

/** One file per decision under story/data/decisions/, so writers of different chapters never edit the same file. */
const decisionFiles = import.meta.glob<Record<string, unknown>>('../../story/data/decisions/*.json', { eager: true, import: 'default' });
const decisionsData = Object.fromEntries(
  Object.entries(decisionFiles).map(([path, data]) => [path.replace(/^.*\/(.+)\.json$/, '$1'), data]),
);
import glossaryData from '../../story/data/glossary.json';

/** One of the essay's arguments, as the debrief cites it (ids from shared/design/arguments.md). */
export interface Argument {
  id: string;
  title: string;
  group: string;
  /** The essay's claim, paraphrased in our words. */
  claim: string;
  /** What the essay leans on. */
  source: string;
  /** The essay's own counter-point, or the empty string. */
  counter: string;
  /** A short phrase quoted exactly from the essay, or the empty string. */
  essayPhrase: string;
}

/** A historical decision point: the question and what really happened. */
export interface Decision {
  id: string;
  title: string;
  years: string;
  question: string;
  history: { date: string; summary: string };
  historians: { who: string; view: string }[];
  questionForClass: string;
  /** Option id → short label. */
  options: Record<string, string>;
}

export interface GlossaryEntry {
  term: string;
  definition: string;
}

/** Thrown at start-up when the story's data files do not have the shape the debrief needs. */
export class CatalogueError extends Error {}

function text(where: string, value: unknown, allowEmpty = false): string {
  if (typeof value !== 'string' || (!allowEmpty && value.trim() === '')) {
    throw new CatalogueError(`${where} must be a non-empty string`);
  }
  return value;
}

function record(where: string, value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new CatalogueError(`${where} must be an object`);
  }
  return value as Record<string, unknown>;
}

/** Reads and checks story/data/arguments.json; a bad entry is named by its key. */
export function readArguments(data: unknown): Map<string, Argument> {
  const entries = Object.entries(record('arguments.json', data)).map(([id, raw]): [string, Argument] => {
    const item = record(`arguments.json "${id}"`, raw);
    const at = (key: string) => `arguments.json "${id}".${key}`;
    return [
      id,
      {
        id,
        title: text(at('title'), item.title),
        group: text(at('group'), item.group),
        claim: text(at('claim'), item.claim),
        source: text(at('source'), item.source),
        counter: text(at('counter'), item.counter, true),
        essayPhrase: text(at('essayPhrase'), item.essayPhrase ?? '', true),
      },
    ];
  });
  return new Map(entries);
}

/**
 * Reads and checks the decision files (story/data/decisions/<id>.json); a bad entry is named by its
 * file and key. The map is in story order: by the date of what really happened.
 */
export function readDecisions(data: unknown): Map<string, Decision> {
  const entries = Object.entries(record('decisions', data)).map(([id, raw]): [string, Decision] => {
    const item = record(`decisions/${id}.json`, raw);
    const at = (key: string) => `decisions/${id}.json ${key}`;
    const history = record(at('history'), item.history);
    const historians = Array.isArray(item.historians) ? item.historians : [];
    const options = record(at('options'), item.options);
    return [
      id,
      {
        id,
        title: text(at('title'), item.title),
        years: text(at('years'), item.years),
        question: text(at('question'), item.question),
        history: { date: text(at('history.date'), history.date), summary: text(at('history.summary'), history.summary) },
        historians: historians.map((entry, index) => {
          const h = record(`${at('historians')}[${index}]`, entry);
          return { who: text(`${at('historians')}[${index}].who`, h.who), view: text(`${at('historians')}[${index}].view`, h.view) };
        }),
        questionForClass: text(at('question_for_class'), item.question_for_class),
        options: Object.fromEntries(Object.entries(options).map(([key, label]) => [key, text(`${at('options')}.${key}`, label)])),
      },
    ];
  });
  return new Map(entries.sort(([, a], [, b]) => a.history.date.localeCompare(b.history.date)));
}

/** Reads and checks story/data/glossary.json. */
export function readGlossary(data: unknown): GlossaryEntry[] {
  if (!Array.isArray(data)) throw new CatalogueError('glossary.json must be an array');
  return data.map((raw, index) => {
    const item = record(`glossary.json[${index}]`, raw);
    return { term: text(`glossary.json[${index}].term`, item.term), definition: text(`glossary.json[${index}].definition`, item.definition) };
  });
}

/** The story's data, checked once when first used. */
export const catalogue = {
  arguments: readArguments(argumentsData),
  decisions: readDecisions(decisionsData),
  glossary: readGlossary(glossaryData),
};
