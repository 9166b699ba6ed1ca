/**
 * The stage true to the day: over every distinct picture of the full game (stage-walk.ts), the
 * Politburo table agrees with story/data/politburo.json at every dated scene of the historical course,
 * and at every decision nothing shown (a seat, a stamp, a meter's "why it moved") is dated on or after
 * the decision's day. full.test.ts registers these checks beside its own, on the one walk it makes.
 */
import { describe, expect, it } from 'vitest';
import raw from '../../story/data/politburo.json';
import type { Beat } from '../../src/narrative/beat';
import { courseAt } from '../../src/scenes/meters';
import { POLITBURO, type PolitburoMember } from '../../src/narrative/world';
import type { Seen } from './stage-walk';

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

const sceneOf = (beat: Beat) => beat.status.date ?? (beat.status.year === null ? null : String(beat.status.year));

/** The fact-check's anchor points (history.md): chapter, scene, member, at its decision only, and the standing shown. */
const ANCHORS: [string, string, PolitburoMember, boolean, string][] = [
  // Bukharin a candidate until June 1924 (fact-check I7).
  ['lenins-funeral', '1924-01-22', 'bukharin', false, 'candidate'],
  ['lenins-funeral', '1924-01-22', 'lenin', false, 'died'],
  ['thirteenth-congress', '1924-05', 'bukharin', false, 'candidate'],
  // No one expelled before the vote of 23 October 1927; Kirov a candidate, Kamenev out (fact-check I7, E2).
  ['united-opposition', '1927-10-23', 'trotsky', true, 'out'],
  ['united-opposition', '1927-10-23', 'zinoviev', true, 'out'],
  ['united-opposition', '1927-10-23', 'kamenev', true, 'out'],
  ['united-opposition', '1927-10-23', 'kirov', true, 'candidate'],
  // Bukharin still a member and Kirov a candidate when the Right is beaten (fact-check I5, E2).
  ['grain-crisis', '1929-03', 'bukharin', true, 'member'],
  ['grain-crisis', '1929-03', 'kirov', true, 'candidate'],
  ['in-exile', '1929-02', 'trotsky', true, 'deported'],
  // Zinoviev and Kamenev readmitted at the Congress of Victors (fact-check E1), not expelled before the Ryutin vote.
  ['ryutin-affair', '1932-09-23', 'zinoviev', true, 'out'],
  ['congress-of-victors', '1934-01-26', 'zinoviev', true, 'out'],
  ['congress-of-victors', '1934-01-26', 'kamenev', true, 'out'],
  ['congress-of-victors', '1934-01-26', 'kirov', true, 'member'],
  // Bukharin arrested only after the plenum's vote.
  ['great-terror', '1937-02-23', 'bukharin', true, 'out'],
];

/** Registers the stage's checks on the pictures of the full game, which `pictures` hands over once walked. */
export function describeStagePictures(pictures: () => readonly Seen[]): void {
  const onHistory = () => pictures().filter(({ beat }) => courseAt(beat) === 'history');
  const atDecisions = () => pictures().filter(({ decision }) => decision !== null);

  describe('the Politburo table, day by day', () => {
    it('is seen at many dated scenes of the historical course and at every decision', () => {
      const dated = onHistory().filter(({ beat }) => beat.status.date !== null).length;
      const decisions = new Set(pictures().flatMap(({ decision }) => (decision ? [decision] : [])));
      expect({ manyDated: dated > 50, decisions: [...decisions].sort() }).toEqual({
        manyDated: true,
        decisions: ['ban', 'collectivisation', 'famine', 'funeral', 'gensec', 'georgia', 'nep', 'one-country', 'opposition', 'recant', 'ryutin', 'terror', 'testament', 'victors'].sort(),
      });
    });

    it('shows at every dated scene of the historical course what the dated events say', () => {
      const wrong: string[] = [];
      for (const { beat, view, decision } of onHistory()) {
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
      const history = onHistory();
      // Every standing shown for the member at that scene: exactly the one named, and at least one picture found.
      const shown = ANCHORS.map(([chapter, scene, member, decisionOnly]) => {
        const found = history.filter(
          ({ beat, decision }) => beat.status.chapter === chapter && sceneOf(beat) === scene && (!decisionOnly || decision !== null),
        );
        return `${chapter} ${scene} ${member}: ${[...new Set(found.map(({ view }) => view.politburo.seats.find((seat) => seat.member === member)?.standing))].join(', ')}`;
      });
      expect(shown).toEqual(ANCHORS.map(([chapter, scene, member, , standing]) => `${chapter} ${scene} ${member}: ${standing}`));
    });

    it('is, on the Kirov course, the table of the congress of 1934: Zinoviev and Kamenev readmitted, not expelled', () => {
      const kirov = pictures().filter(({ beat }) => courseAt(beat) === 'kirov' && beat.status.chapter === 'kirov-course');
      const shown = new Set(
        kirov.flatMap(({ view }) =>
          ['zinoviev', 'kamenev'].map((member) => {
            const seat = view.politburo.seats.find((s) => s.member === member);
            return `${member}: ${seat?.standing} ${seat?.stamp?.word}`;
          }),
        ),
      );
      expect({ seen: kirov.length > 0, shown: [...shown].sort() }).toEqual({ seen: true, shown: ['kamenev: out READMITTED', 'zinoviev: out READMITTED'] });
    });
  });

  describe('no giveaways at a decision', () => {
    it('dates every decision of the historical course', () => {
      const undated = onHistory().filter(({ decision, beat }) => decision !== null && beat.status.date === null);
      expect(undated.map(({ beat }) => `${beat.status.chapter} ${beat.status.year}`)).toEqual([]);
    });

    it('shows no seat, stamp or meter line dated on or after the day of the decision', () => {
      const giveaways: string[] = [];
      for (const { beat, view, decision } of atDecisions()) {
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
      const undated = onHistory().flatMap(({ view, beat }) =>
        view.strip.latest.moves.filter((move) => !move.byChoice && move.date === null).map((move) => `${beat.status.chapter}: ${move.meter} "${move.reason}"`),
      );
      const datedAtDecision = atDecisions().some(({ view }) => view.strip.latest.moves.some((move) => move.date !== null));
      expect({ undated: [...new Set(undated)], datedAtDecision }).toEqual({ undated: [], datedAtDecision: true });
    });
  });

  describe('the members', () => {
    it('all appear in the record', () => {
      expect(POLITBURO.filter((member) => !EVENTS[member]?.length)).toEqual([]);
    });
  });
}
