import furtherData from '../../story/data/go-further.json';
import type { EssayError } from '../narrative/catalogue';
import type { Debrief } from '../narrative/debrief';
import { essayLines } from '../narrative/essay';
import { h } from './dom';
import { answerKey } from './teacher-mode';

/** The essay tasks, the historians to weigh and the paragraph scaffold (story/data/go-further.json). */
export interface GoFurther {
  critique: string;
  historians: { decision: string; a: string; b: string }[];
  weigh: string;
  paragraph: [string, string][];
}

export const goFurther = furtherData as GoFurther;

/** The essay line on which a quotation stands (the first, where it recurs). */
export function lineOf(quote: string): number | null {
  const straight = (text: string) => text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'");
  const found = essayLines().find((line) => straight(line.text).includes(straight(quote)));
  return found?.n ?? null;
}

/** The pair of historians to weigh: the first pair whose decision this run took. */
export function historianPair(debrief: Debrief): { title: string; decision: string; a: string; b: string } | null {
  for (const pair of goFurther.historians) {
    const entry = debrief.entries.find((item) => item.decision === pair.decision);
    if (entry) return { ...pair, title: entry.title };
  }
  return null;
}

/** One passage to check; its answer only in teacher mode (never built in student mode, so never printed). */
function task(error: EssayError, teacherMode: boolean): HTMLElement {
  const line = lineOf(error.quote);
  return h(
    'li',
    { class: 'task', 'data-error': error.id },
    h('q', {}, error.quote),
    line ? h('span', {}, ' (', h('a', { href: `#essay-L${line}`, class: 'essay-link', 'data-line': line }, `line ${line}`), ')') : null,
    h('br'),
    error.task,
    answerKey({ teacherMode }, () => h('p', { class: 'task__answer' }, h('strong', {}, 'Answer (teacher mode): '), error.answer)),
  );
}

/** Go further: test the essay, weigh two historians, write a paragraph. */
export function renderFurther(debrief: Debrief, teacherMode: boolean): HTMLElement {
  const core = debrief.essayErrors.filter((error) => error.tier === 'core');
  const rest = debrief.essayErrors.filter((error) => error.tier !== 'core');
  const pair = historianPair(debrief);
  return h(
    'section',
    { class: 'further', 'aria-labelledby': 'further-heading' },
    h('h2', { id: 'further-heading' }, 'Go further'),
    h('h3', {}, '1. Test the essay'),
    h('p', {}, goFurther.critique, ' ', h('a', { href: '#essay' }, 'Open the essay'), '.'),
    h('ol', { class: 'tasks' }, ...core.map((error) => task(error, teacherMode))),
    h(
      'details',
      { class: 'tasks__more' },
      h('summary', {}, `${rest.length} more passages to check`),
      h('ol', { class: 'tasks' }, ...rest.map((error) => task(error, teacherMode))),
    ),
    pair
      ? h(
          'div',
          {},
          h('h3', {}, '2. Weigh two historians'),
          h('p', {}, 'Open the card “', h('a', { href: `#entry-${pair.decision}` }, pair.title), `” and compare ${pair.a} with ${pair.b}. ${goFurther.weigh}`),
        )
      : null,
    h('h3', {}, `${pair ? 3 : 2}. Write a paragraph: did Stalin betray Lenin’s legacy?`),
    h('ol', { class: 'scaffold' }, ...goFurther.paragraph.map(([step, text]) => h('li', {}, h('strong', {}, `${step}. `), text))),
    h(
      'details',
      { class: 'schools' },
      h('summary', {}, 'Three schools of historians, and the essay’s own answer'),
      ...debrief.verdict.schools.map((school) => h('p', {}, h('strong', {}, `${school.who} (${school.names}): `), school.view)),
      h('p', {}, h('strong', {}, 'The essay: '), debrief.verdict.essay),
      h('p', {}, debrief.verdict.invitation),
    ),
  );
}

/** The tasks as plain text, for "copy as text" (the tasks only: the answers stay with the teacher). */
export function furtherAsText(debrief: Debrief): { critique: string[]; weigh: string | null; paragraph: string[] } {
  const pair = historianPair(debrief);
  return {
    critique: debrief.essayErrors
      .filter((error) => error.tier === 'core')
      .map((error) => `"${error.quote}" (essay line ${lineOf(error.quote) ?? '?'}): ${error.task}`),
    weigh: pair ? `on "${pair.title}", compare ${pair.a} with ${pair.b}. ${goFurther.weigh}` : null,
    paragraph: goFurther.paragraph.map(([step, text]) => `${step}: ${text}`),
  };
}
