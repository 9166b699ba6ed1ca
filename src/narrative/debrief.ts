import type { Route } from './engine';
import type { Beat, DecisionTaken } from './beat';
import type { Argument, Catalogue, Decision, DecisionCard, Ending, EssayError, Reading, Verdict } from './catalogue';

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
  /**
   * Every argument the essay makes about this decision (the reading's), then those tagged on the
   * option taken, without repeats: what a card shows does not depend on which option was clicked.
   */
  args: Argument[];
  /** The ids among `args` that the option taken carries in the story. */
  optionArgs: string[];
  /** The decision's short classroom texts. */
  card: DecisionCard;
  /** True where the decision came after Lenin left politics (his third stroke, March 1923). */
  afterLenin: boolean;
  reason: string;
  /** The opening of what followed the choice, as the player read it. */
  ledTo: string;
  /** True where what followed was counterfactual: the player's line had left history. */
  leftHistory: boolean;
  reading: Reading | null;
  side: Side;
  /** The game's guess at Lenin's line, from his dated texts; null where he had no position. */
  leninLine: { option: string; label: string; texts: string } | null;
}

/** A decision of the story that the player's course never met, and what happened at that point. */
export interface SkippedEntry {
  kind: 'skipped';
  decision: string;
  title: string;
  years: string;
  history: Decision['history'];
  questionForClass: string;
  card: DecisionCard;
}

/** Where a set of choices stands between continuity with Lenin (0) and betrayal of him (1). */
export interface Scale {
  /** The player's decisions, read the essay's way; null if none counts. */
  you: number | null;
  /** What really happened at the same decisions, as the essay reads it. */
  essay: number | null;
  /** The decisions counted: after March 1923, and ones the essay itself discusses. */
  counted: string[];
}

export interface Debrief {
  route: Route;
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
  /** The two or three decisions that most shaped this run, for the one-screen summary. */
  turningPoints: DebriefEntry[];
  scale: Scale;
  /** One question to talk about, fitted to this run. */
  question: string;
}

/** What the debrief is built from: the playthrough, as the engine hands it out. */
export interface Playthrough {
  /** The full game or the lesson route (which passes over some decisions on purpose). */
  route: Route;
  decisions: readonly DecisionTaken[];
  /** Every beat shown, oldest first: beat `turn + 1` is what followed the choice at `turn`. */
  beats: readonly Beat[];
}

/** Decisions only one course meets; the others are not "skipped" for lacking them. */
const COURSE_ONLY = new Set(['recant']);

const LED_TO_LENGTH = 320;

/** Lenin's third stroke (9–10 March 1923) ended his political life: later decisions are his heirs'. */
export const LENIN_LEFT = '1923-03-10';

/** The decisions a class should take first (continuity; evidence and responsibility; break or same method). */
export const CORE_DECISIONS = ['ban', 'testament', 'terror'];

const READING_VALUE = { continuity: 0, mixed: 0.5, betrayal: 1 } as const;

function mean(values: number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;
}

/**
 * Where the player's later choices stand, read the way the essay reads each moment: doing what really
 * happened takes the essay's reading of it; taking the game's guess at Lenin's line counts as
 * continuity; any other option sits half-way. Decisions of Lenin's own time, and those the essay never
 * discusses, are left out: agreeing with Lenin while he led says nothing about his heirs.
 */
export function scaleOf(entries: readonly DebriefEntry[]): Scale {
  const counted = entries.filter((entry) => entry.afterLenin && entry.reading && !entry.card.essay.applied);
  const essayValue = (entry: DebriefEntry) => READING_VALUE[entry.reading?.reading ?? 'mixed'];
  return {
    you: mean(counted.map((entry) => (entry.actual ? essayValue(entry) : entry.leninLine?.option === entry.option ? 0 : 0.5))),
    essay: mean(counted.map(essayValue)),
    counted: counted.map((entry) => entry.decision),
  };
}

/** Where the line left history first, then other breaks with history (core decisions first), then the core decisions. */
export function turningPointsOf(entries: readonly DebriefEntry[], divergedAt: string | null): DebriefEntry[] {
  const core = (entry: DebriefEntry) => (CORE_DECISIONS.includes(entry.decision) ? 0 : 1);
  const ranked = [...entries].sort((a, b) => {
    const rank = (entry: DebriefEntry) => (entry.decision === divergedAt ? 0 : entry.actual ? 2 : 1);
    return rank(a) - rank(b) || core(a) - core(b) || a.turn - b.turn;
  });
  return ranked.slice(0, 3).sort((a, b) => a.turn - b.turn);
}

function questionOf(entries: readonly DebriefEntry[], divergedAt: string | null): string {
  const left = entries.find((entry) => entry.decision === divergedAt);
  if (left) return `Your line left history at “${left.card.label}”. Would Lenin have chosen as you did? What evidence could show it?`;
  const breaks = entries.filter((entry) => !entry.actual).length;
  if (breaks > 0) return 'You broke with the majority, yet history went on. Could one member of the leadership have changed its course?';
  return 'You went with the majority every time. Where could you have stopped Stalin, and what would it have cost you?';
}

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

function cardOf(data: Catalogue, decision: string): DecisionCard {
  const card = data.cards.get(decision);
  if (!card) throw new Error(`The catalogue has no debrief card for "${decision}".`);
  return card;
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
    const card = cardOf(data, step.decision);
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
      historians: [...decision.historians, ...card.historians],
      questionForClass: decision.questionForClass,
      args: [...new Set([...(reading?.args ?? []), ...step.args])].map((id) => {
        const argument = data.arguments.get(id);
        if (!argument) throw new Error(`The catalogue has no argument "${id}".`);
        return argument;
      }),
      optionArgs: [...step.args],
      card,
      afterLenin: decision.history.date >= LENIN_LEFT,
      reason: step.reason,
      ledTo: opening(next),
      leftHistory: next?.lines.some((line) => line.record === 'counterfactual') ?? false,
      reading,
      side: sideOf(step.actual, step.option, reading),
      leninLine:
        reading?.lenin && card.leninTexts ? { option: reading.lenin, label: decision.options[reading.lenin] ?? reading.lenin, texts: card.leninTexts } : null,
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
      card: cardOf(data, decision.id),
    }));
  const timeline = [...entries, ...skipped].sort((a, b) => a.history.date.localeCompare(b.history.date));
  const sides: Record<Side, number> = { lenin: 0, majority: 0, both: 0, other: 0 };
  for (const entry of entries) if (entry.reading) sides[entry.side] += 1;
  const last = play.beats[play.beats.length - 1];
  const divergence = play.beats.findIndex((beat) => beat.world.course !== undefined && beat.world.course !== 'history');
  const divergedAt = divergence < 0 ? null : ([...entries].reverse().find((entry) => entry.turn < divergence)?.decision ?? null);
  return {
    route: play.route,
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
    turningPoints: turningPointsOf(entries, divergedAt),
    scale: scaleOf(entries),
    question: questionOf(entries, divergedAt),
  };
}
