import type { Debrief, DebriefEntry, SkippedEntry } from '../narrative/debrief';
import { h } from './dom';
import { essayLink } from './debrief-entries';

const SVG = 'http://www.w3.org/2000/svg';

/** An SVG element; text goes in as text, never as markup. */
function s(tag: string, attributes: Record<string, string | number>, ...children: (Node | string)[]): SVGElement {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  element.append(...children);
  return element;
}

const FROM = 1921;
const TO = 1938;
const WIDTH = 600;
const LEFT = 78;
const RIGHT = 14;

/** "1925-04" → 1925.25: where on the time axis a decision falls. */
function when(date: string): number {
  const [year = FROM, month = 6] = date.split('-').map(Number);
  return year + (month - 1) / 12;
}

const x = (time: number) => LEFT + ((time - FROM) / (TO - FROM)) * (WIDTH - LEFT - RIGHT);

/** Words for a place on the scale from continuity (0) to betrayal (1). */
export function placeWords(value: number): string {
  if (value < 0.2) return 'continuity';
  if (value < 0.4) return 'mostly continuity';
  if (value <= 0.6) return 'between the two';
  if (value <= 0.8) return 'mostly betrayal';
  return 'betrayal';
}

/**
 * The line of the player's choices drawn beside history's, 1921–1938: a dot on each lane per decision,
 * joined where the player did what really happened; the player's lane turns blue and dashed where it
 * left history. Turning points are ringed and named.
 */
function drawLines(debrief: Debrief): SVGElement {
  const HISTORY = 40;
  const YOU = 100;
  const items = debrief.timeline;
  const taken = items.filter((item): item is DebriefEntry => item.kind === 'taken');
  const left = taken.find((entry) => entry.decision === debrief.divergedAt);
  const split = left ? x(when(left.history.date)) : null;
  const end = x(when(taken[taken.length - 1]?.history.date ?? `${TO}`));
  const parts: SVGElement[] = [
    s('text', { x: 0, y: HISTORY + 5, class: 'lines__lane' }, 'History'),
    s('text', { x: 0, y: YOU + 5, class: 'lines__lane' }, 'You'),
    s('line', { x1: x(FROM), x2: x(TO), y1: HISTORY, y2: HISTORY, class: 'lines__history' }),
    s('line', { x1: x(FROM), x2: split ?? end, y1: YOU, y2: YOU, class: 'lines__you' }),
  ];
  if (split !== null) parts.push(s('line', { x1: split, x2: end, y1: YOU, y2: YOU, class: 'lines__you lines__you--left' }));
  for (const year of [1921, 1924, 1927, 1930, 1934, 1938]) {
    parts.push(s('text', { x: x(year), y: 168, class: 'lines__year', 'text-anchor': 'middle' }, String(year)));
  }
  for (const item of items as readonly (DebriefEntry | SkippedEntry)[]) {
    const at = x(when(item.history.date));
    parts.push(s('circle', { cx: at, cy: HISTORY, r: 5, class: 'lines__dot' }));
    if (item.kind === 'skipped') continue;
    // Once the line has left history, no choice on it is history's, whatever it resembles.
    const withHistory = item.actual && (split === null || at < split);
    if (withHistory) parts.push(s('line', { x1: at, x2: at, y1: HISTORY, y2: YOU, class: 'lines__join' }));
    parts.push(s('circle', { cx: at, cy: YOU, r: 6, class: withHistory ? 'lines__dot' : 'lines__dot lines__dot--off' }));
  }
  debrief.turningPoints.forEach((entry, index) => {
    const at = x(when(entry.history.date));
    parts.push(s('circle', { cx: at, cy: YOU, r: 11, class: 'lines__ring' }));
    parts.push(s('text', { x: at, y: YOU + 26 + (index % 2) * 16, class: 'lines__label', 'text-anchor': index === 0 && at < 120 ? 'start' : 'middle' }, entry.card.label));
  });
  const matched = `${debrief.matched} of ${taken.length} of your decisions went as history went`;
  const leftText = left ? `; your line left history at “${left.card.label}” and ran on as a counterfactual` : '';
  return s(
    'svg',
    { viewBox: `0 0 ${WIDTH} 176`, class: 'lines', role: 'img', 'aria-label': `Your line beside history’s, 1921 to 1938: ${matched}${leftText}.` },
    ...parts,
  );
}

/** The scale from continuity to betrayal, with the player's place and the essay's. */
function drawScale(you: number, essay: number): SVGElement {
  const at = (value: number) => 10 + value * 380;
  return s(
    'svg',
    { viewBox: '0 0 400 64', class: 'scale', 'aria-hidden': 'true' },
    s('rect', { x: 10, y: 26, width: 380, height: 8, class: 'scale__bar' }),
    s('text', { x: 10, y: 60, class: 'scale__end' }, 'Continuity'),
    s('text', { x: 390, y: 60, class: 'scale__end', 'text-anchor': 'end' }, 'Betrayal'),
    s('path', { d: `M${at(essay) - 9} 4 h18 l-9 18 z`, class: 'scale__essay' }),
    s('path', { d: `M${at(you) - 9} 56 h18 l-9 -18 z`, class: 'scale__you' }),
  );
}

function turningPoint(entry: DebriefEntry, onOwnCourse: boolean): HTMLElement {
  const what = onOwnCourse
    ? ` On your own course. History: ${entry.card.went}`
    : entry.actual
      ? ` You went with the majority. ${entry.card.went}`
      : ` You broke with it. History: ${entry.card.went}`;
  return h('li', {}, h('a', { href: `#entry-${entry.decision}` }, `${entry.history.date.slice(0, 4)} · ${entry.card.label}.`), what);
}

/**
 * The debrief's first layer, "your run on one screen": the ending, the drawn line beside history's,
 * the turning points, where the player's later choices stand beside the essay, and one question.
 */
export function renderSummary(debrief: Debrief): HTMLElement {
  const { you, essay, counted } = debrief.scale;
  const leftAt = debrief.entries.find((entry) => entry.decision === debrief.divergedAt)?.turn ?? Infinity;
  const verdict =
    you === null || essay === null
      ? h('p', {}, 'None of your decisions came after Lenin left politics in March 1923, so the game does not place you.')
      : h(
          'div',
          {},
          drawScale(you, essay),
          h(
            'p',
            { class: 'summary__place' },
            h('span', { class: 'summary__you' }, `Your choices, read the essay’s way: ${placeWords(you)}.`),
            ' ',
            h('span', { class: 'summary__essay' }, `The essay, on what really happened: ${placeWords(essay)}.`),
            ' Its verdict: Stalinism was the “illegitimate offspring” of Leninism (essay, ',
            essayLink([99], false),
            ').',
          ),
          h('p', { class: 'summary__note' }, `The game’s reading, from your ${counted.length} decision${counted.length === 1 ? '' : 's'} after March 1923, when illness ended Lenin’s work.`),
        );
  return h(
    'section',
    { class: 'summary', 'data-testid': 'debrief-summary', 'aria-labelledby': 'debrief-heading' },
    h('h2', { id: 'debrief-heading', tabindex: '-1' }, 'Your run on one screen'),
    h('p', { class: 'summary__ending' }, h('strong', {}, 'Your ending: '), debrief.ending ? `${debrief.ending.title}.` : 'the story stopped.'),
    h(
      'div',
      { class: 'summary__grid' },
      h(
        'figure',
        { class: 'summary__figure' },
        drawLines(debrief),
        h('figcaption', {}, 'Joined dots: you did what history did. Blue: you broke with it. Dashed: your own, counterfactual course.'),
      ),
      h(
        'div',
        { class: 'summary__side' },
        h('h3', {}, 'Turning points'),
        h('ol', { class: 'summary__points' }, ...debrief.turningPoints.map((entry) => turningPoint(entry, entry.turn > leftAt))),
        h('h3', {}, 'Continuity or betrayal?'),
        verdict,
      ),
    ),
    h('p', { class: 'summary__question' }, h('strong', {}, 'Talk about it: '), debrief.question),
  );
}
