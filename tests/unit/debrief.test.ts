import { describe, expect, it } from 'vitest';
import { catalogue } from '../../src/narrative/catalogue';
import { buildDebrief } from '../../src/narrative/debrief';
import { debriefAsText } from '../../src/narrative/debrief-text';
import type { StoryEngine } from '../../src/narrative/engine';
import { ENDING_PICKS, play } from '../support/paths';
import { fkGrade, wordsOf } from '../support/readability';

const debriefOf = (engine: StoryEngine) => buildDebrief({ route: engine.route, decisions: engine.decisions, beats: engine.transcript.map((t) => t.beat) }, catalogue);

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

  it('picks two or three turning points, the decision where the line left history first', () => {
    const debrief = debriefOf(play({ testament: 'read-out' }));
    expect(debrief.turningPoints.length).toBeGreaterThanOrEqual(2);
    expect(debrief.turningPoints.length).toBeLessThanOrEqual(3);
    expect(debrief.turningPoints.map((entry) => entry.decision)).toContain('testament');
    expect(debrief.question).toMatch(/left history/);
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

  it('reads as plain text with the run code, the reflection, every decision and the tasks, never the answers or an id', () => {
    const debrief = debriefOf(play({ victors: 'kirov' }));
    const tasks = { critique: ['"a quotation" (essay line 1): a task'], weigh: 'compare A with B.', paragraph: ['Claim: start with your answer.'] };
    const text = debriefAsText(debrief, 'LH1-TEST-3000-00', 'I wanted to keep the party together.', tasks);
    expect(text).toContain('LH1-TEST-3000-00');
    expect(text).toContain('What I was trying to achieve: I wanted to keep the party together.');
    for (const item of debrief.timeline) expect(text).toContain(item.title);
    for (const line of [...tasks.critique, tasks.weigh, ...tasks.paragraph]) expect(text).toContain(line);
    for (const error of catalogue.essayErrors) expect(text).not.toContain(error.answer);
    for (const id of [...catalogue.arguments.keys()].filter((key) => key.includes('-'))) expect(text).not.toMatch(new RegExp(`\\b${id}\\b`));
  });
});

describe('the debrief’s arguments, per decision', () => {
  const endings = Object.entries(ENDING_PICKS).map(([ending, pick]) => {
    const debrief = debriefOf(play(pick));
    return { ending, debrief };
  });

  it('plays every ending', () => {
    expect(endings.map(({ debrief }) => debrief.ending?.id)).toEqual(Object.keys(ENDING_PICKS));
  });

  it('reaches every argument of the catalogue in some debrief', () => {
    const reached = new Set(endings.flatMap(({ debrief }) => debrief.entries.flatMap((entry) => entry.args.map((arg) => arg.id))));
    expect([...catalogue.arguments.keys()].filter((id) => !reached.has(id))).toEqual([]);
  });

  it('shows a decision’s arguments whichever option was taken, and marks the option’s own', () => {
    const history = endings[0]!.debrief;
    const shown = new Set(history.entries.flatMap((entry) => entry.args.map((arg) => arg.id)));
    for (const id of ['legacy-contested', 'means-vs-aim', 'consistent-harsh-line', 'totalitarian-embryo', 'lenin-terror', 'nep-decades', 'culture-control']) {
      expect(shown, id).toContain(id);
    }
    const against = debriefOf(play({ ban: 'against' })).entries.find((entry) => entry.decision === 'ban')!;
    const asMoved = history.entries.find((entry) => entry.decision === 'ban')!;
    for (const id of catalogue.readings.get('ban')!.args) {
      expect(against.args.map((arg) => arg.id)).toContain(id);
      expect(asMoved.args.map((arg) => arg.id)).toContain(id);
    }
    for (const id of against.optionArgs) expect(against.args.map((arg) => arg.id)).toContain(id);
    expect(new Set(against.args.map((arg) => arg.id)).size).toBe(against.args.length);
  });
});

describe('the debrief, fair to both sides', () => {
  it('places the player only by decisions taken after Lenin left politics, and only where the essay itself reads them', () => {
    for (const { ending, debrief } of [
      { ending: 'history', debrief: debriefOf(play()) },
      { ending: 'collective', debrief: debriefOf(play({ testament: 'read-out' })) },
    ]) {
      expect(debrief.scale.counted.length, ending).toBeGreaterThan(0);
      for (const id of debrief.scale.counted) {
        const entry = debrief.entries.find((item) => item.decision === id)!;
        expect(entry.history.date >= '1923-03-10', `${ending} counts ${id}`).toBe(true);
        expect(entry.card.essay.applied, `${ending} counts ${id}, which the essay never discusses`).toBe(false);
      }
      for (const id of ['ban', 'gensec', 'georgia', 'ryutin', 'victors']) expect(debrief.scale.counted, ending).not.toContain(id);
    }
    // On the historical path the player did what happened, so stands where the essay's readings put history.
    const history = debriefOf(play());
    expect(history.scale.you).toBe(history.scale.essay);
    // Taking the game's guess at Lenin's line wherever it has one moves the player towards continuity.
    const lenin = debriefOf(play({ nep: 'prices', collectivisation: 'voluntary', famine: 'relief' }));
    expect(lenin.scale.you!).toBeLessThan(lenin.scale.essay!);
  });

  it('names Lenin’s line only as the game’s guess, from dated texts, and none where he had no position', () => {
    const debrief = debriefOf(play());
    for (const entry of debrief.entries) {
      if (entry.leninLine) expect(entry.leninLine.texts, entry.decision).toMatch(/1918|1921|1922|1923/);
    }
    for (const id of ['funeral', 'one-country', 'terror', 'recant']) {
      expect(catalogue.readings.get(id)?.lenin ?? null, id).toBeNull();
    }
  });

  it('gives Lenin’s harsh line its weight: the hanging order of August 1918 and the letter of 19 March 1922', () => {
    const notes = [...catalogue.arguments.values()].map((arg) => `${arg.claim} ${arg.note}`).join(' ');
    expect(notes).toMatch(/11 August 1918/);
    expect(notes).toMatch(/19 March 1922/);
    expect(catalogue.verdict.schools.length).toBeGreaterThanOrEqual(3);
    expect(catalogue.essayErrors.filter((error) => error.status === 'correct').length).toBeGreaterThanOrEqual(2);
  });
});

describe('the debrief’s texts for the classroom', () => {
  it('says what really happened in at most 60 words at a reading grade of 11 or below, for every decision', () => {
    for (const [id, card] of catalogue.cards) {
      expect(wordsOf(card.happened).length, id).toBeLessThanOrEqual(60);
      expect(fkGrade(card.happened), `${id}: ${card.happened}`).toBeLessThanOrEqual(11);
      expect(wordsOf(card.essay.text).length, id).toBeLessThanOrEqual(30);
    }
    expect([...catalogue.cards.keys()].sort()).toEqual([...catalogue.decisions.keys()].sort());
  });
});
