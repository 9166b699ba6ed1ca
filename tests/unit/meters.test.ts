// Why a meter moved: pure logic over the real story, so it runs with the unit tests, not in a browser.
import { Story } from 'inkjs';
import { describe, expect, it } from 'vitest';
import story from '../../story/main.ink';
import data from '../../story/data/meters.json';
import type { Beat, DecisionTaken } from '../../src/narrative/beat';
import { WORLD_METERS, WORLD_VARIABLES } from '../../src/narrative/world';
import { whyItMoved } from '../../src/scenes/meters';

describe('why a meter moved', () => {
  function newStory(): Story {
    const ink = new Story(story.json);
    ink.allowExternalFunctionFallbacks = true;
    return ink;
  }

  /** The world as story/world.ink sets it for a year of the historical course, read from the real ink. */
  function historyBeat(ink: Story, year: number): Beat {
    ink.EvaluateFunction('history_year', [year]);
    const world: Beat['world'] = {};
    for (const name of WORLD_VARIABLES) world[name] = ink.variablesState.$(name) as number | string | boolean;
    return { lines: [], choices: [], cues: [], problems: [], world, status: { chapter: null, year, date: `${year}-12-31`, record: 'history', scene: null, ending: null } };
  }

  it('names a historical mechanism for every move of the country on the historical course, year by year', () => {
    const ink = newStory();
    const fallbacks = new Set(Object.values(data.fallback).flatMap((reasons) => Object.values(reasons)));
    let previous = historyBeat(ink, 1921);
    let moves = 0;
    for (let year = 1922; year <= 1938; year += 1) {
      const current = historyBeat(ink, year);
      for (const move of whyItMoved(previous, current, null)) {
        moves += 1;
        expect(move.counterfactual).toBe(false);
        expect(fallbacks.has(move.reason), `${year}: ${move.meter} ${move.direction} fell back to "${move.reason}"`).toBe(false);
      }
      previous = current;
    }
    expect(moves).toBeGreaterThan(40);
  });

  it("answers the player's own standing and safety to the decision just taken, and labels counterfactual courses", () => {
    const ink = newStory();
    const before = historyBeat(ink, 1927);
    const after = structuredClone(before);
    after.world.standing = 25;
    after.world.safety = 40;
    const decision: DecisionTaken = { decision: 'opposition', option: 'join', text: 'Join', args: [], actual: false, year: 1927, chapter: null, turn: 0, reason: '' };
    const moves = whyItMoved(before, after, decision);
    expect(moves.map((move) => move.meter).sort()).toEqual(['safety', 'standing']);
    for (const move of moves) {
      expect(move.byChoice).toBe(true);
      expect(move.reason).toMatch(/United Opposition/);
      expect(move.reason).toMatch(/apart from/);
    }
    const elsewhere = structuredClone(after);
    elsewhere.world.course = 'collective';
    elsewhere.world.stalin_power = 25;
    const counterfactual = whyItMoved(after, elsewhere, null);
    expect(counterfactual).toHaveLength(1);
    expect(counterfactual[0]?.counterfactual).toBe(true);
    expect(WORLD_METERS).toContain(counterfactual[0]?.meter);
  });
});
