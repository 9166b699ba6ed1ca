import { describe, expect, it } from 'vitest';
import tiny from '../fixtures/tiny.ink';
import { StoryEngine } from '../../src/narrative/engine';
import { parseSave, restore, toSave, type SaveEnvelope } from '../../src/narrative/save';

function played(): StoryEngine {
  const engine = new StoryEngine(tiny);
  engine.choose(engine.current.choices[1]!.index);
  engine.choose(engine.current.choices[1]!.index);
  engine.setReason(1, 'A party without debate goes blind.');
  return engine;
}

describe('save envelope', () => {
  it('round-trips a playthrough through JSON with its reasons', () => {
    const engine = played();
    const parsed = parseSave(JSON.stringify(toSave(engine)));
    if (!parsed.ok) throw new Error(parsed.message);
    const restored = restore(tiny, parsed.save);
    expect(restored.ok).toBe(true);
    expect(restored.engine.current).toEqual(engine.current);
    expect(restored.engine.decisions).toEqual(engine.decisions);
    expect(restored.ok && restored.notice).toBeNull();
  });

  it('keeps the route across save and restore, and reads a save from before routes as the full game', () => {
    const lesson = new StoryEngine(tiny, 3, { route: 'lesson' });
    lesson.choose(lesson.current.choices[1]!.index);
    const save = toSave(lesson);
    expect(save.route).toBe('lesson');
    const parsed = parseSave(JSON.stringify(save));
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.save.route).toBe('lesson');
    const restored = restore(tiny, parsed.save);
    expect(restored.ok).toBe(true);
    expect(restored.engine.route).toBe('lesson');
    expect(restored.engine.current).toEqual(lesson.current);
    expect(restored.engine.fingerprint()).toBe(lesson.fingerprint());

    const { route: _dropped, ...older } = toSave(played());
    const old = parseSave(JSON.stringify(older));
    if (!old.ok) throw new Error(old.message);
    expect(old.save.route).toBe('full');
    expect(restore(tiny, old.save).engine.route).toBe('full');
  });

  it.each([
    ['an unknown route', JSON.stringify({ ...toSave(played()), route: 'express' }), /incomplete/],
    ['not JSON', '{"game": "lenins', /damaged/],
    ['another game', JSON.stringify({ game: 'tetris', format: 1 }), /does not belong/],
    ['a newer format', JSON.stringify({ game: 'lenins-heirs', format: 99 }), /newer version/],
    ['an older format', JSON.stringify({ game: 'lenins-heirs', format: 0 }), /older version/],
    ['missing steps', JSON.stringify({ game: 'lenins-heirs', format: 1, storyId: 'x', fortune: 1, reasons: {} }), /incomplete/],
  ])('gives a clear message for %s', (_, raw, message) => {
    const parsed = parseSave(raw);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.message).toMatch(message);
  });

  it('carries a save from an earlier story version over by its decision ids', () => {
    const save: SaveEnvelope = { ...toSave(played()), storyId: 'older-story' };
    save.steps = save.steps.map((step) => ({ ...step, index: 99 }));
    const restored = restore(tiny, save);
    expect(restored.ok).toBe(true);
    expect(restored.ok && restored.notice).toMatch(/revised/);
    expect(restored.engine.decisions.map((d) => d.option)).toEqual(['against']);
  });

  it('keeps the choices it can when a later one no longer exists', () => {
    const save: SaveEnvelope = { ...toSave(played()), storyId: 'older-story' };
    save.steps = [...save.steps, { index: 0, key: 'gensec.abolish', text: 'Abolish the post' }];
    const restored = restore(tiny, save);
    expect(restored.ok).toBe(false);
    expect(!restored.ok && restored.message).toMatch(/first 2 choices were kept/);
    expect(restored.engine.steps).toHaveLength(2);
  });
});
