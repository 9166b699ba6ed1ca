import { describe, expect, it } from 'vitest';
import storyIndex from '../../story/main.ink?index';
import courses from '../../story/data/courses.json';
import { catalogue } from '../../src/narrative/catalogue';
import { buildStoryMap } from '../../src/narrative/story-map';
import { boardAsCsv, buildBoard, readClassInput, type BoardStory, type ClassRun } from '../../src/narrative/class-board';
import type { PlaythroughRecord } from '../../src/narrative/record';

const story: BoardStory = {
  decisions: catalogue.decisions,
  endings: catalogue.endings,
  actual: new Set(storyIndex.actual),
  courses,
  map: buildStoryMap(storyIndex.choices, courses, catalogue.decisions, catalogue.endings),
};

const run = (name: string, choices: string[], ending: string | null = 'history-survivor', reasons: Record<number, string> = {}): ClassRun => ({
  name,
  record: { route: 'full', fortune: 1, choices, ending, reasons, reflection: '' } satisfies PlaythroughRecord,
});

describe('the class board', () => {
  const runs = [
    run('Ana', ['kronstadt.volunteers', 'ban.for', 'gensec.support'], 'history-survivor', { 1: 'Unity in a famine year.' }),
    run('Ben', ['ban.for', 'gensec.oppose']),
    run('Cai', ['ban.against', 'gensec.support'], null),
    run('Dee', ['ban.for', 'testament.read-out', 'one-country.support'], 'collective-nep'),
  ];
  const board = buildBoard(runs, story);

  it('lists every option of a decision reached, taken or not, with counts, shares and history’s own', () => {
    const ban = board.decisions.find((tally) => tally.decision.id === 'ban');
    expect(ban?.reached).toBe(4);
    expect(ban?.options.map((option) => option.option)).toEqual(Object.keys(catalogue.decisions.get('ban')!.options));
    // At the Terror each course offers its own options: only those of the courses the class was on.
    const terror = buildBoard([run('Eve', ['testament.read-out', 'terror.approve-operations'])], story).decisions.find((tally) => tally.decision.id === 'terror');
    expect(terror?.options.map((option) => option.option).sort()).toEqual(['approve-operations', 'courts-only', 'refuse']);
    expect(ban?.options.find((option) => option.option === 'for')).toMatchObject({ count: 3, share: 0.75, actual: true });
    expect(ban?.options.find((option) => option.option === 'permanent')).toMatchObject({ count: 0, share: 0, actual: false });
    expect(ban?.options.find((option) => option.option === 'for')?.reasons).toEqual([{ name: 'Ana', text: 'Unity in a famine year.' }]);
  });

  it('puts the most divided decision first, and says on which course each was reached', () => {
    expect(board.decisions.map((tally) => tally.decision.id)).toEqual(['gensec', 'ban', 'testament', 'one-country']);
    const oneCountry = board.decisions.find((tally) => tally.decision.id === 'one-country');
    expect(oneCountry?.byCourse).toEqual([{ course: 'collective', title: courses.collective.title, count: 1 }]);
  });

  it('counts endings among finished runs, and where each student first left history', () => {
    expect(board.finished).toBe(3);
    expect(board.endings.find((ending) => ending.id === 'history-survivor')).toMatchObject({ count: 2 });
    expect(board.endings.map((ending) => ending.id)).toEqual([...catalogue.endings.keys()]);
    const left = Object.fromEntries(board.leftHistory.map((entry) => [entry.decision ?? 'never', entry.count]));
    expect(left).toEqual({ ban: 1, gensec: 1, testament: 1, never: 1 });
  });

  it('exports CSV that a spreadsheet cannot mistake for formulas', () => {
    const csv = boardAsCsv(buildBoard([run('=cmd', ['ban.for'])], { ...story, decisions: new Map([['ban', { ...catalogue.decisions.get('ban')!, title: '=HYPERLINK("x")' }]]) }));
    expect(csv.split('\r\n')[0]).toMatch(/^decision,years,option/);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
  });

  it('knows the option history took at every decision', () => {
    for (const id of catalogue.decisions.keys()) expect([...story.actual].some((actual) => actual.startsWith(`${id}.`))).toBe(true);
  });
});

describe('what a teacher pastes', () => {
  it('finds codes and names in lines, in any order, and in a form’s CSV export', () => {
    const pasted = [
      'Timestamp,Name,Run code',
      '2026/12/07 09:14:02,Ana Lopez,LH2-F2000003-ABC',
      'Ben: lh2-f2000003-abd',
      'LH2-F2000003-ABE   Cai',
      'LH2-F2000003-ABF LH2-F2000003-ABG',
      'nothing here',
    ].join('\n');
    expect(readClassInput(pasted)).toEqual([
      { code: 'LH2-F2000003-ABC', name: 'Ana Lopez' },
      { code: 'lh2-f2000003-abd', name: 'Ben' },
      { code: 'LH2-F2000003-ABE', name: 'Cai' },
      { code: 'LH2-F2000003-ABF', name: '' },
      { code: 'LH2-F2000003-ABG', name: '' },
    ]);
  });
});
