import '../styles/essay.css';
import { essayCredit } from './essay-view';
import { h } from './dom';

const FONTS = [
  ['Oswald', '@fontsource/oswald', 'headings'],
  ['PT Serif', '@fontsource/pt-serif', 'the story and the debrief'],
  ['IBM Plex Mono', '@fontsource/ibm-plex-mono', 'documents and run codes'],
] as const;

/** Who made what, and under which licence (the repository's LICENSE says the same). */
export function showCredits(host: HTMLElement, onClose: () => void): void {
  const back = h('button', { type: 'button', class: 'button essay__back' }, 'Back');
  back.addEventListener('click', onClose);
  host.replaceChildren(
    h(
      'div',
      { class: 'essay credits', 'data-testid': 'credits' },
      h('div', { class: 'essay__bar' }, back, h('a', { class: 'essay__credits-link', href: '#essay' }, 'Read the essay')),
      h('h2', { id: 'credits-heading', tabindex: '-1' }, 'Credits'),
      h('h3', {}, 'The essay'),
      essayCredit(),
      h('h3', {}, 'The story and its notes'),
      h('p', {}, 'Written for this game by the Lenin’s Heirs developers, checked against the historians it names. Licensed under CC BY 4.0.'),
      h('h3', {}, 'The code'),
      h('p', {}, 'By the Lenin’s Heirs developers, under the MIT License. It uses inkjs, Phaser, Howler and qrcode-generator, each under the MIT License.'),
      h('h3', {}, 'Typefaces'),
      h('ul', {}, ...FONTS.map(([name, pkg, use]) => h('li', {}, `${name} (npm package ${pkg}), for ${use}: SIL Open Font License 1.1.`))),
      h('h3', {}, 'Sounds'),
      h('p', {}, 'Every sound is made by code, with no recordings: the script scripts/generate-audio.mjs builds them from tones and noise. Licensed with the story, under CC BY 4.0.'),
    ),
  );
  host.hidden = false;
  host.scrollTop = 0;
  host.querySelector<HTMLElement>('#credits-heading')?.focus({ preventScroll: true });
}
