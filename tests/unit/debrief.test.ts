import { describe, expect, it } from 'vitest';
import story from '../../story/main.ink';
import { catalogue } from '../../src/narrative/catalogue';
import { buildDebrief } from '../../src/narrative/debrief';
import { debriefAsText } from '../../src/narrative/debrief-text';
import { StoryEngine } from '../../src/narrative/engine';

/** Plays the real story to an ending: at each decision the option `pick` names (else the actual one), flavour choices first. */
function play(pick: Record<string, string> = {}): StoryEngine {
  const engine = new StoryEngine(story, 3);
  while (!engine.ended) {
    const choices = engine.current.choices;
    const decision = choices.find((c) => c.decision && pick[c.decision] === c.option) ?? choices.find((c) => c.decision && c.actual);
    engine.choose((decision ?? choices[0]!).index);
  }
  return engine;
}

const debriefOf = (engine: StoryEngine) => buildDebrief({ decisions: engine.decisions, beats: engine.transcript.map((t) => t.beat) }, catalogue);

describe('the debrief model', () => {
  it('follows history where the player did, meeting every decision of the contract', () => {
    const debrief = debriefOf(play());
    expect(debrief.entries.length).toBeGreaterThanOrEqual(13);
    expect(debrief.matched).toBe(debrief.entries.length);
    expect(debrief.divergedAt).toBeNull();
    expect(debrief.skipped).toEqual([]);
    expect(debrief.course).toBe('history');
    expect(debrief.ending?.id).toMatch(/^history-/);
    for (const entry of debrief.entries) {
      expect(entry.ledTo.length, entry.decision).toBeGreaterThan(20);
      expect(entry.args.length, entry.decision).toBeGreaterThan(0);
      expect(['majority', 'both']).toContain(entry.side);
    }
  });

  it('marks where a counterfactual course left history, and says what happened at the decisions it skipped', () => {
    const debrief = debriefOf(play({ testament: 'read-out' }));
    expect(debrief.divergedAt).toBe('testament');
    expect(debrief.course).toBe('collective');
    expect(debrief.ending?.id).toBe('collective-nep');
    const testament = debrief.entries.find((entry) => entry.decision === 'testament');
    expect(testament).toMatchObject({ actual: false, leftHistory: true, side: 'lenin' });
    const skipped = debrief.skipped.map((entry) => entry.decision);
    expect(skipped).toContain('ryutin');
    expect(skipped).toContain('victors');
    for (const entry of debrief.skipped) expect(entry.history.summary.length).toBeGreaterThan(40);
  });

  it('lays the timeline out in the order of what really happened', () => {
    const debrief = debriefOf(play({ testament: 'read-out' }));
    const dates = debrief.timeline.map((item) => item.history.date);
    expect(dates).toEqual([...dates].sort());
    expect(debrief.timeline.length).toBe(debrief.entries.length + debrief.skipped.length);
  });

  it('counts which line the player stood with', () => {
    const debrief = debriefOf(play({ nep: 'prices', collectivisation: 'voluntary', famine: 'relief' }));
    expect(debrief.sides.lenin).toBeGreaterThanOrEqual(3);
    const total = Object.values(debrief.sides).reduce((sum, n) => sum + n, 0);
    expect(total).toBe(debrief.entries.filter((entry) => entry.reading).length);
  });

  it('carries the player’s reasons', () => {
    const engine = play();
    const ban = engine.decisions.find((d) => d.decision === 'ban');
    engine.setReason(ban!.turn, 'Unity first, in a famine.');
    const entry = debriefOf(engine).entries.find((e) => e.decision === 'ban');
    expect(entry?.reason).toBe('Unity first, in a famine.');
  });

  it('reads as plain text with the run code, every decision and the verdict', () => {
    const debrief = debriefOf(play({ victors: 'kirov' }));
    const text = debriefAsText(debrief, 'LH1-TEST-3000-00');
    expect(text).toContain('LH1-TEST-3000-00');
    for (const item of debrief.timeline) expect(text).toContain(item.title);
    expect(text).toContain(debrief.verdict.essay);
  });
});
