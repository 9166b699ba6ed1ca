import type { EssayError } from '../narrative/catalogue';
import type { Debrief, DebriefEntry, Side } from '../narrative/debrief';
import { h } from './dom';

const SIDE_LABEL: Readonly<Record<Side, string>> = {
  lenin: 'You took Lenin’s own line against the majority',
  majority: 'You went with the majority, as history went',
  both: 'You went with the majority, which here was Lenin’s own line too',
  other: 'You took neither the majority’s line nor Lenin’s',
};

const READING_LABEL = { continuity: 'continuity', betrayal: 'betrayal', mixed: 'both continuity and betrayal' } as const;

function point(entry: DebriefEntry): HTMLElement | null {
  if (!entry.reading) return null;
  return h(
    'li',
    { class: `point point--${entry.reading.reading}`, 'data-decision': entry.decision },
    h('strong', {}, `${entry.title}: `),
    `the essay sees ${READING_LABEL[entry.reading.reading]}. ${entry.reading.essay} `,
    h('em', {}, `${SIDE_LABEL[entry.side]}.`),
  );
}

/** "Did Stalin betray Lenin's legacy?": the player's choices as evidence, beside the essay's verdict. */
export function renderVerdict(debrief: Debrief): HTMLElement {
  const points = debrief.entries.map(point).filter((item): item is HTMLElement => item !== null);
  const { lenin, majority, both, other } = debrief.sides;
  return h(
    'section',
    { class: 'debrief__part', 'aria-labelledby': 'verdict-heading' },
    h('h2', { id: 'verdict-heading' }, 'The essay’s question: did Stalin betray Lenin’s legacy?'),
    h(
      'p',
      {},
      `Take your own choices as evidence. Where the majority’s line was also Lenin’s (${both} of your decisions), you saw continuity from the inside. `,
      `Where they parted, you stood with Lenin’s position ${lenin} time${lenin === 1 ? '' : 's'} and with the majority ${majority} time${majority === 1 ? '' : 's'}; `,
      `${other} time${other === 1 ? '' : 's'} you took a third road.`,
    ),
    h('ul', { class: 'points' }, ...points),
    h('h3', {}, 'The essay’s own verdict'),
    h('p', {}, debrief.verdict.essay),
    h('h3', {}, 'What historians say'),
    ...debrief.verdict.schools.map((school) => h('p', {}, h('strong', {}, `${school.who} (${school.names}): `), school.view)),
    h('p', { class: 'debrief__invite' }, debrief.verdict.invitation),
  );
}

function renderError(error: EssayError): HTMLElement {
  return h(
    'li',
    { class: 'essay-error', 'data-error': error.id },
    h('blockquote', {}, h('q', {}, error.quote), h('span', { class: 'argument__meta' }, ' — the essay')),
    h('p', {}, h('strong', {}, 'Your task: '), error.task),
    h(
      'details',
      {},
      h('summary', {}, 'Show the answer'),
      h('p', {}, h('span', { class: `status status--${error.status}` }, error.status === 'error' ? 'Error' : error.status === 'contested' ? 'Contested' : 'Unverified'), ' ', error.answer),
    ),
  );
}

/** Reading the essay critically: its slips and contestable claims, each a task with its answer one click away. */
export function renderEssayErrors(errors: readonly EssayError[]): HTMLElement {
  return h(
    'section',
    { class: 'debrief__part', 'aria-labelledby': 'errors-heading' },
    h('h2', { id: 'errors-heading' }, 'Reading the essay critically'),
    h('p', {}, 'Like most essays, this one has slips, and some of its claims are disputed. Find what is wrong or contested in each passage before you open the answer.'),
    h('ol', { class: 'essay-errors' }, ...errors.map(renderError)),
  );
}
