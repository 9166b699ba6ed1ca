// The page works out each open choice's next beat while the player reads (StoryEngine.prepareNext):
// over the real story, a playthrough that prepares every choice must read exactly like one that prepares
// none, down to the fingerprint, the decisions and a return to an earlier one.
import { describe, expect, it } from 'vitest';
import story from '../../story/main.ink';
import { StoryEngine, type Fortune, type Route } from '../../src/narrative/engine';

/** Which choice a path takes at each turn: the first, the last, or each in turn. */
const PICKS = {
  first: () => 0,
  last: (count: number) => count - 1,
  rotating: (count: number, turn: number) => turn % count,
} satisfies Record<string, (count: number, turn: number) => number>;

function playAlongside(route: Route, fortune: Fortune, pick: (count: number, turn: number) => number): string[] {
  const ahead = new StoryEngine(story, fortune, { route });
  const plain = new StoryEngine(story, fortune, { route });
  const differences: string[] = [];
  for (let turn = 0; !plain.ended && turn < 200; turn += 1) {
    while (ahead.prepareNext());
    const choice = plain.current.choices[pick(plain.current.choices.length, turn)];
    if (!choice) break;
    const taken = ahead.choose(choice.index);
    if (JSON.stringify(taken) !== JSON.stringify(plain.choose(choice.index))) differences.push(`turn ${turn}: beat`);
    if (ahead.fingerprint() !== plain.fingerprint()) differences.push(`turn ${turn}: fingerprint`);
  }
  if (!plain.ended || !ahead.ended) differences.push('did not reach an ending');
  if (JSON.stringify(ahead.decisions) !== JSON.stringify(plain.decisions)) differences.push('decisions');
  const back = Math.floor(plain.transcript.length / 2);
  if (JSON.stringify(ahead.rewindTo(back)) !== JSON.stringify(plain.rewindTo(back))) differences.push('rewind');
  return differences;
}

/** Paths enough to meet every kind of beat, ending and fortune, in a few seconds. */
const PATHS: [Route, Fortune, keyof typeof PICKS][] = [
  ['full', 1, 'first'],
  ['full', 3, 'last'],
  ['full', 2, 'rotating'],
  ['lesson', 1, 'rotating'],
];

describe('choices prepared while the player reads', () => {
  it.each(PATHS)('change nothing on the %s route, fortune %i, taking the %s choice', (route, fortune, pick) => {
    expect(playAlongside(route, fortune, PICKS[pick])).toEqual([]);
  });
});
