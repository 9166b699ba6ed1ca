import type { CompiledStory } from '../narrative/engine';
import type { Decision, Ending } from '../narrative/catalogue';
import { decodeRun } from '../narrative/run-code';
import { h } from './dom';

/**
 * The teacher's view (the page's #class): paste the class's run codes, see how many took each option
 * at each decision, and which codes could not be read and why.
 */
export function renderClassView(host: HTMLElement, story: CompiledStory, decisions: ReadonlyMap<string, Decision>, endings: ReadonlyMap<string, Ending>): void {
  const field = h('textarea', { id: 'class-codes', 'data-testid': 'class-codes', spellcheck: 'false', 'aria-describedby': 'class-help' });
  const results = h('div', { 'data-testid': 'class-results', 'aria-live': 'polite' });
  const show = h('button', { type: 'button', class: 'button button--primary' }, 'Show the class’s choices');
  show.addEventListener('click', () => results.replaceChildren(...tally(field.value, story, decisions, endings)));
  host.replaceChildren(
    h('h2', { id: 'class-heading' }, 'Class view'),
    h('p', { id: 'class-help' }, 'Paste your students’ run codes below, one per line or separated by spaces, then show the results.'),
    h('label', { for: 'class-codes', class: 'visually-hidden' }, 'Run codes'),
    field,
    h('div', { class: 'end-actions' }, show, h('a', { href: '#', class: 'button' }, 'Back to the game')),
    results,
  );
}

function tally(input: string, story: CompiledStory, decisions: ReadonlyMap<string, Decision>, endings: ReadonlyMap<string, Ending>): HTMLElement[] {
  const codes = input.split(/[\s,;]+/).filter(Boolean);
  const counts = new Map<string, Map<string, number>>();
  const problems: string[] = [];
  const reached = new Map<string, number>();
  let read = 0;
  for (const code of codes) {
    const run = decodeRun(story, code);
    if (!run.ok) {
      problems.push(run.message);
      continue;
    }
    read += 1;
    const ending = run.engine.current.status.ending;
    if (ending) reached.set(ending, (reached.get(ending) ?? 0) + 1);
    for (const taken of run.engine.decisions) {
      const options = counts.get(taken.decision) ?? new Map<string, number>();
      options.set(taken.option, (options.get(taken.option) ?? 0) + 1);
      counts.set(taken.decision, options);
    }
  }
  const tables = [...decisions.values()]
    .filter((decision) => counts.has(decision.id))
    .map((decision) => {
      const options = counts.get(decision.id) ?? new Map<string, number>();
      return h(
        'table',
        { 'data-decision': decision.id },
        h('caption', {}, `${decision.years} · ${decision.title}`),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Option'), h('th', { scope: 'col' }, 'Students'))),
        h(
          'tbody',
          {},
          ...[...options.entries()].map(([option, count]) =>
            h('tr', { 'data-option': option }, h('td', {}, decision.options[option] ?? option), h('td', {}, String(count))),
          ),
        ),
      );
    });
  const endingTable = h(
    'table',
    { 'data-endings': 'true' },
    h('caption', {}, 'Endings reached'),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Ending'), h('th', { scope: 'col' }, 'Students'))),
    h('tbody', {}, ...[...reached.entries()].map(([id, count]) => h('tr', { 'data-ending': id }, h('td', {}, endings.get(id)?.title ?? id), h('td', {}, String(count))))),
  );
  return [
    h('p', {}, `${read} of ${codes.length} run code${codes.length === 1 ? '' : 's'} read.`),
    ...(reached.size > 0 ? [endingTable] : []),
    ...tables,
    ...(problems.length > 0 ? [h('h3', {}, 'Codes that could not be read'), h('ul', {}, ...problems.map((problem) => h('li', {}, problem)))] : []),
  ];
}
