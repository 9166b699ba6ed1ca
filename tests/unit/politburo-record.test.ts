import { describe, expect, it } from 'vitest';
import raw from '../../story/data/politburo.json';
import {
  firstDay,
  happenedBy,
  isPartialDate,
  lastDay,
  PolitburoRecordError,
  POLITBURO_RECORD,
  readPolitburoRecord,
  standingAt,
} from '../../src/narrative/politburo-record';
import { historyLines } from '../../src/scenes/meters';
import { POLITBURO } from '../../src/narrative/world';

/** A copy of the real file with one member's events replaced, to show that a bad entry is named. */
function withEvents(member: string, events: unknown): unknown {
  const copy = structuredClone(raw) as { events: Record<string, unknown> };
  copy.events[member] = events;
  return copy;
}

describe('story/data/politburo.json', () => {
  it('is read and checked when the module loads, with every member the story follows', () => {
    expect(Object.keys(POLITBURO_RECORD).sort()).toEqual([...POLITBURO].sort());
    for (const member of POLITBURO) expect(POLITBURO_RECORD[member].length).toBeGreaterThan(0);
  });

  it('names a date that runs backwards', () => {
    const bad = withEvents('kirov', [
      { date: '1930-07-13', standing: 'member', source: 's' },
      { date: '1926-07-23', standing: 'candidate', source: 's' },
    ]);
    expect(() => readPolitburoRecord(bad)).toThrow(/events\.kirov\[1\]\.date 1926-07-23 must come after 1930-07-13/);
  });

  it('names two events that may fall on the same day', () => {
    const bad = withEvents('tomsky', [
      { date: '1930-07', standing: 'member', source: 's' },
      { date: '1930-07-13', standing: 'out', source: 's' },
    ]);
    expect(() => readPolitburoRecord(bad)).toThrow(/events\.tomsky\[1\]/);
  });

  it('names an unknown standing, an impossible date, a bare year and a stamp word without its meaning', () => {
    expect(() => readPolitburoRecord(withEvents('lenin', [{ date: '1919-03-25', standing: 'retired', source: 's' }]))).toThrow(
      /events\.lenin\[0\]\.standing "retired"/,
    );
    expect(() => readPolitburoRecord(withEvents('lenin', [{ date: '1924-02-30', standing: 'died', source: 's' }]))).toThrow(
      /events\.lenin\[0\]\.date "1924-02-30"/,
    );
    expect(() => readPolitburoRecord(withEvents('lenin', [{ date: '1924', standing: 'died', source: 's' }]))).toThrow(PolitburoRecordError);
    expect(() =>
      readPolitburoRecord(withEvents('lenin', [{ date: '1924-01-21', standing: 'died', word: 'GONE', source: 's' }])),
    ).toThrow(/word and said go together/);
  });

  it('names a member the story does not follow, and one it follows but the file leaves out', () => {
    expect(() => readPolitburoRecord(withEvents('krestinsky', [{ date: '1919-03-25', standing: 'member', source: 's' }]))).toThrow(
      /"krestinsky" is not a member/,
    );
    const missing = structuredClone(raw) as { events: Record<string, unknown> };
    delete missing.events.voroshilov;
    expect(() => readPolitburoRecord(missing)).toThrow(/events\.voroshilov must be a non-empty list/);
  });

  it('gives every event a source', () => {
    for (const member of POLITBURO) for (const event of POLITBURO_RECORD[member]) expect(event.source.length).toBeGreaterThan(5);
  });
});

describe('partial dates', () => {
  it('know their first and last days', () => {
    expect(firstDay('1926-07')).toBe('1926-07-01');
    expect(lastDay('1926-07')).toBe('1926-07-31');
    expect(lastDay('1928-02')).toBe('1928-02-29');
    expect(lastDay('1930')).toBe('1930-12-31');
    expect(firstDay('1930')).toBe('1930-01-01');
    expect(lastDay('1934-12-01')).toBe('1934-12-01');
    expect(isPartialDate('1926-13')).toBe(false);
    expect(isPartialDate('1926-04-31')).toBe(false);
  });

  it('count an event only once it is certainly past, and at a decision only if it fell before that day', () => {
    expect(happenedBy('1926-07-23', '1926-07')).toBe(false);
    expect(happenedBy('1926-07-23', '1926-07-23')).toBe(true);
    expect(happenedBy('1926-07-23', '1926-07-23', true)).toBe(false);
    expect(happenedBy('1926-07', '1926-07-31')).toBe(true);
    expect(happenedBy('1926-07', '1926-07-30')).toBe(false);
    expect(happenedBy('1927-12', '1928')).toBe(true);
  });
});

describe('the Politburo by the record (history.md, Part 4 and the anchor points)', () => {
  const at = (member: (typeof POLITBURO)[number], date: string, decision = false) => standingAt(member, date, decision).standing;

  it('has Bukharin a candidate until the plenum of 2 June 1924', () => {
    expect(at('bukharin', '1924-01-22')).toBe('candidate');
    expect(at('bukharin', '1924-05')).toBe('candidate');
    expect(at('bukharin', '1924-06-02')).toBe('member');
  });

  it('has Kamenev a candidate in 1926 and Zinoviev and Trotsky members in April 1926', () => {
    expect(at('kamenev', '1926-04')).toBe('candidate');
    expect(at('zinoviev', '1926-04')).toBe('member');
    expect(at('trotsky', '1926-04')).toBe('member');
    expect(at('kamenev', '1926-10-23')).toBe('out');
  });

  it('has no one expelled before the vote of 23 October 1927', () => {
    for (const member of ['trotsky', 'zinoviev', 'kamenev'] as const) expect(at(member, '1927-10-23', true)).toBe('out');
    expect(at('trotsky', '1927-11-14')).toBe('expelled');
    expect(at('kamenev', '1927-11-14')).toBe('out');
    expect(at('kamenev', '1928-01')).toBe('expelled');
  });

  it('has Kirov a candidate from July 1926 and a member from July 1930', () => {
    expect(at('kirov', '1926-04')).toBe('absent');
    expect(at('kirov', '1928-01')).toBe('candidate');
    expect(at('kirov', '1929-03')).toBe('candidate');
    expect(at('kirov', '1930-07-13')).toBe('member');
    expect(at('kirov', '1934-12-01')).toBe('murdered');
  });

  it('has Zinoviev and Kamenev readmitted at the Congress of Victors, and arrested only after Kirov’s murder', () => {
    expect(at('zinoviev', '1928-01')).toBe('expelled');
    expect(at('zinoviev', '1928-06-30')).toBe('out');
    expect(at('zinoviev', '1932-08')).toBe('out');
    expect(at('zinoviev', '1932-10-09')).toBe('expelled');
    for (const member of ['zinoviev', 'kamenev'] as const) {
      expect(at(member, '1934-01-26', true)).toBe('out');
      expect(standingAt(member, '1934-01-26').event?.word).toBe('READMITTED');
      expect(at(member, '1934-12-01')).toBe('out');
      expect(at(member, '1935-01')).toBe('prison');
    }
  });

  it('has Bukharin a member until November 1929 and arrested only after the plenum’s vote', () => {
    expect(at('bukharin', '1929-01-18')).toBe('member');
    expect(at('bukharin', '1929-04')).toBe('member');
    expect(at('bukharin', '1930-01')).toBe('out');
    expect(at('bukharin', '1937-02-23', true)).toBe('out');
    expect(at('bukharin', '1937-02-27')).toBe('prison');
  });
});

describe('the meters’ historical lines', () => {
  it('each carry a real date no later than the year they explain', () => {
    const lines = historyLines();
    expect(lines.length).toBeGreaterThan(40);
    for (const line of lines) {
      expect(isPartialDate(line.date), `${line.year} ${line.meter}: ${line.date}`).toBe(true);
      expect(Number(line.date.slice(0, 4)), `${line.year} ${line.meter}: "${line.text}"`).toBeLessThanOrEqual(line.year);
    }
  });
});
