import '../styles/essay.css';
import { ESSAY_CREDIT, essayLines } from '../narrative/essay';
import { h } from './dom';

/** The essay's credit: title, author, source, licence, and what kind of text it is. */
export function essayCredit(): HTMLElement {
  return h(
    'div',
    { class: 'essay__credit' },
    h(
      'p',
      {},
      `“${ESSAY_CREDIT.title}” by ${ESSAY_CREDIT.author} (${ESSAY_CREDIT.publisher}), `,
      h('a', { href: ESSAY_CREDIT.url, rel: 'noopener' }, 'schoolworkhelper.net'),
      ', licensed under ',
      h('a', { href: ESSAY_CREDIT.licenceUrl, rel: 'license noopener' }, ESSAY_CREDIT.licence),
      '. The words are unchanged; the line numbers are ours.',
    ),
    h('p', {}, h('strong', {}, 'What kind of text is this? '), ESSAY_CREDIT.kind),
  );
}

/**
 * Shows the full essay in `host`, one element per line of story/essay/essay.txt (`data-line`, 1-based,
 * blank lines included), and scrolls to and highlights `line` when one is given. `onClose` is the
 * Back button's action: the router decides where back leads.
 */
export function showEssay(host: HTMLElement, line: number | null, onClose: () => void): void {
  const lines = essayLines();
  const back = h('button', { type: 'button', class: 'button essay__back' }, 'Back');
  back.addEventListener('click', onClose);
  const items = lines.map((item) =>
    h(
      'li',
      {
        'data-line': item.n,
        id: `essay-L${item.n}`,
        class: item.text.trim() === '' ? 'essay__line essay__line--blank' : item.furniture ? 'essay__line essay__line--furniture' : 'essay__line',
        tabindex: item.n === line ? '-1' : undefined,
      },
      h('span', { class: 'essay__n', 'aria-hidden': 'true' }, String(item.n)),
      h('span', { class: 'essay__text' }, item.text),
      item.furniture && item.text.trim() !== '' ? h('span', { class: 'essay__web' }, ' (web page, not the essay)') : null,
    ),
  );
  host.replaceChildren(
    h(
      'div',
      { class: 'essay' },
      h(
        'div',
        { class: 'essay__bar' },
        back,
        h('span', { class: 'essay__bar-credit' }, `${ESSAY_CREDIT.author}, ${ESSAY_CREDIT.licence}`),
        h('a', { class: 'essay__credits-link', href: '#credits' }, 'Credits'),
      ),
      h('h2', { id: 'essay-heading', tabindex: '-1' }, ESSAY_CREDIT.title),
      essayCredit(),
      h('p', { class: 'essay__how' }, 'Numbers on the left are the lines the debrief cites. Read it as you would any source: who wrote it, for whom, and with what evidence?'),
      h('ol', { class: 'essay__lines', 'data-testid': 'essay' }, ...items),
    ),
  );
  host.hidden = false;
  const target = line === null ? null : host.querySelector<HTMLElement>(`[data-line="${line}"]`);
  if (target) {
    target.classList.add('essay__line--target');
    target.scrollIntoView({ block: 'center' });
    target.focus({ preventScroll: true });
  } else {
    host.scrollTop = 0;
    host.querySelector<HTMLElement>('#essay-heading')?.focus({ preventScroll: true });
  }
}
