import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import story from '../../story/main.ink';
import registry from '../../story/data/choice-ids.json';
import { StoryEngine, type Fortune } from '../../src/narrative/engine';
import { checksum, decodeRunCode, encodeRunCode, recordOf, replay, type PlaythroughRecord } from '../../src/narrative/record';
import { parseSave, toSave } from '../../src/narrative/save';

const recordArbitrary: fc.Arbitrary<PlaythroughRecord> = fc.record({
  route: fc.constantFrom('full' as const, 'lesson' as const),
  fortune: fc.constantFrom<Fortune>(1, 2, 3),
  choices: fc.array(fc.constantFrom(...registry.ids), { maxLength: 40 }),
  ending: fc.option(fc.constantFrom(...registry.endings), { nil: null }),
  reasons: fc.constant({}),
  reflection: fc.constant(''),
});

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

describe('run codes, property by property', () => {
  it('read back every record they encode', () => {
    fc.assert(
      fc.property(recordArbitrary, (record) => {
        expect(decodeRunCode(encodeRunCode(record))).toEqual({ ok: true, record });
      }),
      { numRuns: 1000 },
    );
  });

  it('catch every single wrong character and every swap of neighbours', () => {
    fc.assert(
      fc.property(recordArbitrary, fc.nat(), fc.nat(), fc.boolean(), (record, at, by, swap) => {
        const code = encodeRunCode(record);
        const body = code.slice(4).replace('-', '');
        const position = at % body.length;
        let mutated: string;
        if (swap) {
          const next = (position + 1) % body.length;
          if (body[position] === body[next]) return;
          const chars = [...body];
          [chars[position], chars[next]] = [chars[next]!, chars[position]!];
          mutated = chars.join('');
        } else {
          const replacement = ALPHABET[(ALPHABET.indexOf(body[position]!) + 1 + (by % 35)) % 36]!;
          mutated = body.slice(0, position) + replacement + body.slice(position + 1);
        }
        const split = code.length - 4 - 4;
        const decoded = decodeRunCode(`LH2-${mutated.slice(0, split)}-${mutated.slice(split)}`);
        expect(decoded.ok).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('never throw, and only accept a record that re-encodes to the same code, whatever is pasted', () => {
    const pasted = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      recordArbitrary.chain((record) =>
        fc.tuple(fc.constant(encodeRunCode(record)), fc.nat(), fc.nat(), fc.string({ maxLength: 6 })).map(([code, at, length, insert]) => {
          const cut = at % code.length;
          return code.slice(0, cut) + insert + code.slice(cut + (length % 4));
        }),
      ),
      fc.stringMatching(/^LH2-[FL][1-3][0-9A-Z]{0,60}$/).map((body) => `${body}-${checksum(body)}`),
    );
    fc.assert(
      fc.property(pasted, (code) => {
        const decoded = decodeRunCode(code);
        if (decoded.ok) expect(decodeRunCode(encodeRunCode(decoded.record))).toEqual(decoded);
        else expect(decoded.message.length).toBeLessThan(200);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('saves, property by property', () => {
  it('never throw on any stored text, and read back whatever they wrote', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.json()), (raw) => {
        const parsed = parseSave(raw);
        if (!parsed.ok) expect(parsed.message).toMatch(/saved game/);
      }),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(recordArbitrary, fc.nat(1000), (record, revision) => {
        const parsed = parseSave(JSON.stringify(toSave('story', record, revision, 'tab')));
        expect(parsed.ok && parsed.save.record).toEqual(record);
      }),
      { numRuns: 1000 },
    );
  });
});

type Step = { kind: 'choose'; pick: number } | { kind: 'reload' } | { kind: 'rewind'; back: number } | { kind: 'run-link' } | { kind: 'reason'; text: string };

const stepArbitrary: fc.Arbitrary<Step> = fc.oneof(
  { weight: 8, arbitrary: fc.nat().map((pick) => ({ kind: 'choose' as const, pick })) },
  { weight: 1, arbitrary: fc.constant({ kind: 'reload' as const }) },
  { weight: 1, arbitrary: fc.nat(6).map((back) => ({ kind: 'rewind' as const, back })) },
  { weight: 1, arbitrary: fc.constant({ kind: 'run-link' as const }) },
  { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 30 }).map((text) => ({ kind: 'reason' as const, text })) },
);

describe('seeded random games on the real story', () => {
  it('never error and never lose a choice through saves, reloads, rewinds and run links', () => {
    fc.assert(
      fc.property(fc.constantFrom<Fortune>(1, 2, 3), fc.constantFrom('full' as const, 'lesson' as const), fc.array(stepArbitrary, { minLength: 5, maxLength: 60 }), (fortune, route, steps) => {
        let engine = new StoryEngine(story, fortune, { route });
        for (const step of steps) {
          const before = recordOf(engine);
          switch (step.kind) {
            case 'choose': {
              const choices = engine.current.choices;
              if (choices.length === 0) break;
              const choice = choices[step.pick % choices.length]!;
              engine.choose(choice.index);
              expect(recordOf(engine).choices).toEqual([...before.choices, choice.id]);
              break;
            }
            case 'reason': {
              const decisionTurn = engine.decisions.at(-1)?.turn;
              if (decisionTurn === undefined) break;
              engine.setReason(decisionTurn, step.text);
              break;
            }
            case 'reload': {
              const parsed = parseSave(JSON.stringify(toSave(story.id, before, 1, 'tab')));
              if (!parsed.ok) throw new Error(parsed.message);
              const replayed = replay(story, parsed.save.record);
              expect(replayed.missing).toEqual([]);
              engine = replayed.engine;
              expect(recordOf(engine)).toEqual(before);
              break;
            }
            case 'run-link': {
              const decoded = decodeRunCode(encodeRunCode(before));
              if (!decoded.ok) throw new Error(decoded.message);
              const viewed = replay(story, decoded.record);
              expect(viewed.missing).toEqual([]);
              expect(recordOf(viewed.engine).choices).toEqual(before.choices);
              expect(viewed.engine.current.status).toEqual(engine.current.status);
              break;
            }
            case 'rewind': {
              const turns = engine.transcript.length - 1;
              if (turns === 0) break;
              const turn = Math.max(0, turns - 1 - step.back);
              engine.rewindTo(turn);
              expect(recordOf(engine).choices).toEqual(before.choices.slice(0, turn));
              break;
            }
          }
          expect(engine.current.problems).toEqual([]);
        }
      }),
      { numRuns: 20 },
    );
  });
});
