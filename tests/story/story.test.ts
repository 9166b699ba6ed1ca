import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import story from '../../story/main.ink';
import { catalogue } from '../../src/narrative/catalogue';
import { WORLD_METERS } from '../../src/narrative/world';
import { walkStory } from './walk';

/** The decision ids of contract.md §2, in story order. */
const CONTRACT_DECISIONS = [
  'ban', 'gensec', 'georgia', 'testament', 'funeral', 'one-country', 'opposition',
  'nep', 'collectivisation', 'ryutin', 'famine', 'victors', 'terror',
];

/** The decisions the story holds so far; each story issue adds its own. */
const PLAYABLE_DECISIONS = ['ban'];

/** Argument ids as shared/design/arguments.md lists them (`- **id** — …`). */
function catalogueIds(): string[] {
  const text = readFileSync(new URL('../../../shared/design/arguments.md', import.meta.url), 'utf8');
  return [...text.matchAll(/^- \*\*([a-z0-9-]+)\*\* —/gm)].map((match) => match[1] ?? '');
}

const walk = walkStory(story);
const allBeats = walk.paths.flatMap((path) => path.beats);
const allDecisions = walk.paths.flatMap((path) => path.decisions);

describe('the story', () => {
  it('is walked completely', () => {
    console.info(`story walk: ${walk.paths.length} paths, ${walk.states} states, endings: ${[...new Set(walk.paths.map((p) => p.ending))].join(', ')}`);
    expect(walk.paths.length).toBeGreaterThan(0);
  });

  it('reaches a tagged ending on every path', () => {
    const untagged = walk.paths.filter((path) => !path.ending);
    expect(untagged.map((path) => path.decisions.map((d) => `${d.decision}.${d.option}`).join(' → '))).toEqual([]);
  });

  it('raises no tag or runtime problem anywhere', () => {
    const problems = new Set(allBeats.flatMap((beat) => beat.problems));
    expect([...problems]).toEqual([]);
  });

  it('opens with a chapter, a year and a record', () => {
    const first = walk.paths[0]?.beats[0];
    expect(first?.status.chapter).toBeTruthy();
    expect(first?.status.year).toBe(1921);
  });

  it('never runs its years backwards along a path', () => {
    for (const path of walk.paths) {
      const years = path.beats.map((beat) => beat.status.year ?? 0);
      expect(years).toEqual([...years].sort((a, b) => a - b));
    }
  });

  it('uses only the contract’s decision ids, each with at least two options taken on some path', () => {
    const options = new Map<string, Set<string>>();
    for (const taken of allDecisions) options.set(taken.decision, (options.get(taken.decision) ?? new Set()).add(taken.option));
    for (const decision of options.keys()) expect(CONTRACT_DECISIONS).toContain(decision);
    for (const decision of PLAYABLE_DECISIONS) expect(options.get(decision)?.size ?? 0).toBeGreaterThanOrEqual(2);
  });

  it('marks at least one option of each decision as what really happened', () => {
    for (const decision of PLAYABLE_DECISIONS) {
      expect(allDecisions.some((taken) => taken.decision === decision && taken.actual)).toBe(true);
    }
  });

  it('cites only argument ids from the catalogue, at least one on every decision', () => {
    const known = new Set(catalogueIds());
    expect(known.size).toBeGreaterThan(20);
    for (const taken of allDecisions) {
      expect(taken.args.length, `${taken.decision}.${taken.option}`).toBeGreaterThan(0);
      for (const id of taken.args) expect(known, `${taken.decision}.${taken.option} cites ${id}`).toContain(id);
    }
  });

  it('has data for every decision and option it offers, and every argument of arguments.md', () => {
    expect([...catalogue.arguments.keys()].sort()).toEqual(catalogueIds().sort());
    expect([...catalogue.decisions.keys()].sort()).toEqual([...CONTRACT_DECISIONS].sort());
    for (const taken of allDecisions) {
      expect(catalogue.decisions.get(taken.decision)?.options, `${taken.decision}.${taken.option}`).toHaveProperty(taken.option);
    }
  });

  it('declares every world meter the engine reads', () => {
    const first = walk.paths[0]?.beats[0];
    for (const meter of WORLD_METERS) expect(typeof first?.world[meter], meter).toBe('number');
  });

  it('keeps every meter within 0..100 on every path', () => {
    for (const beat of allBeats) {
      for (const meter of WORLD_METERS) {
        const value = beat.world[meter];
        expect(value, meter).toBeGreaterThanOrEqual(0);
        expect(value, meter).toBeLessThanOrEqual(100);
      }
    }
  });

  it('quotes the essay only with phrases that really are in it', () => {
    const essay = readFileSync(new URL('../../../shared/essay/000_7ce976353106a5c9.txt', import.meta.url), 'utf8').replace(/[“”]/g, '"').replace(/[‘’]/g, "'");
    for (const argument of catalogue.arguments.values()) {
      if (!argument.essayPhrase) continue;
      const phrase = argument.essayPhrase.replace(/[“”]/g, '"').replace(/[‘’]/g, "'");
      expect(phrase.split(/\s+/).length, argument.id).toBeLessThanOrEqual(12);
      expect(essay, argument.id).toContain(phrase);
    }
  });
});
