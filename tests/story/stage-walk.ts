import type { Beat, DecisionTaken } from '../../src/narrative/beat';
import { stageView, type StageView } from '../../src/scenes/view';
import type { StoryState, Walk } from './walk';

/** A picture the stage shows on some path: the beat, the stage's view of it, and the decision asked there. */
export interface Seen {
  beat: Beat;
  view: StageView;
  /** The decision asked at this beat, if any. */
  decision: string | null;
}

/**
 * Every distinct picture of the walked route, with the stage's own view of it (src/scenes/view.ts).
 * The view of a beat depends on every beat and decision before it, so this follows the walk's graph
 * path by path, as the engine's transcript would hold them, without playing the story again. A state
 * reached again with the same standings and dates shown is not followed again; one reached with a
 * different picture is.
 */
export function stagePictures(walk: Walk): Seen[] {
  const seen: Seen[] = [];
  const memo = new Set<string>();
  const ids = new Map<StoryState, number>();
  const beats: Beat[] = [];
  const decisions: DecisionTaken[] = [];

  const visit = (state: StoryState, beat: Beat, taken: DecisionTaken | null): void => {
    const turn = beats.length;
    beats.push(beat);
    // The decision just taken, at the turn this path took it (the engine counts turns along the path).
    const decision = taken ? { ...taken, turn: turn - 1 } : null;
    if (decision) decisions.push(decision);
    const view = stageView({ beat, decision, decisions: [...decisions], beats: [...beats] });
    // What the checks read: the standings and every date shown.
    const picture = JSON.stringify([
      view.politburo.seats.map((seat) => [seat.standing, seat.since, seat.stamp?.since, seat.stamp?.word]),
      view.strip.latest.moves.map((move) => [move.meter, move.date, move.byChoice]),
    ]);
    const id = ids.get(state) ?? ids.set(state, ids.size).size - 1;
    const key = `${id}|${picture}`;
    if (!memo.has(key)) {
      memo.add(key);
      seen.push({ beat, view, decision: beat.choices.find((choice) => choice.decision !== null)?.decision ?? null });
      for (const way of state.ways) visit(way.to, way.beat, way.decision);
    }
    beats.pop();
    if (decision) decisions.pop();
  };

  const first = walk.beats[0];
  if (!first) throw new Error('the walk found no beat');
  visit(walk.start, first, null);
  return seen;
}
