// The story's data beside the essay and the README: no walk needed, so these run while the walks do.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../src/narrative/catalogue';
import { ENDINGS, catalogueIds, essayFile } from './contract';

const normalise = (text: string) => text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'");

describe('the story’s data', () => {
  it('describes every ending in its data and in the README’s table', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const missing = ENDINGS.filter((ending) => !new RegExp(`^\\| \`${ending}\` \\|`, 'm').test(readme));
    expect({ data: [...catalogue.endings.keys()].sort(), missingFromReadme: missing }).toEqual({
      data: [...ENDINGS].sort(),
      missingFromReadme: [],
    });
  });

  it('quotes the essay only with phrases of twelve words at most that really are on the lines each argument cites', () => {
    const lines = essayFile.split('\n');
    const offenders = [...catalogue.arguments.values()].flatMap((argument) => {
      const cited = argument.lines.map((n) => normalise(lines[n - 1] ?? ''));
      const blank = argument.lines.filter((n) => !lines[n - 1]?.trim()).map((n) => `${argument.id}: line ${n} is empty`);
      if (!argument.essayPhrase) return blank;
      const phrase = normalise(argument.essayPhrase);
      return [
        ...blank,
        ...(phrase.split(/\s+/).length > 12 ? [`${argument.id}: more than twelve words`] : []),
        ...(cited.join('\n').includes(phrase) ? [] : [`${argument.id}: "${phrase}" is not on its lines`]),
      ];
    });
    expect(offenders).toEqual([]);
  });

  it('keeps the essay whole: the full text, credited to its author under CC BY 4.0', () => {
    expect(essayFile.split('\n').length).toBeGreaterThanOrEqual(100);
    expect(essayFile).toMatch(/^To answer this question, one must crucially set out what Lenin/);
    expect(essayFile).toContain('“illegitimate offspring” of Leninism');
    const credit = readFileSync(new URL('../../story/essay/CREDIT.md', import.meta.url), 'utf8');
    const licence = readFileSync(new URL('../../LICENSE', import.meta.url), 'utf8');
    const missing = [
      ...['William Anderson', 'CC BY 4.0', 'https://creativecommons.org/licenses/by/4.0/', 'Did Stalin betray Lenin'].filter((needed) => !credit.includes(needed)),
      ...['MIT License', 'William Anderson', 'CC BY 4.0', 'story/essay/essay.txt'].filter((needed) => !licence.includes(needed)),
    ];
    expect(missing).toEqual([]);
  });

  it('sets the essay’s slips as tasks with quotations that really are in it', () => {
    const essay = essayFile;
    const misquoted = catalogue.essayErrors.filter((error) => !essay.includes(error.quote)).map((error) => error.id);
    expect([catalogue.essayErrors.length > 15, ...misquoted]).toEqual([true]);
  });

  it('reads every decision for the essay’s question, naming only real options and arguments', () => {
    const known = new Set(catalogueIds());
    const offenders = [...catalogue.readings].flatMap(([id, reading]) => [
      ...(reading.lenin && !Object.hasOwn(catalogue.decisions.get(id)?.options ?? {}, reading.lenin) ? [`${id}: no option ${reading.lenin}`] : []),
      ...reading.args.filter((arg) => !known.has(arg)).map((arg) => `${id} cites ${arg}`),
    ]);
    expect({ readings: [...catalogue.readings.keys()].sort(), offenders }).toEqual({
      readings: [...catalogue.decisions.keys()].sort(),
      offenders: [],
    });
  });
});
