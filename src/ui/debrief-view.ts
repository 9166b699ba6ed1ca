import type { Argument } from '../narrative/catalogue';
import type { Debrief, DebriefEntry } from '../narrative/debrief';
import { h } from './dom';

export interface DebriefActions {
  replayFrom(turn: number): void;
  openMap(): void;
  restart(): void;
}

function formatDate(date: string): string {
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
      argument.essayPhrase ? ' The essay: ' : '',
      argument.essayPhrase ? h('q', {}, argument.essayPhrase) : '',
    ),
    h('p', { class: 'argument__meta' }, sourceLine(argument.source)),
    argument.counter ? h('p', { class: 'argument__meta' }, `The essay’s own counter-point: ${argument.counter}`) : null,
  );
}

function renderEntry(entry: DebriefEntry, index: number, actions: DebriefActions): HTMLElement {
  const replay = h('button', { type: 'button', class: 'button', 'data-testid': 'replay-from' }, 'Choose again from here');
  replay.addEventListener('click', () => actions.replayFrom(entry.turn));
  return h(
    'article',
    { class: 'entry', 'data-testid': 'debrief-entry', 'data-decision': entry.decision, 'data-option': entry.option },
    h(
      'div',
      { class: 'entry__head' },
      h('h3', {}, `${index + 1}. ${entry.year ?? ''} · ${entry.title}`),
      h(
        'span',
        { class: entry.actual ? 'verdict verdict--actual' : 'verdict verdict--diverged' },
        entry.actual ? 'As history went' : 'You diverged here',
      ),
    ),
    h('p', {}, h('strong', {}, 'The question: '), entry.question),
    h(
      'div',
      { class: 'entry__cols' },
      h(
        'div',
        {},
        h('h4', {}, 'Your choice'),
        h('p', {}, entry.choiceText),
        entry.reason ? h('p', {}, h('em', {}, `Your reason: ${entry.reason}`)) : null,
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
    h('p', {}, h('strong', {}, 'For discussion: '), entry.questionForClass),
    replay,
  );
}

/** Renders the debrief model; all judgement lives in src/narrative/debrief.ts. */
export function renderDebrief(host: HTMLElement, debrief: Debrief, runCode: string, actions: DebriefActions): void {
  const map = h('button', { type: 'button', class: 'button' }, 'Open the branch map');
  map.addEventListener('click', () => actions.openMap());
  const again = h('button', { type: 'button', class: 'button button--primary' }, 'Play again');
  again.addEventListener('click', () => actions.restart());
  const total = debrief.entries.length;
  host.replaceChildren(
    h('h2', { id: 'debrief-heading', tabindex: '-1' }, 'Debrief'),
    h(
      'div',
      { class: 'debrief__intro' },
      h(
        'p',
        {},
        'You played a fictional member of the party leadership. The people around you were real, and many of them were later shot in the Terror of 1936–38. Step out of the role now and look at what you chose.',
      ),
      h(
        'p',
        {},
        total === 0
          ? 'You took no historical decision in this playthrough.'
          : `You took ${total} historical decision${total === 1 ? '' : 's'}; ${debrief.matched} matched what really happened.`,
      ),
      h('p', {}, 'Your run code: ', h('code', { class: 'run-code', 'data-testid': 'run-code' }, runCode)),
    ),
    ...debrief.entries.map((entry, index) => renderEntry(entry, index, actions)),
    h('div', { class: 'end-actions' }, map, again),
  );
}
