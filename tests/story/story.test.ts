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

/** The project's own copy of the essay (story/essay/), so a fresh clone needs nothing beside it. */
const essayFile = readFileSync(new URL('../../story/essay/essay.txt', import.meta.url), 'utf8');
const essayFileLines = essayFile.split('\n');
const straight = (text: string) => text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'");

/** Argument ids as the catalogue (story/data/arguments.json) lists them. */
function catalogueIds(): string[] {
  return [...catalogue.arguments.keys()];
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

  it('quotes the essay only with phrases that really are on the lines each argument cites', () => {
    for (const argument of catalogue.arguments.values()) {
      for (const n of argument.lines) expect(essayFileLines[n - 1]?.trim(), `${argument.id} cites line ${n}`).toBeTruthy();
      if (!argument.essayPhrase) continue;
      const phrase = straight(argument.essayPhrase);
      expect(phrase.split(/\s+/).length, argument.id).toBeLessThanOrEqual(12);
      const cited = argument.lines.map((n) => straight(essayFileLines[n - 1] ?? '')).join('\n');
      expect(cited, argument.id).toContain(phrase);
    }
  });

  it('keeps the essay whole: the full text, credited to its author under CC BY 4.0', () => {
    expect(essayFileLines.length).toBeGreaterThanOrEqual(100);
    expect(essayFile).toMatch(/^To answer this question, one must crucially set out what Lenin/);
    expect(essayFile).toContain('“illegitimate offspring” of Leninism');
    const credit = readFileSync(new URL('../../story/essay/CREDIT.md', import.meta.url), 'utf8');
    for (const needed of ['William Anderson', 'CC BY 4.0', 'https://creativecommons.org/licenses/by/4.0/', 'Did Stalin betray Lenin']) expect(credit).toContain(needed);
    const licence = readFileSync(new URL('../../LICENSE', import.meta.url), 'utf8');
    for (const needed of ['MIT License', 'William Anderson', 'CC BY 4.0', 'story/essay/essay.txt']) expect(licence).toContain(needed);
  });

  it('sets the essay’s slips as tasks with quotations that really are in it', () => {
    const essay = essayFile;
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
