import { describe, expect, it } from 'vitest';
import { CatalogueError, readArguments, readDecisions, readEssayErrors, readGlossary } from '../../src/narrative/catalogue';

describe('the story data readers', () => {
  it('name the file, the entry and the field of a bad value', () => {
    expect(() => readArguments({ testament: { title: 7 } })).toThrow(/arguments\.json "testament"\.title must be a non-empty string/);
    expect(() => readDecisions({ ban: { title: 'The ban', years: '1921', question: 'Q?', history: { date: '', summary: 'S' }, options: {} } })).toThrow(
      /decisions\/ban\.json history\.date must be a non-empty string/,
    );
    expect(() => readGlossary([{ term: 'NEP', definition: 'x' }, { term: '' }])).toThrow(/glossary\.json\[1\]\.term/);
    expect(() => readEssayErrors([{ id: 'E01', quote: 'q', task: 't', answer: 'a', status: 'wrong' }])).toThrow(/essay-errors\.json\[0\]\.status must be one of/);
  });

  it('refuse a file of the wrong shape as a CatalogueError', () => {
    expect(() => readGlossary({})).toThrow(CatalogueError);
    expect(() => readArguments([])).toThrow(/arguments\.json must be an object/);
  });
});
