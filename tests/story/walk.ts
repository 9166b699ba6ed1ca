import { StoryEngine, type CompiledStory } from '../../src/narrative/engine';
import type { Beat, DecisionTaken } from '../../src/narrative/beat';

/** One complete path through the story, as the walker found it. */
export interface Path {
  beats: Beat[];
  decisions: DecisionTaken[];
  ending: string | null;
  words: number;
}

export interface Walk {
  paths: Path[];
  /** Distinct states reached (a state met again by another route is explored once). */
  states: number;
}

function words(beat: Beat): number {
  return beat.lines.reduce((sum, line) => sum + line.text.split(/\s+/).filter(Boolean).length, 0);
}

/**
 * Plays every distinct path of the story by depth-first search, returning to each choice with the
 * engine's own rewind. `limit` stops a runaway story rather than hanging the suite.
 */
export function walkStory(story: CompiledStory, limit = 200_000): Walk {
  const engine = new StoryEngine(story);
  const paths: Path[] = [];
  let states = 0;

  const visit = () => {
    states += 1;
    if (states > limit) throw new Error(`the story has more than ${limit} states`);
    const turn = engine.transcript.length - 1;
    const choices = engine.current.choices.map((choice) => choice.index);
    if (choices.length === 0) {
      const beats = engine.transcript.map((t) => t.beat);
      paths.push({
        beats,
        decisions: engine.decisions,
        ending: engine.current.status.ending,
        words: beats.reduce((sum, beat) => sum + words(beat), 0),
      });
      return;
    }
    for (const index of choices) {
      engine.choose(index);
      visit();
      engine.rewindTo(turn);
    }
  };
  visit();
  return { paths, states };
}
