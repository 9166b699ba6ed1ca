import type { Debrief } from '../narrative/debrief';
import { debriefAsText } from '../narrative/debrief-text';
import { renderEssayErrors, renderVerdict } from './debrief-essay';
import { renderEntry, renderSkipped, renderTimeline } from './debrief-entries';
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

/** The first screen: step out of the role, with a question to answer in a sentence (never required). */
function stepOut(debrief: Debrief, actions: DebriefActions, next: () => void): HTMLElement {
  const read = h('button', { type: 'button', class: 'button button--primary no-print' }, 'Read on');
  read.addEventListener('click', next);

  return h(
    'section',
    { class: 'debrief__intro', 'aria-labelledby': 'debrief-heading' },
    h('h2', { id: 'debrief-heading', tabindex: '-1' }, 'Debrief: step out of the role'),
    h(
      'p',
      {},
      'You played a fictional member of the party leadership. The people around you were real, and many of them — Zinoviev, Kamenev, Bukharin, Rykov and most of the Central Committee elected in 1934 — were shot in the Terror of 1936–38.',
    ),
    debrief.ending ? h('p', {}, h('strong', {}, 'Your ending: '), `${debrief.ending.title}.`) : null,
    h('label', { for: 'reflection', class: 'debrief__question' }, 'Before you read on, in one sentence: what were you trying to achieve? (optional)'),
    reflectionBox(actions),
    read,
  );
}

function reflectionBox(actions: DebriefActions): HTMLTextAreaElement {
  const box = h('textarea', { id: 'reflection', class: 'reflection', rows: '2', maxlength: '300', 'data-testid': 'reflection' });
  box.value = actions.reflection;
  box.addEventListener('input', () => actions.setReflection(box.value));
  return box;
}

function takeToClass(debrief: Debrief, runCode: string, link: string, actions: DebriefActions): HTMLElement {
  const status = h('p', { class: 'argument__meta', role: 'status' });
  const copy = h('button', { type: 'button', class: 'button' }, 'Copy as text');
  copy.addEventListener('click', () => {
    const reflection = (document.getElementById('reflection') as HTMLTextAreaElement | null)?.value ?? actions.reflection;
    void actions.copy(debriefAsText(debrief, runCode, reflection)).then((ok) => {
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
        h('p', { class: 'argument__meta' }, 'Your teacher can paste it into the class view, or scan the code to open this debrief.'),
      ),
    ),
    h('div', { class: 'end-actions no-print' }, copy, print, map, again),
    status,
  );
}

/** Renders the debrief model; all judgement lives in src/narrative/debrief.ts. */
export function renderDebrief(host: HTMLElement, debrief: Debrief, runCode: string, link: string, actions: DebriefActions): void {
  const timelineHeading = h('h2', { id: 'timeline-heading', tabindex: '-1' }, 'Your timeline beside history');
  const total = debrief.entries.length;
  host.replaceChildren(
    stepOut(debrief, actions, () => {
      timelineHeading.scrollIntoView({ block: 'start' });
      timelineHeading.focus({ preventScroll: true });
    }),
    h(
      'section',
      { class: 'debrief__part', 'aria-labelledby': 'timeline-heading' },
      timelineHeading,
      h('p', {}, `You took ${total} historical decision${total === 1 ? '' : 's'}; ${debrief.matched} went as history went.`),
      renderTimeline(debrief.timeline, debrief.divergedAt),
    ),
    h(
      'section',
      { class: 'debrief__part', 'aria-labelledby': 'entries-heading' },
      h('h2', { id: 'entries-heading' }, 'Decision by decision'),
      ...debrief.timeline.map((item) =>
        item.kind === 'taken' ? renderEntry(item, debrief.entries.indexOf(item), actions.replayFrom) : renderSkipped(item),
      ),
    ),
    renderVerdict(debrief),
    renderEssayErrors(debrief.essayErrors),
    takeToClass(debrief, runCode, link, actions),
  );
}
