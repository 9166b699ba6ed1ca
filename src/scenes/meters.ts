/**
 * Why each meter moved: given the beat before and the beat now, the moves of the story's meters, each
 * with one line naming the historical (or counterfactual) mechanism, from story/data/meters.json.
 * Pure data in and out, no Phaser: the strip draws it and the caption reads it out.
 */
import type { Beat, DecisionTaken } from '../narrative/beat';
import { WORLD_METERS, type WorldMeter } from '../narrative/world';
import { happenedBy, sceneDate } from '../narrative/politburo-record';
import data from '../../story/data/meters.json';

export type Direction = 'up' | 'down';

/** One meter's move from one beat to the next, and why. */
export interface MeterMove {
  meter: WorldMeter;
  from: number;
  to: number;
  direction: Direction;
  /** One line naming the mechanism, without the label 'counterfactual'. */
  reason: string;
  /** The move belongs to a counterfactual course, so its reason is an invention, labelled as one. */
  counterfactual: boolean;
  /** The player's own standing or safety, moved by the decision just taken. */
  byChoice: boolean;
  /** On the historical course, the date by which everything the reason names had happened; null for other reasons. */
  date: string | null;
}

type ByDirection = Partial<Record<Direction, string>>;
type MeterReasons = Partial<Record<WorldMeter, ByDirection>>;
/** A historical line, with the date (YYYY, YYYY-MM or YYYY-MM-DD) by which all it names had happened. */
type DatedReasons = ByDirection & { date: string };

/** The shape of story/data/meters.json; assigning the import to it checks the file at build time. */
interface MeterData {
  decisions: Record<string, string>;
  courses: Record<string, string>;
  choice: { with: string; apart: string };
  history: Record<string, Partial<Record<WorldMeter, DatedReasons>>>;
  counterfactual: Record<string, Record<string, string>>;
  options: Record<string, string | ({ any: string } & MeterReasons)>;
  fallback: Record<WorldMeter, Record<Direction, string>>;
}

const DATA: MeterData = data;

/** The meters that are the player's own: only these move with the player's choices on the historical course. */
export const PLAYER_METERS: readonly WorldMeter[] = ['standing', 'safety'];

/** A meter the story has not set reads as the middle of its range. */
const METER_DEFAULT = 50;

/** A meter's value at a beat, within 0..100. */
export function meterValue(beat: Beat, meter: WorldMeter): number {
  const value = beat.world[meter];
  if (typeof value !== 'number' || Number.isNaN(value)) return METER_DEFAULT;
  return Math.min(100, Math.max(0, value));
}

/** The course the story is on at a beat: "history" unless a counterfactual course has opened. */
export function courseAt(beat: Beat): string {
  const course = beat.world.course;
  return typeof course === 'string' && course ? course : 'history';
}

/** A short name for a decision ("the ban on factions"), for sentences. */
export function decisionLabel(decision: string): string {
  return DATA.decisions[decision] ?? decision.replaceAll('-', ' ');
}

/** A short name for a counterfactual course, or null for history. */
export function courseLabel(course: string): string | null {
  return course === 'history' ? null : (DATA.courses[course] ?? course);
}

/** Whether the player is being asked a historical decision at this beat. */
export function isDecisionBeat(beat: Beat): boolean {
  return beat.choices.some((choice) => choice.decision !== null);
}

/**
 * The years whose mechanisms can explain a move between these beats, latest first. The previous
 * beat's own year counts too: the story moves the world on after a decision, later in the same year.
 */
function yearsBetween(previous: Beat, current: Beat): number[] {
  const to = current.status.year;
  if (to === null) return [];
  const from = Math.min(previous.status.year ?? to, to);
  const years: number[] = [];
  for (let year = to; year >= from; year -= 1) years.push(year);
  return years;
}

function fill(template: string, values: { decision?: string; year?: number | null }): string {
  return template
    .replaceAll('{decision}', values.decision ?? 'your last decision')
    .replaceAll('{year}', values.year === null || values.year === undefined ? 'these years' : String(values.year));
}

function optionReason(decision: DecisionTaken, meter: WorldMeter, direction: Direction): string | null {
  const entry = DATA.options[`${decision.decision}.${decision.option}`];
  if (entry === undefined) return null;
  if (typeof entry === 'string') return entry;
  return entry[meter]?.[direction] ?? entry.any;
}

function choiceReason(decision: DecisionTaken): string {
  const text = decision.text.replace(/[.!?]+$/, '');
  return `what you chose on ${decisionLabel(decision.decision)}: "${text.charAt(0).toLowerCase()}${text.slice(1)}"`;
}

/**
 * The latest historical line that explains a move and names only what had happened by the scene
 * (before its day, at a decision): a line dated later is never shown, so the strip gives nothing away.
 */
function historyReason(meter: WorldMeter, direction: Direction, years: readonly number[], scene: Scene): { text: string; date: string } | null {
  for (const year of years) {
    const entry = DATA.history[String(year)]?.[meter];
    const text = entry?.[direction];
    if (entry && text && (scene.date === null || happenedBy(entry.date, scene.date, scene.decision))) return { text, date: entry.date };
  }
  return null;
}

/** Where the beat now on screen stands in time: its date (or year), and whether it asks a decision. */
interface Scene {
  date: string | null;
  decision: boolean;
}

/** Every historical line with its year and date, for the tests and the meters' help. */
export function historyLines(): { year: number; meter: WorldMeter; direction: Direction; text: string; date: string }[] {
  return Object.entries(DATA.history).flatMap(([year, meters]) =>
    Object.entries(meters).flatMap(([meter, entry]) =>
      (['up', 'down'] as const).flatMap((direction) => {
        const text = entry[direction];
        return text ? [{ year: Number(year), meter: meter as WorldMeter, direction, text, date: entry.date }] : [];
      }),
    ),
  );
}

function courseReason(course: string, years: readonly number[]): string | null {
  const sentences = DATA.counterfactual[course];
  if (!sentences) return null;
  for (const year of years) {
    const sentence = sentences[String(year)];
    if (sentence) return sentence;
  }
  return null;
}

/**
 * The reason for one move. The player's own meters after a decision answer to that decision; on a
 * counterfactual course the world answers to the option chosen, then to the course's year; on the
 * historical course the world answers to the year, because one member's vote did not move the country.
 */
function explain(
  meter: WorldMeter,
  direction: Direction,
  context: { course: string; years: readonly number[]; advanced: boolean; decision: DecisionTaken | null; scene: Scene },
): { reason: string; byChoice: boolean; date: string | null } {
  const { course, years, decision } = context;
  const year = years[0] ?? null;
  const player = PLAYER_METERS.includes(meter);
  if (player && decision) {
    const template = decision.actual ? DATA.choice.with : DATA.choice.apart;
    const own = fill(template, { decision: decisionLabel(decision.decision) });
    // A new year can move the player's meters too (from 1936 no one was safe): say both causes.
    const times = context.advanced && course === 'history' ? historyReason(meter, direction, years, context.scene) : null;
    return { reason: times ? `${own}; ${times.text}` : own, byChoice: true, date: times?.date ?? null };
  }
  // On a counterfactual course the world answers to the player's choice: its mechanism if written
  // down, else the choice itself in the player's own words.
  const chosen = course !== 'history' && decision ? (optionReason(decision, meter, direction) ?? choiceReason(decision)) : null;
  if (chosen) return { reason: chosen, byChoice: false, date: null };
  const past = course === 'history' ? historyReason(meter, direction, years, context.scene) : null;
  if (past) return { reason: past.text, byChoice: false, date: past.date };
  const reason = (course === 'history' ? null : courseReason(course, years)) ?? fill(DATA.fallback[meter][direction], { year });
  return { reason, byChoice: false, date: null };
}

/**
 * Every meter that moved from `previous` to `current`, with its reason; `decision` is the historical
 * decision taken between the two beats, if any. The player's own moves come first, then the largest.
 */
export function whyItMoved(previous: Beat | null, current: Beat, decision: DecisionTaken | null): MeterMove[] {
  if (!previous) return [];
  const course = courseAt(current);
  const advanced = previous.status.year !== null && current.status.year !== null && current.status.year > previous.status.year;
  const scene = { date: sceneDate(current.status), decision: isDecisionBeat(current) };
  const context = { course, years: yearsBetween(previous, current), advanced, decision, scene };
  const moves: MeterMove[] = [];
  for (const meter of WORLD_METERS) {
    const from = meterValue(previous, meter);
    const to = meterValue(current, meter);
    if (from === to) continue;
    const direction: Direction = to > from ? 'up' : 'down';
    const { reason, byChoice, date } = explain(meter, direction, context);
    moves.push({ meter, from, to, direction, reason, counterfactual: course !== 'history', byChoice, date });
  }
  return moves.sort((a, b) => Number(b.byChoice) - Number(a.byChoice) || Math.abs(b.to - b.from) - Math.abs(a.to - a.from));
}

/** The decision taken at turn `turn` (the choice offered by beat `turn`), if it was a historical one. */
export function decisionAt(decisions: readonly DecisionTaken[], turn: number): DecisionTaken | null {
  return decisions.find((decision) => decision.turn === turn) ?? null;
}

/** The most recent step at which any meter moved: its moves, its year, and whether it is the beat now on screen. */
export interface LatestMoves {
  moves: MeterMove[];
  year: number | null;
  fresh: boolean;
}

/** The latest meter moves in a playthrough, so that a flavour choice does not wipe what a decision did. */
export function latestMoves(beats: readonly Beat[], decisions: readonly DecisionTaken[]): LatestMoves {
  for (let index = beats.length - 1; index > 0; index -= 1) {
    const current = beats[index];
    const previous = beats[index - 1];
    if (!current || !previous) continue;
    const moves = whyItMoved(previous, current, decisionAt(decisions, index - 1));
    if (moves.length > 0) return { moves, year: current.status.year, fresh: index === beats.length - 1 };
  }
  return { moves: [], year: null, fresh: false };
}
