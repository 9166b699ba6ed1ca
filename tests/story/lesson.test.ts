// The lesson route (issue #10): the same ink story as the full game, through its key decisions only.
// Walked state by state under every fortune, like the full game (full.test.ts), in its own file so that
// the two walks can run side by side; each test makes one assertion on the offenders it found.
import { beforeAll, describe, expect, it } from 'vitest';
import story from '../../story/main.ink';
import { StoryEngine } from '../../src/narrative/engine';
import { decodeRunCode, encodeRunCode, recordOf, replay } from '../../src/narrative/record';
import { parseSave, toSave } from '../../src/narrative/save';
import {
  ENDINGS, LESSON_REQUIREMENTS, badArguments, catalogueIds, courses, problems, summary, unknownOptions, untitledChapters,
  wordsOutside, worldOffenders,
} from './contract';
import { walkStory, type Walk } from './walk';

let walk: Walk;

beforeAll(() => {
  walk = walkStory(story, { route: 'lesson', requirements: LESSON_REQUIREMENTS });
  console.info(summary(walk));
}, 900_000);

describe('the lesson route', () => {
  it('is explored completely, under every fortune, on the lesson route', () => {
    expect([walk.route, walk.paths > 0n, walk.beats.length === walk.states]).toEqual(['lesson', true, true]);
  });

  it('meets the ban, the Testament, the NEP, collectivisation or the famine, and the Terror on every path', () => {
    expect(walk.unmet).toEqual([]);
  });

  it('fits a lesson: every complete path shows 1,200–2,200 words', () => {
    expect(wordsOutside(walk)).toEqual([]);
  });

  it('breaks no rule along any path: tagged endings, years forward, counterfactual courses labelled', () => {
    expect(walk.breaches).toEqual([]);
  });

  it('raises no tag or runtime problem anywhere', () => {
    expect(problems(walk)).toEqual([]);
  });

  it('opens in 1921 at the Tenth Congress, on the record, with the vote on the ban as its first choice', () => {
    const first = walk.beats[0];
    expect([first?.status.chapter, first?.status.year, first?.status.record, ...new Set(first?.choices.map((c) => c.decision))]).toEqual([
      'tenth-congress', 1921, 'history', 'ban',
    ]);
  });

  it('keeps at least one counterfactual course open, and ends every course with an ending of the outline', () => {
    const counterfactual = courses(walk).filter((course) => course !== 'history');
    const foreign = [...walk.endings.keys()].filter((ending) => !ENDINGS.includes(ending));
    expect({ someCounterfactual: counterfactual.length > 0, foreign }).toEqual({ someCounterfactual: true, foreign: [] });
  });

  it('reaches the historical endings and those of the courses it opens', () => {
    expect([...walk.endings.keys()].sort()).toEqual(['bukharin-nep', 'collective-nep', 'history-survivor', 'history-victim']);
  });

  it('takes only options the data knows, each citing arguments from the catalogue', () => {
    expect([...unknownOptions(walk), ...badArguments(walk, new Set(catalogueIds()))]).toEqual([]);
  });

  it('keeps every meter within 0..100 and every Politburo standing among the known ones', () => {
    expect(worldOffenders(walk)).toEqual([]);
  });

  it('gives every chapter, bridges included, a title for its heading', () => {
    expect(untitledChapters(walk)).toEqual([]);
  });
});

describe('a lesson-route playthrough', () => {
  /** Plays the lesson route to its end, taking the last choice each time (the path through the collective course). */
  function played(): StoryEngine {
    const engine = new StoryEngine(story, 1, { route: 'lesson' });
    while (!engine.ended) engine.choose(engine.current.choices.at(-1)!.index);
    return engine;
  }

  it('keeps its route across save and restore, to the same ending', () => {
    const engine = played();
    const parsed = parseSave(JSON.stringify(toSave(story.id, recordOf(engine), 1, 'tab')));
    if (!parsed.ok) throw new Error(parsed.message);
    const restored = replay(story, parsed.save.record);
    expect([restored.missing, restored.engine.route, restored.engine.current.status.ending, restored.engine.fingerprint()]).toEqual([
      [], 'lesson', engine.current.status.ending, engine.fingerprint(),
    ]);
  });

  it('keeps its route in its run code', () => {
    const engine = played();
    const decoded = decodeRunCode(encodeRunCode(recordOf(engine)));
    if (!decoded.ok) throw new Error(decoded.message);
    const viewed = replay(story, decoded.record);
    expect([viewed.engine.route, viewed.engine.steps, viewed.engine.current.status.ending]).toEqual([
      'lesson', engine.steps, engine.current.status.ending,
    ]);
  });
});
