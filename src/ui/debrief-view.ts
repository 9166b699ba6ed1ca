import type { Debrief } from '../narrative/debrief';
import { debriefAsText } from '../narrative/debrief-text';
import '../styles/debrief.css';
import { ArgumentsShown, renderEntry, renderSkipped } from './debrief-entries';
import { furtherAsText, renderFurther } from './debrief-further';
import { renderSummary } from './debrief-summary';
import { h } from './dom';
import { qrSvg } from './qr';

export interface DebriefActions {
  replayFrom(turn: number): void;
  openMap(): void;
  restart(): void;
  /** Copies text to the clipboard; resolves false where the browser refuses. */
  copy(text: string): Promise<boolean>;
  /** The sentence the player wrote on stepping out of the role, and where to keep it as they type. */
  reflection: string;
  setReflection(text: string): void;
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

function takeToClass(debrief: Debrief, runCode: string, link: string, actions: DebriefActions, reflection: HTMLTextAreaElement): HTMLElement {
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
  return h(
    'section',
    { class: 'debrief__part debrief__class', 'aria-labelledby': 'class-heading-debrief' },
    h('h2', { id: 'class-heading-debrief' }, 'Take it to class'),
    h(
      'div',
      { class: 'run-code-box' },
      qrSvg(link, `QR code that opens this debrief: ${runCode}`),
      h(
        'div',
        {},
        h('p', {}, 'Your run code:'),
        h('p', {}, h('code', { class: 'run-code', 'data-testid': 'run-code' }, runCode)),
        h('p', { class: 'argument__meta' }, 'Your teacher can paste it into the class view; the QR code opens this debrief.'),
      ),
    ),
    h('div', { class: 'end-actions no-print' }, copy, print, map, again),
    status,
  );
}

/**
 * Renders the debrief model in three layers: the run on one screen, a closed card per decision, and
 * Go further. All judgement lives in src/narrative/debrief.ts.
 */
export function renderDebrief(host: HTMLElement, debrief: Debrief, runCode: string, link: string, actions: DebriefActions): void {
  const shown = new ArgumentsShown();
  const { section: stepOutSection, reflection } = stepOut(actions);
  host.classList.add('debrief--layered');
  host.replaceChildren(
    renderSummary(debrief),
    h(
      'section',
      { class: 'debrief__part', 'aria-labelledby': 'cards-heading' },
      h('h2', { id: 'cards-heading' }, 'Your decisions, card by card'),
      stepOutSection,
      h(
        'div',
        { class: 'cards' },
        ...debrief.timeline.map((item) =>
          item.kind === 'taken' ? renderEntry(item, debrief.entries.indexOf(item), shown, debrief.divergedAt, actions.replayFrom) : renderSkipped(item),
        ),
      ),
    ),
    renderFurther(debrief),
    takeToClass(debrief, runCode, link, actions, reflection),
  );
  followInPageLinks(host);
}
