import { FORTUNES, StoryEngine, type CompiledStory, type Fortune, type Route } from '../../src/narrative/engine';
import type { Beat, DecisionTaken } from '../../src/narrative/beat';

/** What can be said of every complete path from one state onwards. */
interface Onward {
  paths: bigint;
  minWords: number;
  maxWords: number;
  /** Indices of the requirements met on every complete path from here on. */
  always: Set<number>;
}

/**
 * A distinct state of the story, with the ways on from it: the graph the walk explored, for checks
 * that need whole paths (the stage's view of a beat depends on every beat and decision before it) and
 * can follow them here rather than play the story again.
 */
export interface StoryState {
  /** One per choice taken here, and per fortune where the choice draws the player's luck. */
  ways: Way[];
}

/** One way on from a state. */
export interface Way {
  /** The beat the choice shows: its lines depend on the choice, the rest on the state it reaches. */
  beat: Beat;
  /** The historical decision the choice takes, as the engine recorded it on the path walked first. */
  decision: DecisionTaken | null;
  to: StoryState;
}

/** How to walk: which route, and which decisions every complete path must meet. */
export interface WalkOptions {
  route?: Route;
  /**
   * Each requirement is met on a path that takes any of its decision ids (`['collectivisation',
   * 'famine']`: one or the other). The walk reports the requirements some complete path misses.
   */
  requirements?: readonly (readonly string[])[];
  /** More distinct states than this is an error. */
  limit?: number;
}

/** What the walker found in the whole story, over every choice and every fortune. */
export interface Walk {
  route: Route;
  /** Distinct states explored. */
  states: number;
  /** Complete paths from the first beat to an ending, counting each fortune where luck is drawn. */
  paths: bigint;
  /** The fewest and the most words shown on any complete path. */
  minWords: number;
  maxWords: number;
  /** The beat shown at every distinct state, for checks on tags, meters and text. */
  beats: Beat[];
  /** The first state (its beat is `beats[0]`), and through its ways every other. */
  start: StoryState;
  /** Each `decision.option` taken somewhere, with how it was tagged. */
  options: Map<string, DecisionTaken>;
  /** Endings reached, with the luck each was reached with (0: no luck was drawn on the way). */
  endings: Map<string, Set<number>>;
  /**
   * Contract breaches found along the way, described for a person to read: a path ending without an
   * ending tag, a year running backwards, a counterfactual course opening without its label.
   */
  breaches: string[];
  /** The requirements (by their decision ids, joined with "|") that some complete path misses. */
  unmet: string[];
}

function words(beat: Beat): number {
  return beat.lines.reduce((sum, line) => sum + line.text.split(/\s+/).filter(Boolean).length, 0);
}

/**
 * Explores every distinct state of the story: depth first, returning to each choice with the
 * engine's own rewind, and meeting a state already explored only once (states are told apart by
 * `StoryEngine.fingerprint`). Where a choice leads the story to draw the player's luck, it is taken
 * once for every fortune, so chance is walked as fully as the choices. Path counts and word counts
 * are summed over the state graph, so the story's many paths need not be played one by one.
 */
export function walkStory(story: CompiledStory, { route = 'full', requirements = [], limit = 200_000 }: WalkOptions = {}): Walk {
  const walk: Walk = {
    route, states: 0, paths: 0n, minWords: Infinity, maxWords: 0, beats: [], start: { ways: [] }, options: new Map(), endings: new Map(), breaches: [], unmet: [],
  };
  const engine = new StoryEngine(story, 2, { route });
  if (engine.route !== route) throw new Error(`the engine did not take the ${route} route`);
  const none = new Set<number>();
  const all = new Set(requirements.map((_, index) => index));
  /** The requirements the decision just taken meets. */
  const meets = (decision: string | undefined): Set<number> =>
    decision ? new Set(requirements.flatMap((ids, index) => (ids.includes(decision) ? [index] : []))) : none;
  const memo = new Map<string, { onward: Onward; state: StoryState }>();

  const visit = (state: StoryState = { ways: [] }): { onward: Onward; state: StoryState } => {
    const key = engine.fingerprint();
    const known = memo.get(key);
    if (known) return known;
    walk.states += 1;
    if (walk.states > limit) throw new Error(`the story has more than ${limit} states`);
    const here = engine.current;
    walk.beats.push(here);
    const turn = engine.transcript.length - 1;
    if (here.choices.length === 0) {
      const ending = here.status.ending;
      if (!ending) walk.breaches.push(`a path ends without an ending tag after: ${here.lines.at(-1)?.text.slice(0, 80)}`);
      else walk.endings.set(ending, (walk.endings.get(ending) ?? new Set()).add(Number(here.world.luck ?? 0)));
      const end = { onward: { paths: 1n, minWords: 0, maxWords: 0, always: none }, state };
      memo.set(key, end);
      return end;
    }
    const onward: Onward = { paths: 0n, minWords: Infinity, maxWords: 0, always: all };
    const follow = (text: string) => {
      const next = engine.current;
      if ((next.status.year ?? 0) < (here.status.year ?? 0)) {
        walk.breaches.push(`the year runs backwards from ${here.status.year} to ${next.status.year} after "${text}"`);
      }
      if (next.world.course !== here.world.course && next.lines[0]?.record !== 'counterfactual') {
        walk.breaches.push(`the course turns to "${next.world.course}" after "${text}" without a counterfactual label`);
      }
      const last = engine.decisions.at(-1);
      const taken = last && last.turn === turn ? last : undefined;
      if (taken && !walk.options.has(`${taken.decision}.${taken.option}`)) walk.options.set(`${taken.decision}.${taken.option}`, taken);
      const met = meets(taken?.decision);
      const { onward: beyond, state: to } = visit();
      state.ways.push({ beat: next, decision: taken ?? null, to });
      const shown = words(next);
      onward.always = new Set([...onward.always].filter((index) => met.has(index) || beyond.always.has(index)));
      onward.paths += beyond.paths;
      onward.minWords = Math.min(onward.minWords, shown + beyond.minWords);
      onward.maxWords = Math.max(onward.maxWords, shown + beyond.maxWords);
    };
    // Each way on starts from here: the engine returns here before every choice but the first, and is left
    // where the last way took it, for the state before this one returns to itself anyway.
    let left = false;
    const take = (index: number, fortune: Fortune) => {
      if (left) engine.rewindTo(turn);
      left = true;
      engine.setFortune(fortune);
      engine.choose(index);
    };
    for (const choice of here.choices) {
      const [first, ...others] = FORTUNES;
      take(choice.index, first ?? 2);
      // Chance only matters where this choice leads the story to draw it; elsewhere one fortune stands for all.
      const drew = here.world.luck === 0 && engine.current.world.luck !== 0;
      follow(choice.text);
      if (!drew) continue;
      for (const fortune of others) {
        take(choice.index, fortune);
        follow(choice.text);
      }
    }
    const found = { onward, state };
    memo.set(key, found);
    return found;
  };

  const opening = words(engine.current);
  const whole = visit(walk.start).onward;
  walk.paths = whole.paths;
  walk.minWords = opening + whole.minWords;
  walk.maxWords = opening + whole.maxWords;
  walk.unmet = requirements.filter((_, index) => !whole.always.has(index)).map((ids) => ids.join('|'));
  return walk;
}
