/**
 * The Politburo as history had it, day by day: story/data/politburo.json read and checked, and the
 * standing of each member at any date. Dates may be partial (YYYY, YYYY-MM, YYYY-MM-DD); an event
 * counts at a scene only once it is certainly past, so the table never shows what had not yet happened.
 * No DOM, no Phaser: the stage and the tests both read it.
 */
import data from '../../story/data/politburo.json';
import { POLITBURO, STANDINGS, type MemberStanding, type PolitburoMember } from './world';

/** One change of a member's standing. */
export interface PolitburoEvent {
  member: PolitburoMember;
  standing: MemberStanding;
  /** YYYY-MM-DD, or YYYY-MM where that is all the sources give. */
  date: string;
  /** The stamp's word where the plain one would mislead (READMITTED), and what it means. */
  word: string | null;
  said: string | null;
  source: string;
}

/** Each member's events, oldest first. */
export type PolitburoRecord = Readonly<Record<PolitburoMember, readonly PolitburoEvent[]>>;

/** A member's standing at a date, and the event that gave it (null while he was not yet on the Politburo). */
export interface StandingAt {
  standing: MemberStanding;
  event: PolitburoEvent | null;
}

/** Thrown when story/data/politburo.json does not have the shape the stage needs; names the bad entry. */
export class PolitburoRecordError extends Error {}

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Whether `date` is a real calendar date of the form YYYY, YYYY-MM or YYYY-MM-DD. */
export function isPartialDate(date: string): boolean {
  const match = DATE.exec(date);
  if (!match) return false;
  const year = Number(match[1]);
  if (match[2] === undefined) return true;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return false;
  if (match[3] === undefined) return true;
  const day = Number(match[3]);
  return day >= 1 && day <= daysIn(year, month);
}

/** The first day a partial date can mean, as YYYY-MM-DD (1926-07 → 1926-07-01). */
export function firstDay(date: string): string {
  const [year = '', month = '01', day = '01'] = date.split('-');
  return `${year}-${month}-${day}`;
}

/** The last day a partial date can mean, as YYYY-MM-DD (1926-07 → 1926-07-31). */
export function lastDay(date: string): string {
  const [year = '', month, day] = date.split('-');
  if (month === undefined) return `${year}-12-31`;
  if (day !== undefined) return date;
  return `${year}-${month}-${String(daysIn(Number(year), Number(month))).padStart(2, '0')}`;
}

/**
 * Whether an event dated `event` had certainly happened at a scene dated `scene`: its last possible day
 * is no later than the scene's first (at a decision, earlier than it, so that nothing decided that day
 * is shown before the vote).
 */
export function happenedBy(event: string, scene: string, beforeDecision = false): boolean {
  const last = lastDay(event);
  const first = firstDay(scene);
  return beforeDecision ? last < first : last <= first;
}

function text(where: string, value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '') throw new PolitburoRecordError(`${where} must be a non-empty string`);
  return value;
}

function optionalText(where: string, value: unknown): string | null {
  return value === undefined ? null : text(where, value);
}

/** Reads and checks the record: every member the story follows, known standings, real dates in order. */
export function readPolitburoRecord(raw: unknown, file = 'politburo.json'): PolitburoRecord {
  if (typeof raw !== 'object' || raw === null) throw new PolitburoRecordError(`${file} must be an object`);
  const events = (raw as Record<string, unknown>).events;
  if (typeof events !== 'object' || events === null || Array.isArray(events)) throw new PolitburoRecordError(`${file}: events must be an object`);
  const byMember = events as Record<string, unknown>;
  for (const name of Object.keys(byMember)) {
    if (!(POLITBURO as readonly string[]).includes(name)) throw new PolitburoRecordError(`${file}: "${name}" is not a member the story follows`);
  }
  const result = {} as Record<PolitburoMember, PolitburoEvent[]>;
  for (const member of POLITBURO) {
    const list = byMember[member];
    if (!Array.isArray(list) || list.length === 0) throw new PolitburoRecordError(`${file}: events.${member} must be a non-empty list`);
    let previous: string | null = null;
    result[member] = list.map((item: unknown, index) => {
      const at = `${file}: events.${member}[${index}]`;
      if (typeof item !== 'object' || item === null) throw new PolitburoRecordError(`${at} must be an object`);
      const entry = item as Record<string, unknown>;
      const date = text(`${at}.date`, entry.date);
      if (!isPartialDate(date) || date.length < 7) throw new PolitburoRecordError(`${at}.date "${date}" must be YYYY-MM or YYYY-MM-DD`);
      if (previous !== null && firstDay(date) <= lastDay(previous)) {
        throw new PolitburoRecordError(`${at}.date ${date} must come after ${previous}`);
      }
      previous = date;
      const standing = text(`${at}.standing`, entry.standing);
      if (!(STANDINGS as readonly string[]).includes(standing) || standing === 'absent') {
        throw new PolitburoRecordError(`${at}.standing "${standing}" is not a standing the table can show`);
      }
      const word = optionalText(`${at}.word`, entry.word);
      const said = optionalText(`${at}.said`, entry.said);
      if ((word === null) !== (said === null)) throw new PolitburoRecordError(`${at}: word and said go together`);
      return { member, standing: standing as MemberStanding, date, word, said, source: text(`${at}.source`, entry.source) };
    });
  }
  return result;
}

/** The record the story ships with, checked when first read. */
export const POLITBURO_RECORD: PolitburoRecord = readPolitburoRecord(data);

/** A member's standing at a scene dated `scene` (a partial date), by the record. */
export function standingAt(member: PolitburoMember, scene: string, beforeDecision = false, record: PolitburoRecord = POLITBURO_RECORD): StandingAt {
  let found: PolitburoEvent | null = null;
  for (const event of record[member]) {
    if (happenedBy(event.date, scene, beforeDecision)) found = event;
    else break;
  }
  return { standing: found?.standing ?? 'absent', event: found };
}

/** The date a beat stands at: its `# date:`, else its year, else null before the story names one. */
export function sceneDate(status: { date: string | null; year: number | null }): string | null {
  return status.date ?? (status.year === null ? null : String(status.year));
}
