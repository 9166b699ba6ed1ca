import type { Beat, DecisionTaken } from './beat';
import type { Argument, Catalogue, Decision, Ending, EssayError, Reading, Verdict } from './catalogue';

/** Which line the player's option stood with: Lenin's own position, the majority's (what happened), both, or neither. */
export type Side = 'lenin' | 'majority' | 'both' | 'other';

/** One decision the player took, tied to the essay's arguments and to what really happened. */
export interface DebriefEntry {
  kind: 'taken';
  decision: string;
  option: string;
  /** The choice as the player saw it. */
  choiceText: string;
  /** The option's short label from the catalogue, or the choice text where it has none. */
  optionLabel: string;
  /** True where the player did what really happened. */
  actual: boolean;
  year: number | null;
  /** The turn at which it was taken (for replay-from). */
  turn: number;
  title: string;
  question: string;
  history: Decision['history'];
  historians: Decision['historians'];
  questionForClass: string;
  args: Argument[];
  reason: string;
  /** The opening of what followed the choice, as the player read it. */
  ledTo: string;
  /** True where what followed was counterfactual: the player's line had left history. */
  leftHistory: boolean;
  reading: Reading | null;
  side: Side;
  /** The label of the option closest to Lenin's position, if there is one. */
  leninOption: string | null;
}

/** A decision of the story that the player's course never met, and what happened at that point. */
export interface SkippedEntry {
  kind: 'skipped';
  decision: string;
  title: string;
  years: string;
  history: Decision['history'];
  questionForClass: string;
}

export interface Debrief {
  /** Taken and skipped decisions together, in the order of what really happened. */
  timeline: (DebriefEntry | SkippedEntry)[];
  entries: DebriefEntry[];
  skipped: SkippedEntry[];
  /** How many of the player's decisions matched history. */
  matched: number;
  /** The decision after which the story left history for a counterfactual course, if it did. */
  divergedAt: string | null;
  /** How often the player stood with each line, over the decisions that have a reading. */
  sides: Record<Side, number>;
  verdict: Verdict;
  essayErrors: EssayError[];
  ending: Ending | null;
  course: string;
}

/** What the debrief is built from: the playthrough, as the engine hands it out. */
export interface Playthrough {
  decisions: readonly DecisionTaken[];
  /** Every beat shown, oldest first: beat `turn + 1` is what followed the choice at `turn`. */
  beats: readonly Beat[];
}

/** Decisions only one course meets; the others are not "skipped" for lacking them. */
const COURSE_ONLY = new Set(['recant']);

const LED_TO_LENGTH = 320;

function opening(beat: Beat | undefined): string {
  const text = (beat?.lines ?? []).map((line) => line.text).join(' ');
  if (text.length <= LED_TO_LENGTH) return text;
  const cut = text.lastIndexOf(' ', LED_TO_LENGTH);
  return `${text.slice(0, cut > 0 ? cut : LED_TO_LENGTH)} …`;
}

function sideOf(actual: boolean, option: string, reading: Reading | null): Side {
  const lenin = reading?.lenin === option;
  if (actual && lenin) return 'both';
  if (actual) return 'majority';
  return lenin ? 'lenin' : 'other';
}

/**
 * Builds the debrief from a playthrough and the story's data. Pure: the page only renders it.
 * Throws if a decision or argument id is missing from the data, which the story test rules out.
 */
export function buildDebrief(play: Playthrough, data: Catalogue): Debrief {
  const entries = play.decisions.map((step): DebriefEntry => {
    const decision = data.decisions.get(step.decision);
    if (!decision) throw new Error(`The catalogue has no decision "${step.decision}".`);
    const reading = data.readings.get(step.decision) ?? null;
    const next = play.beats[step.turn + 1];
    return {
      kind: 'taken',
      decision: step.decision,
      option: step.option,
      choiceText: step.text,
      optionLabel: decision.options[step.option] ?? step.text,
      actual: step.actual,
      year: step.year,
      turn: step.turn,
      title: decision.title,
      question: decision.question,
      history: decision.history,
      historians: decision.historians,
      questionForClass: decision.questionForClass,
      args: step.args.map((id) => {
        const argument = data.arguments.get(id);
        if (!argument) throw new Error(`The catalogue has no argument "${id}".`);
        return argument;
      }),
      reason: step.reason,
      ledTo: opening(next),
      leftHistory: next?.lines.some((line) => line.record === 'counterfactual') ?? false,
      reading,
      side: sideOf(step.actual, step.option, reading),
      leninOption: reading?.lenin ? (decision.options[reading.lenin] ?? null) : null,
    };
  });
  const taken = new Set(entries.map((entry) => entry.decision));
  const skipped = [...data.decisions.values()]
    .filter((decision) => !taken.has(decision.id) && !COURSE_ONLY.has(decision.id))
    .map((decision): SkippedEntry => ({
      kind: 'skipped',
      decision: decision.id,
      title: decision.title,
      years: decision.years,
      history: decision.history,
      questionForClass: decision.questionForClass,
    }));
  const timeline = [...entries, ...skipped].sort((a, b) => a.history.date.localeCompare(b.history.date));
  const sides: Record<Side, number> = { lenin: 0, majority: 0, both: 0, other: 0 };
  for (const entry of entries) if (entry.reading) sides[entry.side] += 1;
  const last = play.beats[play.beats.length - 1];
  const divergence = play.beats.findIndex((beat) => beat.world.course !== undefined && beat.world.course !== 'history');
  const divergedAt = divergence < 0 ? null : ([...entries].reverse().find((entry) => entry.turn < divergence)?.decision ?? null);
  return {
    timeline,
    entries,
    skipped,
    matched: entries.filter((entry) => entry.actual).length,
    divergedAt,
    sides,
    verdict: data.verdict,
    essayErrors: data.essayErrors,
    ending: data.endings.get(last?.status.ending ?? '') ?? null,
    course: typeof last?.world.course === 'string' ? last.world.course : 'history',
  };
}
