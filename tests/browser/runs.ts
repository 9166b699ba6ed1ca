import story from '../../story/main.ink';
import type { Beat } from '../../src/narrative/beat';
import { StoryEngine } from '../../src/narrative/engine';
import { encodeRunCode, recordOf, type PlaythroughRecord } from '../../src/narrative/record';
import { toSave } from '../../src/narrative/save';

/** The save the game would keep for this playthrough, as it stands. */
function saveOf(engine: StoryEngine): string {
  return JSON.stringify(toSave(story.id, recordOf(engine), 1, 'another-visit'));
}

/**
 * A whole playthrough made in Node, far faster than clicking one through: always the first choice, or
 * with `last` set, the last choice at every historical decision.
 */
export function finishedRun(last: 0 | 1 = 0): { record: PlaythroughRecord; code: string; save: string } {
  const engine = played(last);
  const record = recordOf(engine);
  return { record, code: encodeRunCode(record), save: saveOf(engine) };
}

/** The save of `finishedRun(last)`'s game `left` choices before its end, for a test to play those by hand. */
export function savedBeforeTheEnd(last: 0 | 1, left: number): string {
  const engine = played(last);
  engine.rewindTo(engine.transcript.length - 1 - left);
  return saveOf(engine);
}

function played(last: 0 | 1): StoryEngine {
  const engine = new StoryEngine(story, 2);
  while (!engine.ended) {
    const choices = engine.current.choices;
    const decision = choices.some((choice) => choice.decision);
    engine.choose((last && decision ? choices.at(-1) : choices[0])!.index);
  }
  return engine;
}

/**
 * The save of a game made in Node, always taking the first choice, stopped at the first beat that
 * `here` picks out; with `before`, one choice earlier; with `take`, once the choice shown at that
 * position there is taken. The place a test would otherwise reach by clicking through from the start.
 */
export function savedAt(here: (beat: Beat) => boolean, { before = false, take }: { before?: boolean; take?: number } = {}): string {
  const engine = new StoryEngine(story, 2);
  while (!here(engine.current)) {
    if (engine.ended) throw new Error('the first choices never reach such a beat');
    engine.choose(engine.current.choices[0]!.index);
  }
  if (before) engine.rewindTo(engine.transcript.length - 2);
  if (take !== undefined) engine.choose(engine.current.choices[take]!.index);
  return saveOf(engine);
}

/** The first beat that offers a historical decision: the vote on the ban on factions. */
export const atTheVote = (beat: Beat): boolean => beat.choices.some((choice) => choice.decision !== null);
