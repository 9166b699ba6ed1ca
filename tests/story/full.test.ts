// The full game, walked state by state under every fortune. The walk runs once, in beforeAll, and the
// stage's pictures of every path are then read off its graph (stage-walk.ts, checked in politburo.ts);
// each test checks one property over the whole walk with a single assertion on the offenders it found.
// The lesson route is walked in lesson.test.ts, so the two walks can run side by side.
import { beforeAll, describe, expect, it } from 'vitest';
import story from '../../story/main.ink';
import { catalogue } from '../../src/narrative/catalogue';
import { courseAt } from '../../src/scenes/meters';
import {
  DECISIONS, ENDINGS, badArguments, catalogueIds, courses, problems, summary, unknownOptions, untitledChapters,
  wordsOutside, worldOffenders,
} from './contract';
import { describeStagePictures } from './politburo';
import { stagePictures, type Seen } from './stage-walk';
import { walkStory, type Walk } from './walk';

let walk: Walk;
let pictures: Seen[];

// The walk explores every state of the full game: a long while on a busy two-core machine, not a time limit.
beforeAll(() => {
  walk = walkStory(story, { route: 'full' });
  console.info(summary(walk));
  pictures = stagePictures(walk);
  const historical = pictures.filter(({ beat }) => courseAt(beat) === 'history').length;
  console.info(`stage walk: ${pictures.length} pictures, ${historical} on the historical course, ${pictures.filter((s) => s.decision).length} at decisions`);
}, 900_000);

describe('the full game', () => {
  it('is explored completely, under every fortune, on the full route', () => {
    expect([walk.route, walk.paths > 0n, walk.beats.length === walk.states]).toEqual(['full', true, true]);
  });

  it('breaks no rule along any path: tagged endings, years forward, counterfactual courses labelled', () => {
    expect(walk.breaches).toEqual([]);
  });

  it('raises no tag or runtime problem anywhere', () => {
    expect(problems(walk)).toEqual([]);
  });

  it('opens in 1921 at the Tenth Congress, on the record', () => {
    const first = walk.beats[0];
    expect([first?.status.chapter, first?.status.year, first?.status.record, first?.lines[0]?.record]).toEqual([
      'tenth-congress', 1921, 'history', 'history',
    ]);
  });

  it('offers every ending of the outline, and only those', () => {
    expect([...walk.endings.keys()].sort()).toEqual([...ENDINGS].sort());
  });

  it('fits its length: every complete path shows 3,000–6,500 words', () => {
    expect(wordsOutside(walk)).toEqual([]);
  });

  it('never enters the lesson route’s bridges', () => {
    expect(walk.beats.map((beat) => beat.status.chapter).filter((chapter) => chapter?.startsWith('lesson-'))).toEqual([]);
  });

  it('meets every decision of the contract, each with at least two options taken on some path', () => {
    const taken = [...walk.options.values()];
    const short = DECISIONS.filter((decision) => taken.filter((t) => t.decision === decision).length < 2);
    const foreign = taken.filter((t) => !DECISIONS.includes(t.decision)).map((t) => `${t.decision}.${t.option}`);
    expect([...short, ...foreign]).toEqual([]);
  });

  it('marks what really happened at every decision', () => {
    const taken = [...walk.options.values()];
    expect(DECISIONS.filter((decision) => !taken.some((t) => t.decision === decision && t.actual))).toEqual([]);
  });

  it('cites only argument ids from the catalogue, at least one on every decision', () => {
    const known = new Set(catalogueIds());
    expect([known.size > 20, ...badArguments(walk, known)]).toEqual([true]);
  });

  it('has data for every decision and option, and every option in the data is playable', () => {
    const played = new Set(walk.options.keys());
    const unplayed = [...catalogue.decisions.values()].flatMap((decision) =>
      Object.keys(decision.options).map((option) => `${decision.id}.${option}`).filter((key) => !played.has(key)),
    );
    expect({
      arguments: [...catalogue.arguments.keys()].sort(),
      decisions: [...catalogue.decisions.keys()].sort(),
      unplayed,
      unknown: unknownOptions(walk),
    }).toEqual({ arguments: catalogueIds().sort(), decisions: [...DECISIONS].sort(), unplayed: [], unknown: [] });
  });

  it('keeps every meter within 0..100 and every Politburo standing among the known ones', () => {
    expect(worldOffenders(walk)).toEqual([]);
  });

  it('gives every chapter a title for its heading', () => {
    expect(untitledChapters(walk)).toEqual([]);
  });

  it('has counterfactual passages, labelled as such, and reaches every course', () => {
    const labelled = walk.beats.some((beat) => beat.lines.some((line) => line.record === 'counterfactual'));
    expect([labelled, ...courses(walk)]).toEqual([true, 'bukharin', 'collective', 'history', 'kirov']);
  });
});

describeStagePictures(() => pictures);
