import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import contentNotes from '../../story/data/content-notes.json';
import quotations from '../../story/data/quotations.json';
import guide from '../../story/data/teacher.json';
import { noteDue } from '../../src/ui/content-note';
import { answerKey, answersShown } from '../../src/ui/teacher-mode';
import { defaults } from '../../src/config';
import { loadSettings, saveSettings } from '../../src/ui/settings';
import { MemoryStore } from '../../src/platform/storage';

const storyRoot = new URL('../../story/', import.meta.url);

/** Every `.ink` file under story/, as text. */
function inkFiles(dir = storyRoot): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const url = new URL(entry.name + (entry.isDirectory() ? '/' : ''), dir);
    if (entry.isDirectory()) return entry.name === 'legacy' ? [] : inkFiles(url);
    return entry.name.endsWith('.ink') ? [readFileSync(url, 'utf8')] : [];
  });
}

const ink = inkFiles().join('\n');
const chapters = new Set([...ink.matchAll(/#\s*chapter:\s*([a-z0-9-]+)/g)].map((match) => match[1]));
/**
 * What the documents may quote exactly: the fact base's lines they quote (kept in the project,
 * story/data/quotations.json, so that a clone with nothing beside it checks them) and the story's own quotations.
 */
const factBase = quotations.lines.map((entry) => entry.fact_base_line).join('\n');
const plain = (text: string) => text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, ' ');

describe('the teacher guide', () => {
  it('times every lesson to its length, with 15 minutes of play on the lesson route and about 40 on the full game', () => {
    expect(guide.plans.map((plan) => plan.id)).toEqual(['one-lesson', 'two-lessons']);
    for (const plan of guide.plans) {
      for (const lesson of plan.lessons) {
        expect(lesson.minutes).toBe(50);
        expect(lesson.steps.reduce((sum, step) => sum + step.minutes, 0), `${plan.id}: ${lesson.title}`).toBe(lesson.minutes);
        for (const step of lesson.steps) expect(step.minutes).toBeGreaterThan(0);
      }
    }
    const play = (id: string) =>
      guide.plans
        .find((plan) => plan.id === id)
        ?.lessons.flatMap((lesson) => lesson.steps)
        .filter((step) => step.title === 'Play')
        .reduce((sum, step) => sum + step.minutes, 0);
    expect(play('one-lesson')).toBe(15);
    expect(play('two-lessons')).toBe(40);
    const [one] = guide.plans[0]?.lessons ?? [];
    const afterPlay = one ? one.steps.slice(one.steps.findIndex((step) => step.title === 'Play') + 1) : [];
    expect(afterPlay.reduce((sum, step) => sum + step.minutes, 0)).toBeGreaterThanOrEqual(25);
  });

  it('names the five historical-thinking skills', () => {
    expect(guide.skills.map((skill) => skill.name)).toEqual(['Sourcing', 'Contextualisation', 'Causation', 'Counterfactual reasoning', 'Evaluating an interpretation']);
  });

  it('gives every document a date, a citation with a year, and a question', () => {
    expect(guide.documents.map((doc) => doc.id)).toEqual(['letter-to-congress', 'party-unity', 'church-valuables', 'dizzy', 'ryutin', 'order-00447']);
    for (const doc of guide.documents) {
      expect(doc.citation, doc.id).toMatch(/\b(19|20)\d\d\b/);
      expect(doc.date, doc.id).toMatch(/\b19\d\d\b/);
      expect(doc.question.length, doc.id).toBeGreaterThan(20);
      expect(doc.excerpts.length, doc.id).toBeGreaterThan(0);
    }
  });

  it('quotes documents only in wording the fact base or the story already holds; the rest is labelled paraphrase', () => {
    const sources = plain(factBase + ink);
    for (const doc of guide.documents) {
      for (const excerpt of doc.excerpts) {
        expect(['quote', 'paraphrase'], doc.id).toContain(excerpt.kind);
        // A quotation in full; inside a paraphrase, every phrase in quotation marks.
        const quoted = excerpt.kind === 'quote' ? [excerpt.text] : [...excerpt.text.matchAll(/“([^”]+)”/g)].map((match) => match[1] ?? '');
        for (const words of quoted) expect(sources, `${doc.id}: ${words}`).toContain(plain(words));
      }
    }
  });

  it('asks the worksheet about decisions the story has', () => {
    const decisions = new Set(readdirSync(new URL('data/decisions/', storyRoot)).map((name) => name.replace(/\.json$/, '')));
    for (const row of guide.worksheet.decisions) expect(decisions, row.id).toContain(row.id);
  });
});

describe('the content notes', () => {
  it('come before chapters the story has: the famine, the Terror, and the counterfactual chapters that show them', () => {
    const noted = contentNotes.notes.flatMap((note) => note.chapters);
    for (const chapter of noted) expect(chapters, chapter).toContain(chapter);
    expect(noted).toEqual(expect.arrayContaining(['famine', 'great-terror', 'bukharin-famine', 'bukharin-terror', 'collective-harvest', 'collective-police']));
    // One note per chapter.
    expect(new Set(noted).size).toBe(noted.length);
  });

  it('are due once per playthrough: a note shown for one of its chapters is not shown again for another', () => {
    const notes = contentNotes.notes;
    expect(noteDue(notes, 'famine', new Set())?.id).toBe('famine');
    expect(noteDue(notes, 'bukharin-famine', new Set(['famine']))).toBeNull();
    expect(noteDue(notes, 'great-terror', new Set(['famine']))?.id).toBe('terror');
    expect(noteDue(notes, 'tenth-congress', new Set())).toBeNull();
  });
});

describe('teacher mode', () => {
  it('is off by default, with sound off too, and survives a save and a load', () => {
    expect(defaults()).toMatchObject({ muted: true, teacherMode: false });
    const store = new MemoryStore();
    expect(loadSettings(store)).toMatchObject({ muted: true, teacherMode: false });
    saveSettings(store, { ...defaults(), muted: false, teacherMode: true });
    expect(loadSettings(store)).toMatchObject({ muted: false, teacherMode: true });
  });

  it('ignores a malformed setting', () => {
    const store = new MemoryStore();
    store.set('settings', JSON.stringify({ teacherMode: 'yes', muted: 0 }));
    expect(loadSettings(store)).toMatchObject({ muted: true, teacherMode: false });
  });

  it('builds an answer key, marked for the contract, only in teacher mode', () => {
    expect(answersShown({ teacherMode: false })).toBe(false);
    expect(answersShown({ teacherMode: true })).toBe(true);
    let built = 0;
    const build = () => {
      built += 1;
      return { dataset: {} as Record<string, string> } as unknown as HTMLElement;
    };
    expect(answerKey({ teacherMode: false }, build)).toBeNull();
    expect(built).toBe(0);
    expect(answerKey({ teacherMode: true }, build)?.dataset.testid).toBe('answer');
    expect(built).toBe(1);
  });
});
