import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import story from '../../story/main.ink';
import { catalogue } from '../../src/narrative/catalogue';
import { POLITBURO, STANDINGS, WORLD_METERS } from '../../src/narrative/world';
import { walkStory } from './walk';

/** The decision ids of contract.md §2. */
const CONTRACT_DECISIONS = [
  'ban', 'gensec', 'georgia', 'testament', 'funeral', 'one-country', 'opposition',
  'nep', 'collectivisation', 'ryutin', 'famine', 'victors', 'terror',
];

/** Decisions the story adds to the contract's. */
const EXTRA_DECISIONS = ['recant'];

/** The endings the story must offer (story/OUTLINE.md). */
const ENDINGS = ['history-survivor', 'history-victim', 'oppositionist', 'collective-nep', 'bukharin-nep', 'kirov-thaw'];

/** A lesson's worth of reading: every complete path (issue 4). */
const PATH_WORDS = { min: 3000, max: 6500 };

const design = (path: string) => readFileSync(new URL(`../../../shared/${path}`, import.meta.url), 'utf8');

/** Argument ids as shared/design/arguments.md lists them (`- **id** — …`). */
function catalogueIds(): string[] {
  return [...design('design/arguments.md').matchAll(/^- \*\*([a-z0-9-]+)\*\* —/gm)].map((match) => match[1] ?? '');
}

const walk = walkStory(story);
const taken = [...walk.options.values()];

describe('the story', () => {
  it('is explored completely, under every fortune', () => {
    console.info(
      `story walk: ${walk.states} distinct states, ${walk.paths} complete paths, ${walk.endings.size} endings ` +
        `(${[...walk.endings.keys()].join(', ')}), ${walk.minWords}–${walk.maxWords} words a path`,
    );
    expect(walk.paths).toBeGreaterThan(0n);
  });

  it('breaks no rule along any path: tagged endings, years forward, counterfactual courses labelled', () => {
    expect(walk.breaches).toEqual([]);
  });

  it('raises no tag or runtime problem anywhere', () => {
    expect([...new Set(walk.beats.flatMap((beat) => beat.problems))]).toEqual([]);
  });

  it('opens in 1921 with a chapter and a record', () => {
    const first = walk.beats[0];
    expect(first?.status.chapter).toBeTruthy();
    expect(first?.status.year).toBe(1921);
  });

  it('offers every ending of the outline, and only those', () => {
    expect([...walk.endings.keys()].sort()).toEqual([...ENDINGS].sort());
  });

  it('describes every ending in its data and in the README’s table', () => {
    expect([...catalogue.endings.keys()].sort()).toEqual([...ENDINGS].sort());
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    for (const ending of ENDINGS) expect(readme, ending).toMatch(new RegExp(`^\\| \`${ending}\` \\|`, 'm'));
  });

  it('fits a lesson: every complete path shows 3,000–6,500 words', () => {
    expect(walk.minWords).toBeGreaterThanOrEqual(PATH_WORDS.min);
    expect(walk.maxWords).toBeLessThanOrEqual(PATH_WORDS.max);
  });

  it('meets every decision of the contract, each with at least two options taken on some path', () => {
    for (const decision of [...CONTRACT_DECISIONS, ...EXTRA_DECISIONS]) {
      const options = taken.filter((t) => t.decision === decision).map((t) => t.option);
      expect(options.length, decision).toBeGreaterThanOrEqual(2);
    }
    for (const t of taken) expect([...CONTRACT_DECISIONS, ...EXTRA_DECISIONS]).toContain(t.decision);
  });

  it('marks what really happened at every decision', () => {
    for (const decision of [...CONTRACT_DECISIONS, ...EXTRA_DECISIONS]) {
      expect(taken.some((t) => t.decision === decision && t.actual), decision).toBe(true);
    }
  });

  it('cites only argument ids from the catalogue, at least one on every decision', () => {
    const known = new Set(catalogueIds());
    expect(known.size).toBeGreaterThan(20);
    for (const t of taken) {
      expect(t.args.length, `${t.decision}.${t.option}`).toBeGreaterThan(0);
      for (const id of t.args) expect(known, `${t.decision}.${t.option} cites ${id}`).toContain(id);
    }
  });

  it('has data for every decision and option, and every option in the data is playable', () => {
    expect([...catalogue.arguments.keys()].sort()).toEqual(catalogueIds().sort());
    expect([...catalogue.decisions.keys()].sort()).toEqual([...CONTRACT_DECISIONS, ...EXTRA_DECISIONS].sort());
    const played = new Set(walk.options.keys());
    for (const decision of catalogue.decisions.values()) {
      for (const option of Object.keys(decision.options)) expect(played, `${decision.id}.${option}`).toContain(`${decision.id}.${option}`);
    }
    for (const key of played) {
      const [decision = '', option = ''] = key.split('.');
      expect(catalogue.decisions.get(decision)?.options, key).toHaveProperty(option);
    }
  });

  it('keeps every meter within 0..100 and every Politburo standing among the known ones', () => {
    for (const beat of walk.beats) {
      for (const meter of WORLD_METERS) {
        expect(typeof beat.world[meter], meter).toBe('number');
        expect(beat.world[meter], meter).toBeGreaterThanOrEqual(0);
        expect(beat.world[meter], meter).toBeLessThanOrEqual(100);
      }
      for (const member of POLITBURO) expect(STANDINGS, member).toContain(beat.world[`pb_${member}`]);
    }
  });

  it('gives every chapter a title for its heading', () => {
    const titles: Record<string, string> = JSON.parse(readFileSync(new URL('../../story/data/chapters.json', import.meta.url), 'utf8'));
    const chapters = new Set(walk.beats.map((beat) => beat.status.chapter).filter((id): id is string => Boolean(id)));
    for (const chapter of chapters) expect(titles, chapter).toHaveProperty(chapter);
  });

  it('has counterfactual passages, labelled as such', () => {
    expect(walk.beats.some((beat) => beat.lines.some((line) => line.record === 'counterfactual'))).toBe(true);
  });

  it('quotes the essay only with phrases that really are in it', () => {
    const essay = design('essay/000_7ce976353106a5c9.txt').replace(/[“”]/g, '"').replace(/[‘’]/g, "'");
    for (const argument of catalogue.arguments.values()) {
      if (!argument.essayPhrase) continue;
      const phrase = argument.essayPhrase.replace(/[“”]/g, '"').replace(/[‘’]/g, "'");
      expect(phrase.split(/\s+/).length, argument.id).toBeLessThanOrEqual(12);
      expect(essay, argument.id).toContain(phrase);
    }
  });

  it('sets the essay’s slips as tasks with quotations that really are in it', () => {
    const essay = design('essay/000_7ce976353106a5c9.txt');
    expect(catalogue.essayErrors.length).toBeGreaterThan(15);
    for (const error of catalogue.essayErrors) expect(essay, error.id).toContain(error.quote);
  });

  it('reads every decision for the essay’s question, naming only real options and arguments', () => {
    const known = new Set(catalogueIds());
    expect([...catalogue.readings.keys()].sort()).toEqual([...catalogue.decisions.keys()].sort());
    for (const [id, reading] of catalogue.readings) {
      if (reading.lenin) expect(catalogue.decisions.get(id)?.options, id).toHaveProperty(reading.lenin);
      for (const arg of reading.args) expect(known, `${id} cites ${arg}`).toContain(arg);
    }
  });
});
