/**
 * What the countryside shows, as plain data: the village, its fields, the grain that stays and the
 * grain that leaves, and, in the famine years, what is missing. Told soberly: the picture shows empty
 * fields, dark windows and full wagons, never the dying; numbers stay in the DOM caption. No Phaser.
 */
import type { Beat, DecisionTaken } from '../narrative/beat';
import { courseAt, meterValue } from './meters';

/** Private strips of the NEP village, a mix, or one collective field. */
export type Fields = 'strips' | 'mixed' | 'collective';

export interface CountrysideView {
  year: number | null;
  counterfactual: boolean;
  peasants: number;
  repression: number;
  industry: number;
  fields: Fields;
  /** The peasants' lot at the bottom of the scale: the famines of 1921–22 and 1930–33. */
  famine: boolean;
  /** Grain coming in: the ARA in 1921–22, or relief a counterfactual course chose. */
  relief: boolean;
  /** Closed wagons leaving: deportation from the villages (dekulakisation, then Order 00447). */
  deportation: boolean;
  /** Villages on the blacklist (the decree of 20 November 1932). */
  blacklist: boolean;
}

/** The most of each thing the picture draws. */
export const MOST = { huts: 6, sheaves: 14, wagons: 6, chimneys: 8 } as const;

/** At or under this the peasants' lot is famine. */
export const FAMINE_LINE = 10;
/** Repression from which the picture shows wagons of deportees, once the villages are collectivised. */
const DEPORTATION_LINE = 60;
const COLLECTIVISATION_YEAR = 1930;
const BLACKLIST_YEARS = [1932, 1933];
const ARA_YEARS = [1921, 1922];

/** How the fields lie: on the historical course by the year, on a counterfactual course by the player's choice. */
function fieldsAt(year: number | null, course: string, decisions: readonly DecisionTaken[]): Fields {
  if (course === 'history') {
    if (year === null || year < COLLECTIVISATION_YEAR - 1) return 'strips';
    return year < COLLECTIVISATION_YEAR ? 'mixed' : 'collective';
  }
  const choice = [...decisions].reverse().find((decision) => decision.decision === 'collectivisation');
  if (!choice) return 'strips';
  if (choice.option === 'all-out') return 'collective';
  return choice.option === 'voluntary' ? 'strips' : 'mixed';
}

/** The countryside at `beat`, given the decisions taken so far. */
export function countrysideView(beat: Beat, decisions: readonly DecisionTaken[]): CountrysideView {
  const year = beat.status.year;
  const course = courseAt(beat);
  const peasants = meterValue(beat, 'peasants');
  const repression = meterValue(beat, 'repression');
  const fields = fieldsAt(year, course, decisions);
  const famine = peasants <= FAMINE_LINE;
  const famineChoice = [...decisions].reverse().find((decision) => decision.decision === 'famine');
  // On the historical course one member's vote fed no one: only a counterfactual course sends relief.
  const chosenRelief = course !== 'history' && famineChoice !== undefined && !famineChoice.actual;
  const araRelief = course === 'history' && year !== null && ARA_YEARS.includes(year);
  return {
    year,
    counterfactual: course !== 'history',
    peasants,
    repression,
    industry: meterValue(beat, 'industry'),
    fields,
    famine,
    relief: araRelief || chosenRelief,
    deportation: repression >= DEPORTATION_LINE && year !== null && year >= COLLECTIVISATION_YEAR,
    blacklist: course === 'history' && year !== null && BLACKLIST_YEARS.includes(year),
  };
}

/** How many of each thing the meters allow: lit windows, sheaves, grain wagons, chimneys, wagons of deportees. */
export function counts(view: CountrysideView): { lit: number; sheaves: number; wagons: number; chimneys: number; deported: number } {
  return {
    lit: view.famine ? 0 : Math.min(MOST.huts, Math.round((view.peasants / 60) * MOST.huts)),
    sheaves: view.famine ? 0 : Math.round((view.peasants / 100) * MOST.sheaves),
    // The state's take: the worse the peasants' lot, the more grain leaves the village.
    wagons: Math.max(1, Math.round(((100 - view.peasants) / 100) * MOST.wagons)),
    chimneys: 1 + Math.round((view.industry / 100) * (MOST.chimneys - 1)),
    deported: view.deportation ? Math.max(1, Math.round((view.repression / 100) * (MOST.wagons - 2))) : 0,
  };
}
