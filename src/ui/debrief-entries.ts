import type { Route } from '../narrative/engine';
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

/** Links to the essay's lines: each `#essay-L<n>` opens the essay at line n, named by `data-line`. */
export function essayLink(lines: readonly number[], testid = true): HTMLElement {
  const links = lines.flatMap((n, index) => [
    index === 0 ? '' : ', ',
    h('a', { href: `#essay-L${n}`, class: 'essay-link', 'data-testid': testid ? 'essay-link' : undefined, 'data-line': n, 'aria-label': `essay, line ${n}` }, String(n)),
  ]);
  return h('span', { class: 'essay-links' }, lines.length === 1 ? 'line ' : 'lines ', ...links);
}

/** The catalogue writes "—" where the essay cites none of its numbered sources, sometimes with a note. */
function sourceLine(source: string): string {
  const text = source.trim();
  if (!text.startsWith('—')) return `The essay leans on: ${text}.`;
  const note = text.slice(1).trim();
  return note ? `The essay cites none of its numbered sources here ${note}.` : 'The essay cites none of its numbered sources here.';
}

/**
 * Arguments shown in full once on the page; after that a card names them and points back, so no text
 * appears twice. One tracker per rendering of the debrief.
 */
export class ArgumentsShown {
  private readonly where = new Map<string, string>();

  render(argument: Argument, entry: DebriefEntry): HTMLElement {
    const touched = entry.optionArgs.includes(argument.id) ? h('span', { class: 'argument__yours' }, ' · your choice touches this') : null;
    const seen = this.where.get(argument.id);
    if (seen) {
      return h(
        'div',
        { class: 'argument argument--again', 'data-arg': argument.id },
        h('p', {}, h('strong', {}, argument.title), touched, ' — ', h('a', { href: `#${seen}` }, `set out under ${this.titleOf(seen)}`)),
      );
    }
    const id = `arg-${argument.id}`;
    this.where.set(argument.id, id);
    this.titles.set(id, entry.card.label);
    return h(
      'div',
      { class: 'argument', 'data-arg': argument.id, id },
      h('p', { class: 'argument__title' }, argument.title, touched),
      h('p', {}, argument.claim, argument.essayPhrase ? ' In the essay’s words: ' : '', argument.essayPhrase ? h('q', {}, argument.essayPhrase) : '', ' ', essayLink(argument.lines, false)),
      h('p', { class: 'argument__meta' }, sourceLine(argument.source)),
      argument.counter ? h('p', { class: 'argument__meta' }, h('strong', {}, 'The essay’s own counter-point: '), argument.counter) : null,
      argument.note ? h('p', { class: 'argument__note' }, h('strong', {}, 'The game’s note, not the essay’s: '), argument.note) : null,
    );
  }

  private readonly titles = new Map<string, string>();

  private titleOf(id: string): string {
    return `“${this.titles.get(id) ?? 'an earlier decision'}”`;
  }
}

const VERDICT = {
  actual: ['verdict verdict--actual', 'As history went'],
  diverged: ['verdict verdict--diverged', 'You diverged here'],
  left: ['verdict verdict--diverged', 'Your line left history here'],
} as const;

/** The game's guess at Lenin's line, labelled as the game's, with the texts it rests on. */
function leninLine(entry: DebriefEntry): HTMLElement | null {
  if (!entry.reading) return null;
  if (!entry.leninLine) return h('p', {}, h('strong', {}, 'Lenin’s line? The game names none: '), entry.reading.leninWhy);
  return h(
    'p',
    {},
    h('strong', {}, `Lenin’s line? The game’s guess, from ${entry.leninLine.texts}: `),
    `“${entry.leninLine.label}”. `,
    entry.reading.leninWhy,
  );
}

/**
 * One decision the player took, as a card closed by default: the choice and reason, what really
 * happened, the essay's argument in one sentence with its line. Opened: the arguments, Lenin's line
 * (the game's guess), another reading, historians, a question, and Choose again from here.
 */
export function renderEntry(entry: DebriefEntry, index: number, shown: ArgumentsShown, divergedAt: string | null, replayFrom: (turn: number) => void): HTMLElement {
  const replay = h('button', { type: 'button', class: 'button no-print', 'data-testid': 'replay-from' }, 'Choose again from here');
  replay.addEventListener('click', () => replayFrom(entry.turn));
  const [verdictClass, verdictText] = VERDICT[entry.decision === divergedAt ? 'left' : entry.actual ? 'actual' : 'diverged'];
  const essay = entry.card.essay;
  return h(
    'article',
    { class: 'card', 'data-testid': 'debrief-entry', 'data-decision': entry.decision, 'data-option': entry.option, id: `entry-${entry.decision}` },
    h('div', { class: 'card__head' }, h('h3', {}, `${index + 1}. ${entry.history.date.slice(0, 4)} · ${entry.title}`), h('span', { class: verdictClass }, verdictText)),
    h('p', {}, h('strong', {}, 'You: '), entry.choiceText, entry.reason ? h('em', { class: 'card__reason' }, ` Your reason: ${entry.reason}`) : null),
    h('p', {}, h('strong', {}, 'What really happened: '), entry.card.happened),
    h(
      'p',
      { class: essay.applied ? 'card__essay card__essay--applied' : 'card__essay' },
      h('strong', {}, essay.applied ? 'The game, applying the essay: ' : 'The essay: '),
      essay.text,
      ' ',
      essayLink(essay.lines),
    ),
    h(
      'details',
      { class: 'card__more' },
      h('summary', {}, 'More: arguments, historians, question'),
      h('h4', {}, 'What the essay argues about this decision'),
      ...entry.args.map((argument) => shown.render(argument, entry)),
      leninLine(entry),
      entry.reading ? h('p', {}, h('strong', {}, 'Another reading: '), entry.reading.counter) : null,
      entry.historians.length > 0 ? h('h4', {}, 'Historians') : null,
      entry.historians.length > 0 ? h('ul', { class: 'card__historians' }, ...entry.historians.map((historian) => h('li', {}, h('strong', {}, `${historian.who}: `), historian.view))) : null,
      h('p', { class: 'card__discuss' }, h('strong', {}, 'For discussion: '), entry.questionForClass),
      replay,
    ),
  );
}

/** A decision the player's course (or the lesson route) never met: what happened at that point in history. */
export function renderSkipped(entry: SkippedEntry, route: Route): HTMLElement {
  return h(
    'article',
    { class: 'card card--skipped', 'data-testid': 'debrief-skipped', 'data-decision': entry.decision },
    h('div', { class: 'card__head' }, h('h3', {}, `${entry.history.date.slice(0, 4)} · ${entry.title}`), h('span', { class: 'verdict' }, route === 'lesson' ? 'Passed over on the lesson route' : 'Not on your course')),
    h('p', {}, h('strong', {}, 'What really happened: '), entry.card.happened),
  );
}
