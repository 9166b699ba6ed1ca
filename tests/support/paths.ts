import story from '../../story/main.ink';
import { StoryEngine, type Fortune } from '../../src/narrative/engine';

/** Options that lead to each ending (story/data/endings.json says how); unnamed decisions follow history. */
export const ENDING_PICKS: Record<string, Record<string, string>> = {
  'history-survivor': {},
  'history-victim': { opposition: 'join', recant: 'recant' },
  oppositionist: { opposition: 'join', recant: 'hold-out' },
  'collective-nep': { testament: 'read-out' },
  'bukharin-nep': { nep: 'right-majority' },
  'kirov-thaw': { victors: 'kirov' },
};

/** Plays the real story to an ending: at each decision the option `pick` names, else the actual one; flavour choices first. */
export function play(pick: Record<string, string> = {}, fortune: Fortune = 3): StoryEngine {
  const engine = new StoryEngine(story, fortune);
  while (!engine.ended) {
    const choices = engine.current.choices;
    const decision = choices.find((c) => c.decision && pick[c.decision] === c.option) ?? choices.find((c) => c.decision && c.actual);
    engine.choose((decision ?? choices[0]!).index);
  }
  return engine;
}
