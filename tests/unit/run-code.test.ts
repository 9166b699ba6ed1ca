import { describe, expect, it } from 'vitest';
import tiny from '../fixtures/tiny.ink';
import { StoryEngine } from '../../src/narrative/engine';
import { decodeRun, encodeRun } from '../../src/narrative/run-code';

function playAll(choiceAt: number[], fortune: 1 | 2 | 3 = 2): StoryEngine {
  const engine = new StoryEngine(tiny, fortune);
  for (const at of choiceAt) engine.choose(engine.current.choices[at]!.index);
  return engine;
}

describe('run codes', () => {
  it('are short, URL-safe and versioned', () => {
    const code = encodeRun(playAll([0, 1, 0]));
    expect(code).toMatch(/^LH1-[0-9A-F]{4}-[0-9A-Z]+-[0-9A-Z]{2}$/);
    expect(encodeURIComponent(code)).toBe(code);
  });

  it('read back to the same decisions', () => {
    for (const path of [[], [0], [1, 1], [0, 0, 1], [1, 1, 0]]) {
      const engine = playAll(path);
      const decoded = decodeRun(tiny, encodeRun(engine));
      if (!decoded.ok) throw new Error(decoded.message);
      expect(decoded.engine.decisions).toEqual(engine.decisions);
      expect(decoded.engine.steps).toEqual(engine.steps);
    }
  });

  it('carry the playthrough’s fortune', () => {
    for (const fortune of [1, 2, 3] as const) {
      const decoded = decodeRun(tiny, encodeRun(playAll([0, 1, 0], fortune)));
      expect(decoded.ok && decoded.engine.fortune).toBe(fortune);
    }
  });

  it('carry the route: the lesson route writes its fortune 3 higher, the full game’s codes are as before', () => {
    const full = encodeRun(playAll([0, 1, 0], 2));
    expect(full.split('-')[2]?.charAt(0)).toBe('2');
    const decodedFull = decodeRun(tiny, full);
    expect(decodedFull.ok && decodedFull.engine.route).toBe('full');
    for (const fortune of [1, 2, 3] as const) {
      const lesson = new StoryEngine(tiny, fortune, { route: 'lesson' });
      lesson.choose(lesson.current.choices[1]!.index);
      lesson.choose(lesson.current.choices[0]!.index);
      const code = encodeRun(lesson);
      expect(code.split('-')[2]?.charAt(0)).toBe(String(fortune + 3));
      const decoded = decodeRun(tiny, code);
      if (!decoded.ok) throw new Error(decoded.message);
      expect(decoded.engine.route).toBe('lesson');
      expect(decoded.engine.fortune).toBe(fortune);
      expect(decoded.engine.steps).toEqual(lesson.steps);
    }
  });

  it('forgive case and stray spaces', () => {
    const code = encodeRun(playAll([1, 0]));
    expect(decodeRun(tiny, `  ${code.toLowerCase()} `).ok).toBe(true);
  });

  it('catch a mistyped character', () => {
    const code = encodeRun(playAll([1, 0, 1]));
    const parts = code.split('-');
    const wrong = [parts[0], parts[1], parts[2]!.replace(/.$/, (d) => (d === '0' ? '1' : '0')), parts[3]].join('-');
    const decoded = decodeRun(tiny, wrong);
    expect(decoded.ok).toBe(false);
    expect(!decoded.ok && decoded.message).toMatch(/typing mistake/);
  });

  it('recognise a code from another story version or another game', () => {
    const foreign = decodeRun({ ...tiny, id: 'ffff0000aaaa' }, encodeRun(playAll([0])));
    expect(!foreign.ok && foreign.message).toMatch(/another version/);
    const junk = decodeRun(tiny, 'hello world');
    expect(!junk.ok && junk.message).toMatch(/not a Lenin’s Heirs run code/);
  });
});
