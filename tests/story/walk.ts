import { FORTUNES, StoryEngine, type CompiledStory, type Fortune } from '../../src/narrative/engine';
import type { Beat, DecisionTaken } from '../../src/narrative/beat';

/** What can be said of every complete path from one state onwards. */
interface Onward {
  paths: bigint;
  minWords: number;
  maxWords: number;
}

/** What the walker found in the whole story, over every fortune. */
export interface Walk {
  /** Distinct states explored, over all fortunes. */
  states: number;
  /** Complete paths from the first beat to an ending, over all fortunes. */
  paths: bigint;
  /** The fewest and the most words shown on any complete path. */
  minWords: number;
  maxWords: number;
  /** Every distinct beat met (each once), for checks on tags, meters and text. */
  beats: Beat[];
  /** Each `decision.option` taken somewhere, with how it was tagged. */
  options: Map<string, DecisionTaken>;
  /** Endings reached, with the fortunes under which each was reached. */
  endings: Map<string, Set<Fortune>>;
  /**
   * Contract breaches found along the way, described for a person to read: a path ending without an
   * ending tag, a year running backwards, a counterfactual course opening without its label.
   */
  breaches: string[];
}

function words(beat: Beat): number {
  return beat.lines.reduce((sum, line) => sum + line.text.split(/\s+/).filter(Boolean).length, 0);
}

/**
 * Explores every distinct state of the story under every fortune: depth first, returning to each
 * choice with the engine's own rewind, and meeting a state already explored only once (states are
 * told apart by `StoryEngine.fingerprint`). Path counts and word counts are summed over the state
 * graph, so the story's many paths need not be played one by one.
 */
export function walkStory(story: CompiledStory, limit = 200_000): Walk {
  const walk: Walk = { states: 0, paths: 0n, minWords: Infinity, maxWords: 0, beats: [], options: new Map(), endings: new Map(), breaches: [] };
  const seenBeats = new Set<string>();

  for (const fortune of FORTUNES) {
    const engine = new StoryEngine(story, fortune);
    const memo = new Map<string, Onward>();

    const note = (beat: Beat) => {
      const key = JSON.stringify(beat);
      if (seenBeats.has(key)) return;
      seenBeats.add(key);
      walk.beats.push(beat);
    };

    const visit = (): Onward => {
      const key = engine.fingerprint();
      const known = memo.get(key);
      if (known) return known;
      walk.states += 1;
      if (walk.states > limit) throw new Error(`the story has more than ${limit} states`);
      const here = engine.current;
      const turn = engine.transcript.length - 1;
      if (here.choices.length === 0) {
        const ending = here.status.ending;
        if (!ending) walk.breaches.push(`a path ends without an ending tag after: ${here.lines.at(-1)?.text.slice(0, 80)}`);
        else walk.endings.set(ending, (walk.endings.get(ending) ?? new Set()).add(fortune));
        const end = { paths: 1n, minWords: 0, maxWords: 0 };
        memo.set(key, end);
        return end;
      }
      const onward: Onward = { paths: 0n, minWords: Infinity, maxWords: 0 };
      for (const choice of here.choices) {
        engine.choose(choice.index);
        const next = engine.current;
        note(next);
        if ((next.status.year ?? 0) < (here.status.year ?? 0)) {
          walk.breaches.push(`the year runs backwards from ${here.status.year} to ${next.status.year} after "${choice.text}"`);
        }
        if (next.world.course !== here.world.course && next.lines[0]?.record !== 'counterfactual') {
          walk.breaches.push(`the course turns to "${next.world.course}" after "${choice.text}" without a counterfactual label`);
        }
        const taken = choice.decision ? engine.decisions.at(-1) : undefined;
        if (taken && !walk.options.has(`${taken.decision}.${taken.option}`)) walk.options.set(`${taken.decision}.${taken.option}`, taken);
        const beyond = visit();
        const shown = words(next);
        onward.paths += beyond.paths;
        onward.minWords = Math.min(onward.minWords, shown + beyond.minWords);
        onward.maxWords = Math.max(onward.maxWords, shown + beyond.maxWords);
        engine.rewindTo(turn);
      }
      memo.set(key, onward);
      return onward;
    };

    note(engine.current);
    const all = visit();
    const opening = words(engine.current);
    walk.paths += all.paths;
    walk.minWords = Math.min(walk.minWords, opening + all.minWords);
    walk.maxWords = Math.max(walk.maxWords, opening + all.maxWords);
  }
  return walk;
}
