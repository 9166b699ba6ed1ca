import { h } from './dom';

/** A button a notice offers, e.g. "Load the other tab's game". */
export interface NoticeAction {
  label: string;
  run(): void;
}

/**
 * Messages for the player in a polite live region: a save that could not be read, storage that is
 * full, a stage that could not start. Each says once what happened and what the game did about it: a
 * message dismissed is not shown again in this visit, however often its cause recurs.
 */
export class Notices {
  private readonly said = new Set<string>();

  constructor(private readonly host: HTMLElement) {}

  show(message: string): void {
    this.ask(message, []);
  }

  /** A message with buttons; any of them (or OK, where there are none) dismisses it. */
  ask(message: string, actions: readonly NoticeAction[]): void {
    if (this.said.has(message)) return;
    this.said.add(message);
    const buttons = (actions.length > 0 ? actions : [{ label: 'OK', run: () => undefined }]).map((action) => {
      const button = h('button', { type: 'button', class: 'tool tool--dark' }, action.label);
      button.addEventListener('click', () => {
        notice.remove();
        // A question answered may be asked again later; a plain message is said once.
        if (actions.length > 0) this.said.delete(message);
        action.run();
      });
      return button;
    });
    const notice = h('div', { class: 'notice' }, h('p', {}, message), h('div', { class: 'notice__actions' }, ...buttons));
    this.host.append(notice);
    if (actions.length > 0) buttons[0]?.focus();
  }
}
