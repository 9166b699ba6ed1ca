// The page works out each open choice's next beat while the player reads, a slice of ink at a time
// (StoryEngine.prepareNext): over the real story, a playthrough prepared ahead must read exactly like
// one prepared nowhere, down to the fingerprint, the decisions and a return to an earlier one, also
// when the player takes a choice before its preparation is done.
import { afterEach, describe, expect, it, vi } from 'vitest';
import story from '../../story/main.ink';
import { StoryEngine, type Fortune, type Route } from '../../src/narrative/engine';

/** Which choice a path takes at each turn: the first, the last, or each in turn. */
const PICKS = {
  first: () => 0,
  last: (count: number) => count - 1,
  rotating: (count: number, turn: number) => turn % count,
} satisfies Record<string, (count: number, turn: number) => number>;

/** How far ahead the player's click finds the work: all prepared, or only so many slices of it. */
type Ahead = 'all' | number;

function playAlongside(route: Route, fortune: Fortune, pick: (count: number, turn: number) => number, ahead: Ahead): string[] {
  const early = new StoryEngine(story, fortune, { route });
  const plain = new StoryEngine(story, fortune, { route });
  const differences: string[] = [];
  for (let turn = 0; !plain.ended && turn < 200; turn += 1) {
    if (ahead === 'all') while (early.prepareNext(1));
    else for (let slice = 0; slice < ahead && early.prepareNext(1); slice += 1);
    const choice = plain.current.choices[pick(plain.current.choices.length, turn)];
    if (!choice) break;
    const taken = early.choose(choice.index);
    if (JSON.stringify(taken) !== JSON.stringify(plain.choose(choice.index))) differences.push(`turn ${turn}: beat`);
    if (early.fingerprint() !== plain.fingerprint()) differences.push(`turn ${turn}: fingerprint`);
  }
  if (!plain.ended || !early.ended) differences.push('did not reach an ending');
  if (JSON.stringify(early.decisions) !== JSON.stringify(plain.decisions)) differences.push('decisions');
  const back = Math.floor(plain.transcript.length / 2);
  if (JSON.stringify(early.rewindTo(back)) !== JSON.stringify(plain.rewindTo(back))) differences.push('rewind');
  return differences;
}

/** Paths enough to meet every kind of beat, ending and fortune, in a few seconds. */
const PATHS: [Route, Fortune, keyof typeof PICKS, Ahead][] = [
  ['full', 1, 'first', 'all'],
  ['full', 3, 'last', 'all'],
  ['full', 2, 'rotating', 3],
  ['lesson', 1, 'rotating', 1],
];

/** ink times its slices with Date: a clock that ticks a millisecond at each reading pauses it every step or two. */
function tickingClock(): void {
  let clock = 0;
  vi.stubGlobal('Date', class extends Date {
    override getTime(): number {
      return (clock += 1);
    }
  });
}

describe('choices prepared while the player reads', () => {
  afterEach(() => vi.unstubAllGlobals());

  it.each(PATHS)('change nothing on the %s route, fortune %i, taking the %s choice, prepared: %s', (route, fortune, pick, ahead) => {
    tickingClock();
    expect(playAlongside(route, fortune, PICKS[pick], ahead)).toEqual([]);
  });

  it('works in slices, many to a beat, and leaves the story where it was', () => {
    tickingClock();
    const engine = new StoryEngine(story, 2);
    const before = engine.fingerprint();
    let calls = 1;
    while (engine.prepareNext(1)) calls += 1;
    expect([calls > 2 * engine.current.choices.length, engine.fingerprint()]).toEqual([true, before]);
  });
});
