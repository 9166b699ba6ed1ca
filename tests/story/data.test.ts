// The story's data beside the essay and the README: no walk needed, so these run while the walks do.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../src/narrative/catalogue';
import { ENDINGS, catalogueIds, design } from './contract';

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

  it('quotes the essay only with phrases that really are in it, of twelve words at most', () => {
    const essay = normalise(design('essay/000_7ce976353106a5c9.txt'));
    const offenders = [...catalogue.arguments.values()].flatMap((argument) => {
      if (!argument.essayPhrase) return [];
      const phrase = normalise(argument.essayPhrase);
      return [
        ...(phrase.split(/\s+/).length > 12 ? [`${argument.id}: more than twelve words`] : []),
        ...(essay.includes(phrase) ? [] : [`${argument.id}: "${phrase}" is not in the essay`]),
      ];
    });
    expect(offenders).toEqual([]);
  });

  it('sets the essay’s slips as tasks with quotations that really are in it', () => {
    const essay = design('essay/000_7ce976353106a5c9.txt');
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
