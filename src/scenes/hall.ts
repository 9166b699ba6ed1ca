/**
 * What the congress hall shows, as plain data: the stage, the scene and the screen-reader description
 * all read it, so the picture and its words cannot drift apart. No Phaser here.
 */
import type { Beat, DecisionTaken } from '../narrative/beat';
import type { WorldMeter } from '../narrative/world';

/** The decision the hall is about: the resolution "On Party Unity". */
export const BAN_DECISION = 'ban';

/** The player's answers to the ban vote that the hall draws. */
export const BAN_OUTCOMES = ['for', 'time-limit', 'against', 'permanent'] as const;

export type BanOutcome = (typeof BAN_OUTCOMES)[number];

/** Before the vote, or how the player voted. */
export type Vote = 'pending' | BanOutcome;

/** Everything the hall picture depends on. Meters are 0..100. */
export interface HallView {
  vote: Vote;
  year: number | null;
  /** True when the record is counterfactual: the accents turn steel blue. */
  counterfactual: boolean;
  debate: number;
  stalinPower: number;
  repression: number;
}

/** A meter the story has not set yet reads as the middle of its range. */
const METER_DEFAULT = 50;

/** The most separate voices (speech wedges) the hall shows, at debate 100. */
const MAX_VOICES = 14;

function meter(beat: Beat, name: WorldMeter): number {
  const value = beat.world[name];
  if (typeof value !== 'number' || Number.isNaN(value)) return METER_DEFAULT;
  return Math.min(100, Math.max(0, value));
}

function isOutcome(option: string): option is BanOutcome {
  return (BAN_OUTCOMES as readonly string[]).includes(option);
}

/**
 * The vote the hall shows at this beat: pending while the vote is offered or not yet reached, else
 * the option the player took. A playthrough restored past 1921 always has its vote among `decisions`.
 */
export function voteAt(beat: Beat, decisions: readonly DecisionTaken[]): Vote {
  if (beat.choices.some((choice) => choice.decision === BAN_DECISION)) return 'pending';
  const taken = decisions.find((decision) => decision.decision === BAN_DECISION);
  if (!taken) return 'pending';
  return isOutcome(taken.option) ? taken.option : 'for';
}

/** The view of the hall for this beat and vote. */
export function hallView(beat: Beat, vote: Vote): HallView {
  return {
    vote,
    year: beat.status.year,
    counterfactual: beat.status.record === 'counterfactual',
    debate: meter(beat, 'debate'),
    stalinPower: meter(beat, 'stalin_power'),
    repression: meter(beat, 'repression'),
  };
}

/** The view drawn before any beat has arrived. */
export function emptyView(): HallView {
  return {
    vote: 'pending',
    year: null,
    counterfactual: false,
    debate: METER_DEFAULT,
    stalinPower: METER_DEFAULT,
    repression: METER_DEFAULT,
  };
}

/** How many separate voices the hall shows for a debate meter. */
export function voiceCount(debate: number): number {
  return Math.round((debate / 100) * MAX_VOICES);
}

/** True when two views draw the same picture. */
export function sameView(a: HallView, b: HallView): boolean {
  return (
    a.vote === b.vote &&
    a.year === b.year &&
    a.counterfactual === b.counterfactual &&
    voiceCount(a.debate) === voiceCount(b.debate) &&
    Math.round(a.stalinPower) === Math.round(b.stalinPower) &&
    Math.round(a.repression) === Math.round(b.repression)
  );
}
