import { describe, expect, it } from 'vitest';
import tiny from '../fixtures/tiny.ink';
import { StoryEngine } from '../../src/narrative/engine';
import { recordOf, replay } from '../../src/narrative/record';
import { parseSave, toSave } from '../../src/narrative/save';

function played(): StoryEngine {
  const engine = new StoryEngine(tiny, 3, { route: 'lesson' });
  engine.choose(engine.current.choices[1]!.index);
  engine.choose(engine.current.choices[1]!.index);
  engine.setReason(1, 'A party without debate goes blind.');
  return engine;
}

describe('save envelope', () => {
  it('round-trips a playthrough through JSON with its route, fortune, reasons and reflection', () => {
    const engine = played();
    const parsed = parseSave(JSON.stringify(toSave(tiny.id, recordOf(engine, 'To keep the party honest.'), 4, 'tab-a')));
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.save).toMatchObject({ revision: 4, writer: 'tab-a', storyId: tiny.id });
    expect(parsed.save.record).toMatchObject({ route: 'lesson', fortune: 3, reflection: 'To keep the party honest.' });
    const { engine: restored, missing } = replay(tiny, parsed.save.record);
    expect(missing).toEqual([]);
    expect(restored.current).toEqual(engine.current);
    expect(restored.decisions).toEqual(engine.decisions);
    expect(restored.route).toBe('lesson');
  });

  it.each([
    ['not JSON', '{"game": "lenins', /damaged/],
    ['another game', JSON.stringify({ game: 'tetris', format: 1 }), /does not belong/],
    ['a newer format', JSON.stringify({ game: 'lenins-heirs', format: 99 }), /newer version/],
    ['an unknown older format', JSON.stringify({ game: 'lenins-heirs', format: 0 }), /incomplete/],
    ['missing steps', JSON.stringify({ game: 'lenins-heirs', format: 1, storyId: 'x', fortune: 1, reasons: {} }), /incomplete/],
    ['a choice id that is not an id', JSON.stringify({ game: 'lenins-heirs', format: 2, storyId: 'x', record: { route: 'full', fortune: 1, choices: ['<img>'], reasons: {} } }), /incomplete/],
    ['reasons keyed by something else', JSON.stringify({ game: 'lenins-heirs', format: 2, storyId: 'x', record: { route: 'full', fortune: 1, choices: [], reasons: { __proto__: 'x', a: 'b' } } }), /incomplete/],
  ])('gives a clear message for %s', (_, raw, message) => {
    const parsed = parseSave(raw);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.message).toMatch(message);
  });

  it('reads a format-1 save (ink indices, decision keys and flavour texts) into stable ids', () => {
    const old = {
      game: 'lenins-heirs',
      format: 1,
      storyId: 'ee69aaf125c3',
      fortune: 2,
      savedAt: '2026-12-01T09:00:00.000Z',
      steps: [
        { index: 0, key: null, text: "Look for the Workers' Opposition delegates" },
        { index: 1, key: 'ban.time-limit', text: 'Vote for it, but argue openly…' },
      ],
      reasons: { 1: 'A ban should end when the crisis ends.' },
    };
    const parsed = parseSave(JSON.stringify(old));
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.save.format).toBe(2);
    expect(parsed.save.record).toEqual({
      route: 'full',
      fortune: 2,
      choices: ['kronstadt.workers-opposition', 'ban.time-limit'],
      ending: null,
      reasons: { 1: 'A ban should end when the crisis ends.' },
      reflection: '',
    });
  });

  it('carries a record over when a choice it holds no longer exists, and says which', () => {
    const record = recordOf(played());
    const { engine, missing } = replay(tiny, { ...record, choices: [...record.choices, 'gensec.abolish'] });
    expect(missing).toEqual(['gensec.abolish']);
    expect(engine.steps.map((step) => step.id)).toEqual(record.choices);
  });

  it('passes over a flavour choice that was cut when the next choice is on offer', () => {
    const record = recordOf(played());
    const { engine, missing } = replay(tiny, { ...record, choices: ['corridor.cut-scene', ...record.choices] });
    expect(missing).toEqual(['corridor.cut-scene']);
    expect(engine.steps.map((step) => step.id)).toEqual(record.choices);
  });
});
