import type { Argument } from '../narrative/catalogue';
import type { DebriefEntry, SkippedEntry } from '../narrative/debrief';
import { h } from './dom';

/** "1922-04-03" → "3 April 1922"; "1922-04" → "April 1922". */
export function formatDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  if (!year || !month) return date;
  const when = new Date(Date.UTC(year, month - 1, day ?? 1));
  return when.toLocaleDateString('en-GB', { day: day ? 'numeric' : undefined, month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** The catalogue writes "—" where the essay cites none of its numbered sources, sometimes with a note. */
function sourceLine(source: string): string {
  const text = source.trim();
  if (!text.startsWith('—')) return `The essay leans on: ${text}.`;
  const note = text.slice(1).trim();
  return note ? `The essay cites none of its numbered sources here ${note}.` : 'The essay cites none of its numbered sources here.';
}

function renderArgument(argument: Argument): HTMLElement {
  return h(
    'div',
    { class: 'argument', 'data-arg': argument.id },
    h('p', { class: 'argument__title' }, argument.title),
    h(
      'p',
      {},
      argument.claim,
      argument.essayPhrase ? ' In the essay’s words: ' : '',
      argument.essayPhrase ? h('q', {}, argument.essayPhrase) : '',
    ),
    h('p', { class: 'argument__meta' }, sourceLine(argument.source)),
    argument.counter ? h('p', { class: 'argument__meta' }, `The essay’s own counter-point: ${argument.counter}`) : null,
  );
}

const VERDICT = {
  actual: ['verdict verdict--actual', 'As history went'],
  diverged: ['verdict verdict--diverged', 'You diverged here'],
} as const;

/** One decision the player took: their choice and reason, what really happened, the essay's arguments. */
export function renderEntry(entry: DebriefEntry, index: number, replayFrom: (turn: number) => void): HTMLElement {
  const replay = h('button', { type: 'button', class: 'button no-print', 'data-testid': 'replay-from' }, 'Choose again from here');
  replay.addEventListener('click', () => replayFrom(entry.turn));
  const [verdictClass, verdictText] = VERDICT[entry.actual ? 'actual' : 'diverged'];
  return h(
    'article',
    { class: 'entry', 'data-testid': 'debrief-entry', 'data-decision': entry.decision, 'data-option': entry.option, id: `entry-${entry.decision}` },
    h('div', { class: 'entry__head' }, h('h3', {}, `${index + 1}. ${entry.year ?? ''} · ${entry.title}`), h('span', { class: verdictClass }, verdictText)),
    h('p', {}, h('strong', {}, 'The question: '), entry.question),
    h(
      'div',
      { class: 'entry__cols' },
      h(
        'div',
        {},
        h('h4', {}, 'Your choice'),
        h('p', {}, entry.choiceText),
        h('p', { class: 'entry__reason' }, entry.reason ? h('em', {}, `Your reason: ${entry.reason}`) : 'You gave no reason.'),
      ),
      h(
        'div',
        {},
        h('h4', {}, `What really happened · ${formatDate(entry.history.date)}`),
        h('p', {}, entry.history.summary),
        ...entry.historians.map((historian) => h('p', { class: 'argument__meta' }, `${historian.who}: ${historian.view}`)),
      ),
    ),
    h('h4', {}, 'The essay’s arguments this bears on'),
    ...entry.args.map(renderArgument),
    entry.reading
      ? h(
          'p',
          { class: 'argument__meta' },
          entry.leninOption ? `Closest to Lenin’s own position: “${entry.leninOption}”. ${entry.reading.leninWhy} ` : `${entry.reading.leninWhy} `,
          `Another reading: ${entry.reading.counter}`,
        )
      : null,
    h('p', { class: 'entry__discuss' }, h('strong', {}, 'For discussion: '), entry.questionForClass),
    replay,
  );
}

/** A decision the player's course never met, with what happened at that point in history. */
export function renderSkipped(entry: SkippedEntry): HTMLElement {
  return h(
    'article',
    { class: 'entry entry--skipped', 'data-testid': 'debrief-skipped', 'data-decision': entry.decision },
    h('div', { class: 'entry__head' }, h('h3', {}, `${entry.years} · ${entry.title}`), h('span', { class: 'verdict' }, 'Not on your course')),
    h('p', {}, h('strong', {}, `What really happened · ${formatDate(entry.history.date)}: `), entry.history.summary),
    h('p', { class: 'entry__discuss' }, h('strong', {}, 'For discussion: '), entry.questionForClass),
  );
}

/** Your timeline beside history: one row per decision point, the player's line and the real one side by side. */
export function renderTimeline(timeline: readonly (DebriefEntry | SkippedEntry)[], divergedAt: string | null): HTMLElement {
  const rows = timeline.map((item) => {
    const yours =
      item.kind === 'taken'
        ? h('td', {}, h('strong', {}, item.choiceText), h('br'), h('span', { class: item.leftHistory ? 'timeline__cf' : '' }, item.ledTo))
        : h('td', { class: 'timeline__none' }, 'Your course never came to this.');
    const row = h(
      'tr',
      { class: item.kind === 'taken' && !item.actual ? 'timeline__row timeline__row--diverged' : 'timeline__row' },
      h('th', { scope: 'row' }, formatDate(item.history.date), h('br'), h('span', { class: 'timeline__title' }, item.title)),
      yours,
      h('td', {}, item.history.summary),
    );
    return item.decision === divergedAt
      ? [row, h('tr', { class: 'timeline__split' }, h('td', { colspan: '3' }, 'Here your line left history: what follows on your side is counterfactual.'))]
      : [row];
  });
  return h(
    'table',
    { class: 'timeline' },
    h('caption', { class: 'visually-hidden' }, 'Your timeline beside history'),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'When'), h('th', { scope: 'col' }, 'Your line'), h('th', { scope: 'col' }, 'What really happened'))),
    h('tbody', {}, ...rows.flat()),
  );
}
