/**
 * The 1921–1938 timeline as plain data: the historical course, the player's course, the decisions on
 * it, and where the two part. No Phaser: the strip draws it and the caption reads it out.
 */
import type { Beat, DecisionTaken } from '../narrative/beat';
import { FIRST_YEAR, LAST_YEAR } from '../narrative/tags';
import { courseAt } from './meters';

/** A decision on the player's line: filled where the player did what the majority really did. */
export interface TimelineMark {
  year: number;
  decision: string;
  actual: boolean;
}

export interface TimelineView {
  first: number;
  last: number;
  /** The year now on screen, or null before the story names one. */
  year: number | null;
  marks: TimelineMark[];
  /** The first decision where the player broke with what the majority did, while history went on. */
  dissent: TimelineMark | null;
  /** Where the player's course left history's for a counterfactual course, if it has. */
  diverged: { year: number; course: string } | null;
}

function clampYear(year: number): number {
  return Math.min(LAST_YEAR, Math.max(FIRST_YEAR, year));
}

/** The timeline after these beats and decisions (oldest first). */
export function timelineView(beats: readonly Beat[], decisions: readonly DecisionTaken[]): TimelineView {
  let lastYear = FIRST_YEAR;
  const marks = decisions.map((decision): TimelineMark => {
    // A decision offered before any year tag sits where the line last stood.
    lastYear = clampYear(decision.year ?? lastYear);
    return { year: lastYear, decision: decision.decision, actual: decision.actual };
  });
  let diverged: TimelineView['diverged'] = null;
  for (const beat of beats) {
    const course = courseAt(beat);
    if (course !== 'history') {
      diverged = { year: clampYear(beat.status.year ?? lastYear), course };
      break;
    }
  }
  // A break that itself opened the counterfactual course is drawn as the divergence, not as a dissent.
  const dissent = marks.find((mark) => !mark.actual && (!diverged || mark.year < diverged.year)) ?? null;
  const now = beats[beats.length - 1]?.status.year ?? null;
  return { first: FIRST_YEAR, last: LAST_YEAR, year: now === null ? null : clampYear(now), marks, dissent, diverged };
}
