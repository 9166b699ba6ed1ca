import '../styles/map.css';
import type { MapLane } from '../narrative/story-map';
import { h } from './dom';

/** How the map marks an option or an ending: filled (explored, or taken by the class), with a note. */
export interface MapMarks {
  option(id: string): { filled: boolean; note?: string };
  ending(id: string): { filled: boolean; note?: string };
}

/**
 * The story drawn as a map: one lane per course (history's own first, then each course the player's
 * choices can open, with the option it branches from), its decisions in story order and its endings.
 * What really happened is outlined in red on every lane, a ghost of history's line; the marks fill in
 * what this browser has explored, or lay the class's shares on the same map.
 */
export function renderStoryMap(lanes: readonly MapLane[], marks: MapMarks, headingLevel: 'h3' | 'h4' = 'h3'): HTMLElement {
  const labels = new Map(lanes.flatMap((lane) => lane.decisions.flatMap((entry) => entry.options.map((option) => [option.id, option.label] as const))));
  const titles = new Map(lanes.map((lane) => [lane.course, lane.title]));
  return h(
    'div',
    { class: 'story-map' },
    h(
      'p',
      { class: 'story-map__legend' },
      h('span', { class: 'map-key map-key--filled', 'aria-hidden': 'true' }),
      ' taken  ',
      h('span', { class: 'map-key map-key--actual', 'aria-hidden': 'true' }),
      ' what really happened  ',
      '↳ opens another course',
    ),
    ...lanes.map((lane) =>
      h(
        'section',
        { class: `map-lane map-lane--${lane.course === 'history' ? 'history' : 'course'}`, 'data-course': lane.course },
        h(headingLevel, { class: 'map-lane__title' }, lane.title),
        lane.from ? h('p', { class: 'map-lane__from' }, `Branches off at: “${labels.get(lane.from) ?? lane.from}”`) : null,
        h(
          'ol',
          { class: 'map-lane__steps' },
          ...lane.decisions.map(({ decision, options }) =>
            h(
              'li',
              { class: 'map-decision', 'data-decision': decision.id },
              h('p', { class: 'map-decision__title' }, `${decision.years} · ${decision.title}`),
              h(
                'ul',
                { class: 'map-options' },
                ...options.map((option) => {
                  const mark = marks.option(option.id);
                  return h(
                    'li',
                    {
                      class: 'map-option',
                      'data-option': option.id.slice(decision.id.length + 1),
                      'data-explored': mark.filled ? 'true' : 'false',
                      'data-actual': option.actual ? 'true' : undefined,
                    },
                    option.label,
                    mark.note ? h('span', { class: 'map-option__note' }, ` ${mark.note}`) : null,
                    option.opens ? h('span', { class: 'map-option__opens' }, ` ↳ ${titles.get(option.opens) ?? option.opens}`) : null,
                    h('span', { class: 'visually-hidden' }, `${option.actual ? ' (what really happened)' : ''}${mark.filled ? ' (taken)' : ''}`),
                  );
                }),
              ),
            ),
          ),
          ...lane.endings.map((ending) => {
            const mark = marks.ending(ending.id);
            return h(
              'li',
              { class: 'map-decision map-ending', 'data-ending': ending.id, 'data-explored': mark.filled ? 'true' : 'false' },
              h('p', { class: 'map-decision__title' }, 'Ending'),
              h('p', { class: 'map-ending__title' }, ending.title, mark.note ? ` ${mark.note}` : '', h('span', { class: 'visually-hidden' }, mark.filled ? ' (reached)' : '')),
            );
          }),
        ),
      ),
    ),
  );
}

/** The branch map a student opens from the debrief: the story map, filled in with what this browser has explored. */
export function renderBranchMap(host: HTMLElement, lanes: readonly MapLane[], marks: MapMarks, onClose: () => void): void {
  const close = h('button', { type: 'button', class: 'button' }, 'Close the map');
  close.addEventListener('click', onClose);
  const options = lanes.flatMap((lane) => lane.decisions.flatMap((entry) => entry.options));
  const seen = new Set(options.filter((option) => marks.option(option.id).filled).map((option) => option.id)).size;
  const total = new Set(options.map((option) => option.id)).size;
  host.replaceChildren(
    h('h2', { id: 'map-heading' }, 'Branch map'),
    h('p', {}, `Each row is a course the story can take. Filled boxes are the options you have taken in this browser, in finished games: ${seen} of ${total} so far.`),
    renderStoryMap(lanes, marks),
    close,
  );
}
