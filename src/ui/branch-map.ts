import type { Decision, Ending } from '../narrative/catalogue';
import { h } from './dom';
import type { ExploredOptions } from './explored';

/** The map of every decision and option, marking those this browser has explored. */
export function renderBranchMap(
  host: HTMLElement,
  decisions: ReadonlyMap<string, Decision>,
  endings: ReadonlyMap<string, Ending>,
  explored: ExploredOptions,
  onClose: () => void,
): void {
  const close = h('button', { type: 'button', class: 'button' }, 'Close the map');
  close.addEventListener('click', onClose);
  let seen = 0;
  let total = 0;
  const rows = [...decisions.values()].map((decision) => {
    const options = Object.entries(decision.options);
    const items = options.map(([option, label]) => {
      const done = explored.has(decision.id, option);
      total += 1;
      if (done) seen += 1;
      return h(
        'li',
        { class: 'map-option', 'data-option': option, 'data-explored': done ? 'true' : 'false' },
        label,
        h('span', { class: 'visually-hidden' }, done ? ' (explored)' : ' (not yet explored)'),
      );
    });
    return h(
      'div',
      { class: 'map-decision', 'data-decision': decision.id },
      h('h3', {}, `${decision.years} · ${decision.title}`),
      items.length > 0
        ? h('ul', { class: 'map-options' }, ...items)
        : h('p', { class: 'argument__meta' }, 'This decision is not yet playable in this version of the game.'),
    );
  });
  const reached = [...endings.values()].map((ending) =>
    h(
      'li',
      { class: 'map-option', 'data-ending': ending.id, 'data-explored': explored.hasEnding(ending.id) ? 'true' : 'false' },
      h('strong', {}, ending.title),
      h('span', { class: 'visually-hidden' }, explored.hasEnding(ending.id) ? ' (reached)' : ' (not yet reached)'),
      h('br'),
      h('span', { class: 'map-how' }, ending.how),
    ),
  );
  host.replaceChildren(
    h('h2', { id: 'map-heading' }, 'Branch map'),
    h('p', {}, `Filled boxes are options you have taken in this browser: ${seen} of ${total} so far.`),
    ...rows,
    h('h3', {}, 'Endings'),
    h('ul', { class: 'map-options map-endings' }, ...reached),
    close,
  );
}
