import type { DecisionTaken } from './beat';
import type { Argument, Decision } from './catalogue';

/** One decision the player took, tied to the essay's arguments and to what really happened. */
export interface DebriefEntry {
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
}

export interface Debrief {
  entries: DebriefEntry[];
  /** How many of the player's decisions matched history. */
  matched: number;
  /** The first decision at which the player left history, if any. */
  divergedAt: string | null;
}

/**
 * Builds the debrief from the decisions taken and the story's data. Pure: the page only renders it.
 * Throws if a decision or argument id is missing from the catalogue, which the story test rules out.
 */
export function buildDebrief(
  taken: readonly DecisionTaken[],
  decisions: ReadonlyMap<string, Decision>,
  args: ReadonlyMap<string, Argument>,
): Debrief {
  const entries = taken.map((step): DebriefEntry => {
    const decision = decisions.get(step.decision);
    if (!decision) throw new Error(`The catalogue has no decision "${step.decision}".`);
    return {
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
        const argument = args.get(id);
        if (!argument) throw new Error(`The catalogue has no argument "${id}".`);
        return argument;
      }),
      reason: step.reason,
    };
  });
  return {
    entries,
    matched: entries.filter((entry) => entry.actual).length,
    divergedAt: entries.find((entry) => !entry.actual)?.decision ?? null,
  };
}
