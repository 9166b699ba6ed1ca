import type { Debrief } from '../narrative/debrief';
import { debriefAsText } from '../narrative/debrief-text';
import '../styles/debrief.css';
import { ArgumentsShown, renderEntry, renderSkipped } from './debrief-entries';
import { furtherAsText, renderFurther } from './debrief-further';
import { renderSummary } from './debrief-summary';
import { h } from './dom';
import { lazyQr } from './qr';

export interface DebriefActions {
  replayFrom(turn: number): void;
  openMap(): void;
  restart(): void;
  /** Copies text to the clipboard; resolves false where the browser refuses. */
  copy(text: string): Promise<boolean>;
  /** The sentence the player wrote on stepping out of the role, and where to keep it as they type. */
  reflection: string;
  setReflection(text: string): void;
  /** Teacher mode (switched on the teacher's page): the answer keys are built into the page. */
  teacherMode: boolean;
}

/** Step out of the role, with a question to answer in a sentence (never required; copied with the text). */
function stepOut(actions: DebriefActions): { section: HTMLElement; reflection: HTMLTextAreaElement } {
  const reflection = h('textarea', { id: 'reflection', class: 'reflection', rows: '2', maxlength: '300', 'data-testid': 'reflection' });
  reflection.value = actions.reflection;
  // Saved as it is typed: the sentence survives a reload, and is printed and copied with the debrief.
  reflection.addEventListener('input', () => actions.setReflection(reflection.value));
  const section = h(
    'div',
    { class: 'step-out' },
    h('h3', {}, 'Step out of the role'),
    h(
      'p',
      {},
      'Your character was invented. The people around you were real, and most of them were shot in the Terror of 1936–38.',
    ),
    h('label', { for: 'reflection', class: 'debrief__question' }, 'In one sentence: what were you trying to achieve? (optional)'),
    reflection,
  );
  return { section, reflection };
}

/** In-page links (a turning point, an argument set out on another card) open the card they point to. */
function followInPageLinks(host: HTMLElement): void {
  if (host.dataset.inPageLinks) return;
  host.dataset.inPageLinks = 'on';
  host.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest?.('a[href^="#entry-"], a[href^="#arg-"]');
    if (!link) return;
    const target = host.querySelector<HTMLElement>(link.getAttribute('href') ?? '');
    if (!target) return;
    event.preventDefault();
    for (let open = target.closest('details'); open; open = open.parentElement?.closest('details') ?? null) open.open = true;
    const focus = target.querySelector<HTMLElement>('h3') ?? target;
    focus.setAttribute('tabindex', '-1');
    focus.scrollIntoView({ block: 'start' });
    focus.focus({ preventScroll: true });
  });
}

/** The run code, its QR code (which opens the run's debrief) and a line on what to do with them. */
function runCodeBox(runCode: string, linkTo: (code: string) => string): HTMLElement {
  return h(
    'div',
    { class: 'run-code-box' },
    lazyQr(linkTo(runCode), `QR code that opens this debrief: ${runCode}`),
    h(
      'div',
      {},
      h('p', {}, 'Your run code:'),
      h('p', {}, h('code', { class: 'run-code', 'data-testid': 'run-code' }, runCode)),
      h('p', { class: 'argument__meta' }, 'Your teacher can paste it into the class board; the QR code opens this debrief.'),
    ),
  );
}

function takeToClass(debrief: Debrief, codes: RunCodes, linkTo: (code: string) => string, actions: DebriefActions, reflection: HTMLTextAreaElement): HTMLElement {
  let runCode = codes.plain;
  const status = h('p', { class: 'argument__meta', role: 'status' });
  const copy = h('button', { type: 'button', class: 'button' }, 'Copy as text');
  copy.addEventListener('click', () => {
    void actions.copy(debriefAsText(debrief, runCode, reflection.value, furtherAsText(debrief))).then((ok) => {
      status.textContent = ok ? 'The debrief is on your clipboard.' : 'The browser would not copy: select the run code and copy it by hand.';
    });
  });
  const print = h('button', { type: 'button', class: 'button' }, 'Print or save as PDF');
  print.addEventListener('click', () => window.print());
  const map = h('button', { type: 'button', class: 'button' }, 'Open the branch map');
  map.addEventListener('click', () => actions.openMap());
  const again = h('button', { type: 'button', class: 'button button--primary' }, 'Play again');
  again.addEventListener('click', () => actions.restart());
  let box = runCodeBox(runCode, linkTo);
  // A student may choose to share their reasons with the class board: a longer code, still one QR code.
  const withReasons = codes.withReasons;
  const share = withReasons
    ? h('input', { type: 'checkbox', id: 'share-reasons', class: 'share-reasons__box', 'data-testid': 'share-reasons' })
    : null;
  share?.addEventListener('change', () => {
    runCode = share.checked ? withReasons ?? codes.plain : codes.plain;
    const next = runCodeBox(runCode, linkTo);
    box.replaceWith(next);
    box = next;
  });
  return h(
    'section',
    { class: 'debrief__part debrief__class', 'aria-labelledby': 'class-heading-debrief' },
    h('h2', { id: 'class-heading-debrief' }, 'Take it to class'),
    box,
    share
      ? h('p', { class: 'share-reasons no-print' }, share, h('label', { for: 'share-reasons' }, ' Put my reasons into my run code, so the class board can show why I chose as I did (a longer code)'))
      : null,
    h('div', { class: 'end-actions no-print' }, copy, print, map, again),
    status,
  );
}

/** The run code as it is, and with the player's reasons in it (null where there are none). */
export interface RunCodes {
  plain: string;
  withReasons: string | null;
}

/**
 * Renders the debrief model in three layers: the run on one screen, a closed card per decision, and
 * Go further; then the part to take to class. All judgement lives in src/narrative/debrief.ts. It
 * pauses after each part (and between drawing the first layer and showing it), so that a caller can
 * build the parts in separate tasks (game.ts): the last choice's click would otherwise hold the page
 * for the whole debrief.
 */
export function* renderDebrief(host: HTMLElement, debrief: Debrief, codes: RunCodes, linkTo: (code: string) => string, actions: DebriefActions): Generator<void, void, void> {
  const shown = new ArgumentsShown();
  const { section: stepOutSection, reflection } = stepOut(actions);
  const summary = renderSummary(debrief);
  yield;
  host.classList.add('debrief--layered');
  followInPageLinks(host);
  host.replaceChildren(summary);
  // Laid out now, in this step's task: left to the next frame, its layout would land in the frame of
  // the stage's last scene turning in, and make that frame too long.
  host.getBoundingClientRect();
  yield;
  const cards = h('div', { class: 'cards' });
  host.append(h('section', { class: 'debrief__part', 'aria-labelledby': 'cards-heading' }, h('h2', { id: 'cards-heading' }, 'Your decisions, card by card'), stepOutSection, cards));
  // A card at a time: laying out a dozen at once is itself a long task on a slow laptop.
  for (const item of debrief.timeline) {
    yield;
    cards.append(item.kind === 'taken' ? renderEntry(item, debrief.entries.indexOf(item), shown, debrief.divergedAt, actions.replayFrom) : renderSkipped(item, debrief.route));
  }
  yield;
  host.append(renderFurther(debrief, actions.teacherMode));
  yield;
  host.append(takeToClass(debrief, codes, linkTo, actions, reflection));
}
