/**
 * The stage true to the day: walks every distinct state of the story with the stage's own view of it
 * (src/scenes/view.ts) and checks that the Politburo table agrees with story/data/politburo.json at
 * every dated scene of the historical course, and that at every decision nothing shown (a seat, a stamp,
 * a meter's "why it moved") is dated on or after the decision's day.
 */
import { describe, expect, it } from 'vitest';
import story from '../../story/main.ink';
import raw from '../../story/data/politburo.json';
import { FORTUNES, StoryEngine } from '../../src/narrative/engine';
import type { Beat } from '../../src/narrative/beat';
import { stageView, type StageView } from '../../src/scenes/view';
import { courseAt } from '../../src/scenes/meters';
import { POLITBURO, type PolitburoMember } from '../../src/narrative/world';

/** A date's first and last days, worked out here again rather than borrowed from the code under test. */
function span(date: string): [string, string] {
  const [year, month, day] = date.split('-');
  if (day) return [date, date];
  if (month) {
    const last = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
    return [`${year}-${month}-01`, `${year}-${month}-${String(last).padStart(2, '0')}`];
  }
  return [`${year}-01-01`, `${year}-12-31`];
}

interface RawEvent {
  date: string;
  standing: string;
}
const EVENTS = (raw as { events: Record<string, RawEvent[]> }).events;

/** What the record says a member's standing is at a scene (at a decision, counting only earlier days). */
function expected(member: PolitburoMember, scene: string, decision: boolean): { standing: string; date: string | null } {
  const [sceneFirst] = span(scene);
  let found: RawEvent | null = null;
  for (const event of EVENTS[member] ?? []) {
    const [, last] = span(event.date);
    if (decision ? last < sceneFirst : last <= sceneFirst) found = event;
  }
  return { standing: found?.standing ?? 'absent', date: found?.date ?? null };
}

interface Seen {
  beat: Beat;
  view: StageView;
  /** The decision asked at this beat, if any. */
  decision: string | null;
}

/** Every distinct state, with what the stage shows there; a state reached with a different picture is seen again. */
function walkStage(): Seen[] {
  const engine = new StoryEngine(story, 2);
  const seen: Seen[] = [];
  const memo = new Set<string>();
  const visit = () => {
    const beat = engine.current;
    const beats = engine.transcript.map((turn) => turn.beat);
    const last = engine.decisions.at(-1);
    const turn = engine.transcript.length - 1;
    const view = stageView({ beat, decision: last && last.turn === turn - 1 ? last : null, decisions: engine.decisions, beats });
    // What the checks below read: the standings and every date shown. A state reached again with the same
    // dates shown is not walked again; one reached with different dates is.
    const picture = JSON.stringify([
      view.politburo.seats.map((seat) => [seat.standing, seat.since, seat.stamp?.since, seat.stamp?.word]),
      view.strip.latest.moves.map((move) => [move.meter, move.date, move.byChoice]),
    ]);
    const key = `${engine.fingerprint()}|${picture}`;
    if (memo.has(key)) return;
    memo.add(key);
    const decision = beat.choices.find((choice) => choice.decision !== null)?.decision ?? null;
    seen.push({ beat, view, decision });
    for (const choice of beat.choices) {
      const fortunes = beat.world.luck === 0 ? FORTUNES : [FORTUNES[0] ?? 2];
      for (const fortune of fortunes) {
        engine.setFortune(fortune);
        engine.choose(choice.index);
        visit();
        engine.rewindTo(turn);
      }
    }
  };
  visit();
  return seen;
}

const seen = walkStage();
const onHistory = seen.filter(({ beat }) => courseAt(beat) === 'history');
const sceneOf = (beat: Beat) => beat.status.date ?? (beat.status.year === null ? null : String(beat.status.year));

describe('the Politburo table, day by day', () => {
  it('is seen at many dated scenes of the historical course and at every decision', () => {
    console.info(`stage walk: ${seen.length} pictures, ${onHistory.length} on the historical course, ${seen.filter((s) => s.decision).length} at decisions`);
    expect(onHistory.filter(({ beat }) => beat.status.date !== null).length).toBeGreaterThan(50);
    const decisions = new Set(seen.flatMap(({ decision }) => (decision ? [decision] : [])));
    expect([...decisions].sort()).toEqual(
      ['ban', 'collectivisation', 'famine', 'funeral', 'gensec', 'georgia', 'nep', 'one-country', 'opposition', 'recant', 'ryutin', 'terror', 'testament', 'victors'].sort(),
    );
  });

  it('shows at every dated scene of the historical course what the dated events say', () => {
    const wrong: string[] = [];
    for (const { beat, view, decision } of onHistory) {
      const scene = sceneOf(beat);
      if (scene === null) continue;
      for (const seat of view.politburo.seats) {
        const want = expected(seat.member, scene, decision !== null);
        if (seat.standing !== want.standing || seat.since !== want.date) {
          wrong.push(`${beat.status.chapter} ${scene}: ${seat.member} shown ${seat.standing} (${seat.since}), the record says ${want.standing} (${want.date})`);
        }
        if (seat.stamp && seat.stamp.since !== want.date) wrong.push(`${beat.status.chapter} ${scene}: ${seat.member}'s stamp dated ${seat.stamp.since}`);
      }
    }
    expect([...new Set(wrong)]).toEqual([]);
  });

  it('agrees with history.md at the scenes the fact-check named', () => {
    const standing = (chapter: string, scene: string, member: PolitburoMember, decisionOnly = false) => {
      const found = onHistory.filter(
        ({ beat, decision }) => beat.status.chapter === chapter && sceneOf(beat) === scene && (!decisionOnly || decision !== null),
      );
      expect(found.length, `${chapter} at ${scene}`).toBeGreaterThan(0);
      return [...new Set(found.map(({ view }) => view.politburo.seats.find((seat) => seat.member === member)?.standing))];
    };
    // Bukharin a candidate until June 1924 (fact-check I7).
    expect(standing('lenins-funeral', '1924-01-22', 'bukharin')).toEqual(['candidate']);
    expect(standing('lenins-funeral', '1924-01-22', 'lenin')).toEqual(['died']);
    expect(standing('thirteenth-congress', '1924-05', 'bukharin')).toEqual(['candidate']);
    // No one expelled before the vote of 23 October 1927; Kirov a candidate, Kamenev out (fact-check I7, E2).
    for (const member of ['trotsky', 'zinoviev', 'kamenev'] as const) expect(standing('united-opposition', '1927-10-23', member, true)).toEqual(['out']);
    expect(standing('united-opposition', '1927-10-23', 'kirov', true)).toEqual(['candidate']);
    // Bukharin still a member and Kirov a candidate when the Right is beaten (fact-check I5, E2).
    expect(standing('grain-crisis', '1929-03', 'bukharin', true)).toEqual(['member']);
    expect(standing('grain-crisis', '1929-03', 'kirov', true)).toEqual(['candidate']);
    expect(standing('in-exile', '1929-02', 'trotsky', true)).toEqual(['deported']);
    // Zinoviev and Kamenev readmitted at the Congress of Victors (fact-check E1), not expelled before the Ryutin vote.
    expect(standing('ryutin-affair', '1932-09-23', 'zinoviev', true)).toEqual(['out']);
    expect(standing('congress-of-victors', '1934-01-26', 'zinoviev', true)).toEqual(['out']);
    expect(standing('congress-of-victors', '1934-01-26', 'kamenev', true)).toEqual(['out']);
    expect(standing('congress-of-victors', '1934-01-26', 'kirov', true)).toEqual(['member']);
    // Bukharin arrested only after the plenum's vote.
    expect(standing('great-terror', '1937-02-23', 'bukharin', true)).toEqual(['out']);
  });

  it('is, on the Kirov course, the table of the congress of 1934: Zinoviev and Kamenev readmitted, not expelled', () => {
    const kirov = seen.filter(({ beat }) => courseAt(beat) === 'kirov' && beat.status.chapter === 'kirov-course');
    expect(kirov.length).toBeGreaterThan(0);
    for (const { view } of kirov) {
      for (const member of ['zinoviev', 'kamenev']) {
        const seat = view.politburo.seats.find((s) => s.member === member);
        expect(seat?.standing).toBe('out');
        expect(seat?.stamp?.word).toBe('READMITTED');
      }
    }
  });
});

describe('no giveaways at a decision', () => {
  const atDecisions = seen.filter(({ decision }) => decision !== null);

  it('dates every decision of the historical course', () => {
    const undated = onHistory.filter(({ decision, beat }) => decision !== null && beat.status.date === null);
    expect(undated.map(({ beat }) => `${beat.status.chapter} ${beat.status.year}`)).toEqual([]);
  });

  it('shows no seat, stamp or meter line dated on or after the day of the decision', () => {
    const giveaways: string[] = [];
    for (const { beat, view, decision } of atDecisions) {
      const scene = sceneOf(beat);
      if (scene === null) continue;
      const [day] = span(scene);
      const history = courseAt(beat) === 'history';
      const check = (what: string, date: string | null | undefined) => {
        if (!date) return;
        const [, last] = span(date);
        // A counterfactual course names only the year it reached a standing; it must not be a later year.
        const late = history || date.length > 4 ? last >= day : Number(date) > Number(scene.slice(0, 4));
        if (late) giveaways.push(`${decision} (${beat.status.chapter}, ${scene}): ${what} dated ${date}`);
      };
      for (const seat of view.politburo.seats) {
        check(`${seat.member} ${seat.standing}`, seat.since);
        check(`${seat.member}'s stamp ${seat.stamp?.word}`, seat.stamp?.since);
      }
      for (const move of view.strip.latest.moves) check(`${move.meter} "${move.reason}"`, move.date);
    }
    expect([...new Set(giveaways)]).toEqual([]);
  });

  it('shows every historical meter move with a dated line, so the check above has something to check', () => {
    const undated = onHistory.flatMap(({ view, beat }) =>
      view.strip.latest.moves.filter((move) => !move.byChoice && move.date === null).map((move) => `${beat.status.chapter}: ${move.meter} "${move.reason}"`),
    );
    expect([...new Set(undated)]).toEqual([]);
    expect(atDecisions.some(({ view }) => view.strip.latest.moves.some((move) => move.date !== null))).toBe(true);
  });
});

describe('the members', () => {
  it('all appear in the record', () => {
    for (const member of POLITBURO) expect(EVENTS[member]?.length).toBeGreaterThan(0);
  });
});
