import argumentsData from '../../story/data/arguments.json';
import cardsData from '../../story/data/debrief-cards.json';
import endingsData from '../../story/data/endings.json';
import essayErrorsData from '../../story/data/essay-errors.json';
import glossaryData from '../../story/data/glossary.json';
import readingsData from '../../story/data/readings.json';

/** One file per decision under story/data/decisions/, so writers of different chapters never edit the same file. */
const decisionFiles = import.meta.glob<Record<string, unknown>>('../../story/data/decisions/*.json', { eager: true, import: 'default' });
const decisionsData = Object.fromEntries(
  Object.entries(decisionFiles).map(([path, data]) => [path.replace(/^.*\/(.+)\.json$/, '$1'), data]),
);

/** One of the essay's arguments, as the debrief cites it (the catalogue is story/data/arguments.json). */
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
  /** The game's own note (a correction or context the essay does not give), or the empty string. */
  note: string;
  /** A short phrase quoted exactly from the essay, or the empty string. */
  essayPhrase: string;
  /** The lines of story/essay/essay.txt the argument rests on (1-based, blank lines counted). */
  lines: number[];
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

/** How the essay reads a decision point: continuity with Lenin's legacy, or betrayal of it. */
export interface Reading {
  reading: 'continuity' | 'betrayal' | 'mixed';
  /** The essay's reading, in our words. */
  essay: string;
  args: string[];
  /** The option closest to Lenin's own position or advice, if any. */
  lenin: string | null;
  leninWhy: string;
  /** The strongest counter-reading. */
  counter: string;
}

/** The essay's overall verdict and the historians' schools, for the debrief's closing question. */
export interface Verdict {
  essay: string;
  schools: { who: string; names: string; view: string }[];
  invitation: string;
}

/** One of the essay's slips or contestable claims, set as a task for the student. */
export interface EssayError {
  id: string;
  /** A short exact quotation from the essay. */
  quote: string;
  task: string;
  answer: string;
  status: 'error' | 'contested' | 'unverified' | 'correct';
  /** core: the few a class does first; facts: checking facts; language: slips and sourcing of wording. */
  tier: 'core' | 'facts' | 'language';
}

/** One of the story's endings, for the debrief, the branch map and the README's table. */
export interface Ending {
  id: string;
  title: string;
  record: 'history' | 'counterfactual';
  /** Which choices lead there. */
  how: string;
}

/** A decision's card in the debrief: short texts written for the classroom (story/data/debrief-cards.json). */
export interface DecisionCard {
  /** Two or three words for the drawing and the turning points. */
  label: string;
  /** What really happened, in at most 60 words at a secondary-school reading level. */
  happened: string;
  /** What history did, in a few words, for the one-screen summary. */
  went: string;
  /** The essay's argument about this decision in one sentence, and the essay lines it rests on. */
  essay: { text: string; lines: number[]; applied: boolean };
  /** The Lenin texts (with dates) on which the game's guess at Lenin's line rests; null where he had none. */
  leninTexts: string | null;
  /** Historians beside those of the decision file. */
  historians: { who: string; view: string }[];
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

/** Names a field of an entry in error messages, e.g. `arguments.json "testament".claim`. */
type Where = (key: string) => string;

/**
 * Reads an object of entries keyed by id, checking each with `read`; `entry(id)` names the entry and
 * `join` puts a field's name after it, so every bad field is named precisely.
 */
function keyed<T>(file: string, data: unknown, entry: (id: string) => string, join: string, read: (id: string, item: Record<string, unknown>, at: Where) => T): [string, T][] {
  return Object.entries(record(file, data)).map(([id, raw]): [string, T] => [
    id,
    read(id, record(entry(id), raw), (key) => `${entry(id)}${join}${key}`),
  ]);
}

/** Reads an array of entries, checking each with `read`; a bad field is named by its index. */
function listed<T>(file: string, data: unknown, read: (item: Record<string, unknown>, at: Where) => T): T[] {
  if (!Array.isArray(data)) throw new CatalogueError(`${file} must be an array`);
  return data.map((raw, index) => read(record(`${file}[${index}]`, raw), (key) => `${file}[${index}].${key}`));
}

function lineNumbers(where: string, value: unknown): number[] {
  if (!Array.isArray(value) || value.length === 0 || !value.every((n) => Number.isInteger(n) && n > 0)) {
    throw new CatalogueError(`${where} must be a non-empty array of essay line numbers`);
  }
  return value as number[];
}

/** Reads and checks story/data/arguments.json; a bad entry is named by its key. */
export function readArguments(data: unknown): Map<string, Argument> {
  return new Map(
    keyed('arguments.json', data, (id) => `arguments.json "${id}"`, '.', (id, item, at): Argument => ({
      id,
      title: text(at('title'), item.title),
      group: text(at('group'), item.group),
      claim: text(at('claim'), item.claim),
      source: text(at('source'), item.source),
      counter: text(at('counter'), item.counter, true),
      note: text(at('note'), item.note ?? '', true),
      essayPhrase: text(at('essayPhrase'), item.essayPhrase ?? '', true),
      lines: lineNumbers(at('lines'), item.lines),
    })),
  );
}

/**
 * Reads and checks the decision files (story/data/decisions/<id>.json); a bad entry is named by its
 * file and key. The map is in story order: by the date of what really happened.
 */
export function readDecisions(data: unknown): Map<string, Decision> {
  const entries = keyed('decisions', data, (id) => `decisions/${id}.json`, ' ', (id, item, at): Decision => {
    const history = record(at('history'), item.history);
    const historians = Array.isArray(item.historians) ? item.historians : [];
    const options = record(at('options'), item.options);
    return {
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
    };
  });
  return new Map(entries.sort(([, a], [, b]) => a.history.date.localeCompare(b.history.date)));
}

/** Reads and checks story/data/glossary.json. */
export function readGlossary(data: unknown): GlossaryEntry[] {
  return listed('glossary.json', data, (item, at) => ({ term: text(at('term'), item.term), definition: text(at('definition'), item.definition) }));
}

const READINGS = ['continuity', 'betrayal', 'mixed'] as const;
const ERROR_STATUSES = ['error', 'contested', 'unverified', 'correct'] as const;
const ERROR_TIERS = ['core', 'facts', 'language'] as const;

function oneOf<T extends string>(where: string, value: unknown, allowed: readonly T[]): T {
  if (!allowed.includes(value as T)) throw new CatalogueError(`${where} must be one of ${allowed.join(', ')}`);
  return value as T;
}

function strings(where: string, value: unknown): string[] {
  if (!Array.isArray(value)) throw new CatalogueError(`${where} must be an array`);
  return value.map((item, index) => text(`${where}[${index}]`, item));
}

/** Reads and checks story/data/readings.json: one reading per decision, and the essay's verdict. */
export function readReadings(data: unknown): { readings: Map<string, Reading>; verdict: Verdict } {
  const { _verdict: rawVerdict, ...rest } = record('readings.json', data);
  const verdict = record('readings.json _verdict', rawVerdict);
  const schools = Array.isArray(verdict.schools) ? verdict.schools : [];
  const readings = new Map(
    keyed('readings.json', rest, (id) => `readings.json "${id}"`, '.', (_, item, at): Reading => ({
      reading: oneOf(at('reading'), item.reading, READINGS),
      essay: text(at('essay'), item.essay),
      args: strings(at('args'), item.args),
      lenin: item.lenin === null ? null : text(at('lenin'), item.lenin),
      leninWhy: text(at('leninWhy'), item.leninWhy),
      counter: text(at('counter'), item.counter),
    })),
  );
  return {
    readings,
    verdict: {
      essay: text('readings.json _verdict.essay', verdict.essay),
      schools: listed('readings.json _verdict.schools', schools, (school, at) => ({
        who: text(at('who'), school.who),
        names: text(at('names'), school.names),
        view: text(at('view'), school.view),
      })),
      invitation: text('readings.json _verdict.invitation', verdict.invitation),
    },
  };
}

/** Reads and checks story/data/essay-errors.json. */
export function readEssayErrors(data: unknown): EssayError[] {
  return listed('essay-errors.json', data, (item, at) => ({
    id: text(at('id'), item.id),
    quote: text(at('quote'), item.quote),
    task: text(at('task'), item.task),
    answer: text(at('answer'), item.answer),
    status: oneOf(at('status'), item.status, ERROR_STATUSES),
    tier: oneOf(at('tier'), item.tier ?? 'facts', ERROR_TIERS),
  }));
}

/** Reads and checks story/data/debrief-cards.json: one card per decision. */
export function readCards(data: unknown): Map<string, DecisionCard> {
  return new Map(
    keyed('debrief-cards.json', data, (id) => `debrief-cards.json "${id}"`, '.', (_, item, at): DecisionCard => {
      const essay = record(at('essay'), item.essay);
      const historians = Array.isArray(item.historians) ? item.historians : [];
      return {
        label: text(at('label'), item.label),
        happened: text(at('happened'), item.happened),
        went: text(at('went'), item.went),
        essay: { text: text(at('essay.text'), essay.text), lines: lineNumbers(at('essay.lines'), essay.lines), applied: essay.applied === true },
        leninTexts: item.leninTexts === null ? null : text(at('leninTexts'), item.leninTexts),
        historians: historians.map((entry, index) => {
          const h = record(`${at('historians')}[${index}]`, entry);
          return { who: text(`${at('historians')}[${index}].who`, h.who), view: text(`${at('historians')}[${index}].view`, h.view) };
        }),
      };
    }),
  );
}

/** Reads and checks story/data/endings.json. */
export function readEndings(data: unknown): Map<string, Ending> {
  return new Map(
    keyed('endings.json', data, (id) => `endings.json "${id}"`, '.', (id, item, at): Ending => ({
      id,
      title: text(at('title'), item.title),
      record: oneOf(at('record'), item.record, ['history', 'counterfactual'] as const),
      how: text(at('how'), item.how),
    })),
  );
}

const { readings, verdict } = readReadings(readingsData);

/** The story's data, checked once when first used. */
export const catalogue = {
  arguments: readArguments(argumentsData),
  decisions: readDecisions(decisionsData),
  glossary: readGlossary(glossaryData),
  readings,
  verdict,
  essayErrors: readEssayErrors(essayErrorsData),
  endings: readEndings(endingsData),
  cards: readCards(cardsData),
};

export type Catalogue = typeof catalogue;
