/**
 * Offline play: registers the service worker that Workbox generates at build time (`sw.js` beside
 * index.html, see scripts/pwa.ts). Once it runs, every file of the game is in the browser's cache, so
 * a class that loses its Wi-Fi still gets the debrief, the glossary, the class view, the stage, the
 * sounds and the fonts, and the game opens again from its address with no network at all.
 *
 * main.ts calls {@link registerOffline} once the first story text is on screen, so the worker's
 * download of the whole game never competes with the first text.
 *
 * A new version installs quietly and waits; the page the player has open keeps its own version,
 * every chunk of it, until they take the "new version" notice's Reload. Nothing here throws: without
 * service workers (an old browser, plain http on a school server, a file:// page) the game plays as
 * before, online.
 */

let started = false;

/** Registers the worker (once; later calls do nothing). `offerUpdate` is told when a new version waits. */
export function registerOffline(offerUpdate: (reload: () => void) => void = showUpdateNotice): void {
  if (started) return;
  started = true;
  // The dev server has no worker, and the single-file build (file://) cannot have one.
  if (import.meta.env.DEV || import.meta.env.MODE === 'single') return;
  if (!('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol)) return;
  navigator.serviceWorker
    .register('./sw.js', { scope: './' })
    .then((registration) => watchForUpdates(registration, offerUpdate))
    .catch((error: unknown) => console.warn('The game could not be made available offline:', error));
}

function watchForUpdates(registration: ServiceWorkerRegistration, offerUpdate: (reload: () => void) => void): void {
  const offer = (worker: ServiceWorker) => {
    offerUpdate(() => {
      // Reload only once the new worker controls the page, so the new page is the new version whole.
      navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
      worker.postMessage({ type: 'SKIP_WAITING' });
    });
  };
  // With no controller this is the first install: nothing older to replace.
  if (registration.waiting && navigator.serviceWorker.controller) offer(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const worker = registration.installing;
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed' && navigator.serviceWorker.controller) offer(worker);
    });
  });
}

/** A notice beside the game's others, with a Reload button. The save is kept on every choice, so nothing is lost. */
function showUpdateNotice(reload: () => void): void {
  const host = document.getElementById('notices');
  if (!host || host.querySelector('[data-testid="update-ready"]')) return;
  const notice = document.createElement('div');
  notice.className = 'notice';
  notice.dataset.testid = 'update-ready';
  const text = document.createElement('p');
  text.textContent = 'A new version of the game is ready. Reload to use it; your progress is kept.';
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'tool tool--dark';
  button.textContent = 'Reload';
  button.addEventListener('click', () => {
    button.disabled = true;
    reload();
  });
  notice.append(text, button);
  host.append(notice);
}
