import { readFileSync } from 'node:fs';
import type { Route } from '../../src/narrative/engine';
import { catalogue } from '../../src/narrative/catalogue';
import { POLITBURO, STANDINGS, WORLD_METERS } from '../../src/narrative/world';
import type { Walk } from './walk';

/** The decision ids of contract.md §2. */
export const CONTRACT_DECISIONS = [
  'ban', 'gensec', 'georgia', 'testament', 'funeral', 'one-country', 'opposition',
  'nep', 'collectivisation', 'ryutin', 'famine', 'victors', 'terror',
];

/** Decisions the story adds to the contract's. */
export const EXTRA_DECISIONS = ['recant'];

export const DECISIONS = [...CONTRACT_DECISIONS, ...EXTRA_DECISIONS];

/** The endings the story must offer (story/OUTLINE.md). */
export const ENDINGS = ['history-survivor', 'history-victim', 'oppositionist', 'collective-nep', 'bukharin-nep', 'kirov-thaw'];

/** Words shown on every complete path (contract.md §4: a lesson-route path / a full path). */
export const PATH_WORDS: Record<Route, { min: number; max: number }> = {
  full: { min: 3000, max: 6500 },
  lesson: { min: 1200, max: 2200 },
};

/** The decisions every lesson-route path must meet (issue #10): each entry is met by any of its ids. */
export const LESSON_REQUIREMENTS = [['ban'], ['testament'], ['nep'], ['collectivisation', 'famine'], ['terror']] as const;

/** The project's own copy of the essay (story/essay/), so a fresh clone needs nothing beside it. */
export const essayFile = readFileSync(new URL('../../story/essay/essay.txt', import.meta.url), 'utf8');

/** Argument ids as the project's catalogue (story/data/arguments.json) lists them. */
export function catalogueIds(): string[] {
  return [...catalogue.arguments.keys()];
}

/** One line on the walk, for the test log. */
export function summary(walk: Walk): string {
  return (
    `${walk.route} route: ${walk.states} distinct states, ${walk.paths} complete paths, ${walk.endings.size} endings ` +
    `(${[...walk.endings.keys()].join(', ')}), ${walk.minWords}–${walk.maxWords} words a path`
  );
}

/** Every tag or runtime problem the engine reported at any state, once each. */
export function problems(walk: Walk): string[] {
  return [...new Set(walk.beats.flatMap((beat) => beat.problems))];
}

/** The path word counts outside the route's range. */
export function wordsOutside(walk: Walk): string[] {
  const { min, max } = PATH_WORDS[walk.route];
  return [
    ...(walk.minWords < min ? [`the shortest path shows ${walk.minWords} words, fewer than ${min}`] : []),
    ...(walk.maxWords > max ? [`the longest path shows ${walk.maxWords} words, more than ${max}`] : []),
  ];
}

/** Meters that are not numbers within 0..100 and Politburo standings that are not known, at any state. */
export function worldOffenders(walk: Walk): string[] {
  const offenders = new Set<string>();
  for (const beat of walk.beats) {
    const where = `${beat.status.chapter ?? '?'} ${beat.status.year ?? '?'}`;
    for (const meter of WORLD_METERS) {
      const value = beat.world[meter];
      if (typeof value !== 'number' || value < 0 || value > 100) offenders.add(`${meter} = ${String(value)} at ${where}`);
    }
    for (const member of POLITBURO) {
      const value = beat.world[`pb_${member}`];
      if (!STANDINGS.includes(value as never)) offenders.add(`pb_${member} = ${String(value)} at ${where}`);
    }
  }
  return [...offenders];
}

/** Chapters met on the walk that story/data/chapters.json gives no title. */
export function untitledChapters(walk: Walk): string[] {
  const titles: Record<string, string> = JSON.parse(readFileSync(new URL('../../story/data/chapters.json', import.meta.url), 'utf8'));
  const chapters = new Set(walk.beats.map((beat) => beat.status.chapter).filter((id): id is string => Boolean(id)));
  return [...chapters].filter((chapter) => !Object.hasOwn(titles, chapter));
}

/** Decision options taken on the walk that cite no argument, or one not in the catalogue. */
export function badArguments(walk: Walk, known: ReadonlySet<string>): string[] {
  return [...walk.options.values()].flatMap((t) => [
    ...(t.args.length === 0 ? [`${t.decision}.${t.option} cites no argument`] : []),
    ...t.args.filter((id) => !known.has(id)).map((id) => `${t.decision}.${t.option} cites ${id}`),
  ]);
}

/** Decision options taken on the walk that are not decisions of the contract, or have no entry in the data. */
export function unknownOptions(walk: Walk): string[] {
  return [...walk.options.keys()].filter((key) => {
    const [decision = '', option = ''] = key.split('.');
    return !DECISIONS.includes(decision) || !Object.hasOwn(catalogue.decisions.get(decision)?.options ?? {}, option);
  });
}

/** The courses (`course`) the walk reached. */
export function courses(walk: Walk): string[] {
  return [...new Set(walk.beats.map((beat) => String(beat.world.course)))].sort();
}
