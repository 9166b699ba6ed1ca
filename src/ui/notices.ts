import { h } from './dom';

/**
 * Messages for the player in a polite live region: a save that could not be read, storage that is
 * full, a stage that could not start. Each says once what happened and what the game did about it.
 */
export class Notices {
  private readonly shown = new Set<string>();

  constructor(private readonly host: HTMLElement) {}

  show(message: string): void {
    if (this.shown.has(message)) return;
    this.shown.add(message);
    const close = h('button', { type: 'button', class: 'tool tool--dark', 'aria-label': 'Dismiss this message' }, 'OK');
    const notice = h('div', { class: 'notice' }, h('p', {}, message), close);
    close.addEventListener('click', () => {
      notice.remove();
      this.shown.delete(message);
    });
    this.host.append(notice);
  }
}
