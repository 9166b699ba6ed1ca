/**
 * What the Politburo table shows, as plain data: who sits there, who has been removed, exiled,
 * imprisoned or shot, and since when; and where the player stands. The scene and the caption both
 * read it. No Phaser here.
 */
import type { Beat } from '../narrative/beat';
import { FIRST_YEAR } from '../narrative/tags';
import { sceneDate, standingAt, type PolitburoEvent } from '../narrative/politburo-record';
import { STANDINGS, type MemberStanding, type PolitburoMember } from '../narrative/world';
import { courseAt, isDecisionBeat, meterValue } from './meters';

/** Grey for a member dropped from the table, ink for expulsion, exile and death, red for violence. */
export type StampTone = 'grey' | 'ink' | 'red';

export interface Stamp {
  word: string;
  /** What the stamp means, in words for the caption ("deported from the USSR"). */
  said: string;
  /** As the stamp prints it: the year, big enough to read across a classroom; empty when the story has named none. */
  date: string;
  /** The full date in words, for the caption (25 August 1936, or the year where that is all that is known). */
  spoken: string;
  /** The same date as data (YYYY, YYYY-MM or YYYY-MM-DD), empty when the story has named none. */
  since: string;
  tone: StampTone;
}

export interface SeatView {
  member: PolitburoMember;
  name: string;
  standing: MemberStanding;
  /** On the historical course, the date of the event in story/data/politburo.json that gave this standing; null otherwise. */
  since: string | null;
  /** Set when the member has left the table, by whatever road. */
  stamp: Stamp | null;
}

export type PlayerState = 'present' | 'expelled' | 'exiled' | 'arrested' | 'survived';

export interface PlayerView {
  state: PlayerState;
  stamp: Stamp | null;
  /** Set once the player has recanted: a small grey stamp beside the figure. */
  recanted: Stamp | null;
  standing: number;
  safety: number;
}

export interface PolitburoView {
  year: number | null;
  counterfactual: boolean;
  stalinPower: number;
  seats: SeatView[];
  player: PlayerView;
}

/** Left to right along the table: Lenin at its head, Stalin near its middle, later members to the right. */
export const SEAT_ORDER: readonly PolitburoMember[] = [
  'lenin', 'trotsky', 'zinoviev', 'kamenev', 'bukharin', 'stalin',
  'rykov', 'tomsky', 'molotov', 'kalinin', 'voroshilov', 'kirov',
];

const STAMP_WORDS: Partial<Record<MemberStanding, { word: string; said: string; tone: StampTone }>> = {
  out: { word: 'REMOVED', said: 'removed from the Politburo', tone: 'grey' },
  expelled: { word: 'EXPELLED', said: 'expelled from the party', tone: 'ink' },
  exiled: { word: 'EXILED', said: 'sent into internal exile', tone: 'ink' },
  deported: { word: 'DEPORTED', said: 'deported from the USSR', tone: 'ink' },
  died: { word: 'DIED', said: 'died', tone: 'ink' },
  prison: { word: 'PRISON', said: 'imprisoned', tone: 'red' },
  shot: { word: 'SHOT', said: 'shot', tone: 'red' },
  murdered: { word: 'MURDERED', said: 'murdered', tone: 'red' },
  suicide: { word: 'SUICIDE', said: 'took his own life', tone: 'red' },
};

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A date in words, for the caption: 25 August 1936, July 1926 or 1930. */
export function spokenDate(date: string): string {
  const [year = '', month, day] = date.split('-');
  const name = month ? MONTH_NAMES[Number(month) - 1] : undefined;
  if (!name) return year;
  return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
}

/**
 * Where a member stands at a beat, and the dated event that put him there. On the historical course
 * that is story/data/politburo.json at the scene's date (before the vote, at a decision); on a
 * counterfactual course it is what the story set in ink, with no dated event of its own.
 */
export function seatAt(beat: Beat, member: PolitburoMember): { standing: MemberStanding; event: PolitburoEvent | null } {
  if (courseAt(beat) === 'history') {
    return standingAt(member, sceneDate(beat.status) ?? String(FIRST_YEAR), isDecisionBeat(beat));
  }
  const value = beat.world[`pb_${member}`];
  const standing = (STANDINGS as readonly unknown[]).includes(value) ? (value as MemberStanding) : 'absent';
  return { standing, event: null };
}

/** The first beat of the run, ending now, in which `same` holds: when the current state began. */
function runStart(beats: readonly Beat[], same: (beat: Beat) => boolean): Beat | null {
  let start: Beat | null = null;
  for (let index = beats.length - 1; index >= 0; index -= 1) {
    const beat = beats[index];
    if (!beat || !same(beat)) break;
    start = beat;
  }
  return start;
}

function yearStamp(word: string, said: string, tone: StampTone, year: number | null): Stamp {
  const date = year === null ? '' : String(year);
  return { word, said, date, spoken: date, since: date, tone };
}

function seatStamp(beats: readonly Beat[], member: PolitburoMember, now: { standing: MemberStanding; event: PolitburoEvent | null }): Stamp | null {
  const { standing } = now;
  const kind = STAMP_WORDS[standing];
  if (!kind) return null;
  const since = now.event ? null : runStart(beats, (beat) => seatAt(beat, member).standing === standing);
  // A standing that began on the historical course carries the real date from the record; one a
  // counterfactual course gave carries the year the story reached it.
  const real = now.event ?? (since ? seatAt(since, member).event : null);
  if (!real) return yearStamp(kind.word, kind.said, kind.tone, since?.status.year ?? null);
  return { word: real.word ?? kind.word, said: real.said ?? kind.said, date: real.date.slice(0, 4), spoken: spokenDate(real.date), since: real.date, tone: kind.tone };
}

function flagSince(beats: readonly Beat[], flag: string): number | null {
  return runStart(beats, (beat) => beat.world[flag] === true)?.status.year ?? null;
}

function playerView(beat: Beat, beats: readonly Beat[]): PlayerView {
  const ending = beat.status.ending ?? '';
  const year = beat.status.year;
  const base = { standing: meterValue(beat, 'standing'), safety: meterValue(beat, 'safety'), recanted: null };
  const recanted = beat.world.recanted === true ? yearStamp('RECANTED', 'recanted', 'grey', flagSince(beats, 'recanted')) : null;
  if (ending.includes('victim')) return { ...base, state: 'arrested', stamp: yearStamp('ARRESTED', 'arrested', 'red', year) };
  if (ending.includes('oppositionist')) return { ...base, state: 'exiled', stamp: yearStamp('EXILED', 'in exile', 'ink', year) };
  if (beat.world.oppositionist === true && !recanted) {
    return { ...base, state: 'expelled', stamp: yearStamp('EXPELLED', 'expelled from the party', 'ink', flagSince(beats, 'oppositionist')) };
  }
  if (ending.includes('survivor')) return { ...base, state: 'survived', stamp: yearStamp('SURVIVED', 'survived', 'grey', year), recanted };
  return { ...base, state: 'present', stamp: null, recanted };
}

/** The table at `beat`, dated from `beats` (every beat shown so far, oldest first, ending with `beat`). */
export function politburoView(beat: Beat, beats: readonly Beat[]): PolitburoView {
  const history = beats.length > 0 ? beats : [beat];
  return {
    year: beat.status.year,
    // The table is the world's, not the page's: a counterfactual aside on the historical course leaves it red.
    counterfactual: courseAt(beat) !== 'history',
    stalinPower: meterValue(beat, 'stalin_power'),
    seats: SEAT_ORDER.map((member) => {
      const now = seatAt(beat, member);
      return { member, name: member.toUpperCase(), standing: now.standing, since: now.event?.date ?? null, stamp: seatStamp(history, member, now) };
    }),
    player: playerView(beat, history),
  };
}
