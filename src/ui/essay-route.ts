/**
 * The reading routes: `#essay` (the essay from the top), `#essay-L<n>` (scrolled to line n and
 * highlighted) and `#credits`. They open over whatever the page shows, which stays as it was beneath
 * (a debrief with its cards open, a story in progress), so Back returns to it unchanged.
 *
 * Kept out of main.ts so that a router can call it: `showReadingRoute(location.hash)` at load and on
 * every hashchange; it returns true when the hash was one of these routes.
 */

/** `#essay` → null (the top), `#essay-L17` → 17; anything else → undefined. */
export function essayLineOf(hash: string): number | null | undefined {
  if (hash === '#essay') return null;
  const match = /^#essay-L(\d+)$/.exec(hash);
  return match ? Number(match[1]) : undefined;
}

let host: HTMLElement | null = null;
let returnFocus: HTMLElement | null = null;
/** False until the first call: a route opened by the page's own address has no page behind it to go back to. */
let loaded = false;
let openedInPage = false;

function readingHost(): HTMLElement {
  if (host) return host;
  host = document.createElement('section');
  host.className = 'reading-room';
  host.id = 'reading-room';
  host.setAttribute('aria-label', 'The essay and credits');
  host.hidden = true;
  (document.querySelector('main') ?? document.body).append(host);
  return host;
}

function close(): void {
  if (openedInPage) {
    history.back();
    return;
  }
  history.replaceState(null, '', `${location.pathname}${location.search}`);
  hide();
}

function hide(): void {
  if (!host || host.hidden) return;
  host.hidden = true;
  host.replaceChildren();
  document.body.classList.remove('is-reading');
  returnFocus?.focus({ preventScroll: true });
  returnFocus = null;
}

/** Shows the essay or the credits for `hash`, or hides them for any other hash. True if it was theirs. */
export function showReadingRoute(hash: string): boolean {
  const first = !loaded;
  loaded = true;
  const line = essayLineOf(hash);
  const credits = hash === '#credits';
  if (line === undefined && !credits) {
    hide();
    return false;
  }
  const target = readingHost();
  if (target.hidden) {
    openedInPage = !first;
    returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  }
  document.body.classList.add('is-reading');
  const shown = credits
    ? import('./credits-view').then(({ showCredits }) => showCredits(target, close))
    : import('./essay-view').then(({ showEssay }) => showEssay(target, line ?? null, close));
  shown.catch((error: unknown) => {
    console.warn('The essay could not load:', error);
    target.hidden = false;
    target.textContent = 'The essay could not load. Check the connection and reload the page.';
  });
  return true;
}
