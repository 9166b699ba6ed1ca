import { h } from './dom';

/** The one wording for a part of the game that failed to load. */
export const LOAD_FAILED =
  'This part of the game could not be loaded: the connection may have dropped. Nothing you did is lost.';

/**
 * A part of the page that loads late (its code is on its own chunk). It can be fetched ahead, on idle,
 * and when it fails it says so where it should have appeared and offers to try again; a failed load is
 * forgotten, so the retry really fetches again.
 */
export class LazyPart<M> {
  private loading: Promise<M> | null = null;

  constructor(private readonly load: () => Promise<M>) {}

  /** Starts loading now, so the part is there when it is needed (and offline, if the network goes). */
  prefetch(): void {
    this.get().catch(() => undefined);
  }

  get(): Promise<M> {
    this.loading ??= this.load().catch((error: unknown) => {
      this.loading = null;
      throw error;
    });
    return this.loading;
  }

  /**
   * Renders the part into `host` once loaded. While it loads the host says so; if it fails, the host
   * says what happened with a Try again button. `render` returns false when it is no longer wanted.
   */
  async mount(host: HTMLElement, render: (module: M) => boolean | void): Promise<void> {
    host.setAttribute('aria-busy', 'true');
    if (!host.hasChildNodes()) host.replaceChildren(h('p', { class: 'lazy__status' }, 'Loading…'));
    try {
      const module = await this.get();
      host.removeAttribute('aria-busy');
      render(module);
    } catch (error) {
      console.warn('A part of the game could not load:', error);
      host.removeAttribute('aria-busy');
      const retry = h('button', { type: 'button', class: 'button button--primary' }, 'Try again');
      retry.addEventListener('click', () => {
        host.replaceChildren();
        void this.mount(host, render);
      });
      host.replaceChildren(h('div', { class: 'lazy__failed', role: 'alert' }, h('p', {}, LOAD_FAILED), retry));
    }
  }
}
