import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import registry from '../../story/data/choice-ids.json';
import { StoryEngine } from '../../src/narrative/engine';
import { LH1_STORY_ID, decodeLegacyRunCode } from '../../src/narrative/legacy';
import { checksum, decodeRunCode, encodeRunCode, type PlaythroughRecord } from '../../src/narrative/record';

const legacyStory = { json: readFileSync(new URL('../../story/legacy/lh1-ee69aaf125c3.json', import.meta.url), 'utf8'), id: LH1_STORY_ID };

function inkFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? inkFiles(join(folder, entry.name)) : entry.name.endsWith('.ink') ? [join(folder, entry.name)] : [],
  );
}

const record = (choices: string[], ending: string | null = null): PlaythroughRecord => ({ route: 'full', fortune: 2, choices, ending, reasons: {}, reflection: '' });

describe('the choice id registry', () => {
  it('holds every choice and ending id in the story, once', () => {
    const text = inkFiles(new URL('../../story', import.meta.url).pathname).map((file) => readFileSync(file, 'utf8')).join('\n');
    const ids = [...text.matchAll(/#\s*(?:choice|id):\s*([a-z0-9.-]+)/g)].map((match) => match[1]!);
    const endings = [...text.matchAll(/#\s*ending:\s*([a-z0-9-]+)/g)].map((match) => match[1]!);
    expect(ids.filter((id) => !registry.ids.includes(id))).toEqual([]);
    expect(endings.filter((id) => !registry.endings.includes(id))).toEqual([]);
    expect(new Set(registry.ids).size).toBe(registry.ids.length);
    expect(new Set(registry.endings).size).toBe(registry.endings.length);
  });

  it('is append-only: codes printed in December 2026 still mean what they meant', () => {
    // Made by encodeRunCode on the day the LH2 format began. Moving or removing a registry entry changes what they read as.
    expect(decodeRunCode('LH2-F2000003080A0J0M-VSN')).toEqual({
      ok: true,
      record: record(['kronstadt.volunteers', 'ban.for', 'gensec.limit', 'georgia.union', 'testament-read.addition', 'testament.read-out']),
    });
    expect(decodeRunCode('LH2-L304050L1F24-PV7')).toEqual({
      ok: true,
      record: { ...record(['ban.against', 'testament.delegations', 'nep.right-majority', 'terror.defend'], 'history-victim'), route: 'lesson', fortune: 3 },
    });
  });
});

describe('run codes', () => {
  const full = record(['kronstadt.volunteers', 'ban.for', 'gensec.limit', 'georgia.union'], 'oppositionist');

  it('are short, URL-safe and read back without the story', () => {
    const code = encodeRunCode(full);
    expect(code).toMatch(/^LH2-F2[0-9A-Z]{4}([0-9A-Z]{2})+-[0-9A-Z]{3}$/);
    expect(encodeURIComponent(code)).toBe(code);
    expect(decodeRunCode(code)).toEqual({ ok: true, record: full });
  });

  it('carry the player’s reasons when asked, in any script, cut to fit a QR code', () => {
    const withReasons = { ...full, reasons: { 1: 'Единство в голодный год — unity first 🙂', 3: 'x'.repeat(150) } };
    const code = encodeRunCode(withReasons, { reasons: true });
    expect(code).toMatch(/^LH2-[0-9A-Z]+-[A-Z2-7]+-[0-9A-Z]{3}$/);
    const decoded = decodeRunCode(code.toLowerCase());
    if (!decoded.ok) throw new Error(decoded.message);
    expect(decoded.record.reasons).toEqual({ 1: 'Единство в голодный год — unity first 🙂', 3: 'x'.repeat(100) });
    expect(encodeRunCode(withReasons)).toBe(encodeRunCode(full));
  });

  it('forgive case, spaces and non-breaking spaces', () => {
    const code = encodeRunCode(full);
    expect(decodeRunCode(`  ${code.toLowerCase().replace('-', '-\u00a0')}\n`)).toEqual({ ok: true, record: full });
  });

  it.each([
    ['something else', 'hello', /not a Lenin’s Heirs run code/],
    ['a typing mistake', 'LH2-F2000003080A0J0M-VSM', /typing mistake/],
    ['a pasted essay', 'LH2-'.padEnd(5000, 'A'), /far too long/],
  ])('explain %s, without echoing more than 40 characters', (_, code, message) => {
    const decoded = decodeRunCode(code);
    expect(decoded.ok).toBe(false);
    expect(!decoded.ok && decoded.message).toMatch(message);
    expect(!decoded.ok && decoded.message.length).toBeLessThan(160);
  });

  it('refuse a code whose checksum is right but whose content does not fit', () => {
    for (const path of ['X2000003', 'F7000003', 'F2ZZ0003', 'F20000ZZ', 'F20000030']) {
      const body = `LH2-${path}`;
      expect(decodeRunCode(`${body}-${checksum(body)}`)).toMatchObject({ ok: false, message: expect.stringMatching(/does not fit/) });
    }
  });
});

describe('the bench’s class of thirty', () => {
  it('are thirty real run codes that read, finished, some with reasons', () => {
    const codes = readFileSync(new URL('../../scripts/bench/class-codes.txt', import.meta.url), 'utf8').trim().split('\n');
    const read = codes.map((code) => decodeRunCode(code));
    expect(read.filter((decoded) => !decoded.ok)).toEqual([]);
    expect(read.every((decoded) => decoded.ok && decoded.record.ending !== null)).toBe(true);
    expect(read.some((decoded) => decoded.ok && Object.keys(decoded.record.reasons).length > 0)).toBe(true);
    expect(codes).toHaveLength(30);
  });
});

describe('LH1 codes (before December 2026)', () => {
  // A real code from the reliability probe of commit 783c6af: a whole playthrough.
  const real = 'LH1-EE69-211101002110011012200-LK';

  it('still read, as stable ids, by replaying them in the story they were made with', () => {
    const decoded = decodeLegacyRunCode(real, legacyStory);
    if (!decoded.ok) throw new Error(decoded.message);
    expect(decoded.record.fortune).toBe(2);
    expect(decoded.record.ending).not.toBeNull();
    expect(decoded.record.choices.length).toBe(real.split('-')[2]!.length - 1);
    expect(decoded.record.choices.filter((id) => !registry.ids.includes(id))).toEqual([]);
    expect(decoded.record.choices).toContain('ban.time-limit');
  });

  it('say clearly when they are damaged or from another test version', () => {
    expect(decodeLegacyRunCode('LH1-EE69-211101002110011012200-LL', legacyStory)).toMatchObject({ ok: false, message: expect.stringMatching(/typing mistake/) });
    expect(decodeLegacyRunCode('LH1-AB12-2-XX', legacyStory)).toMatchObject({ ok: false });
  });

  it('are read in the older story, where flavour choices had no ids yet', () => {
    const engine = new StoryEngine(legacyStory, 2);
    expect(engine.current.choices.some((choice) => choice.id === '')).toBe(true);
  });
});
