import '../styles/content-note.css';
import notesData from '../../story/data/content-notes.json';
import { h } from './dom';

/** A short note shown to students once per playthrough, before a chapter that depicts mass death. */
export interface ContentNote {
  id: string;
  /** The chapter ids (`# chapter:` tags) it comes before; the first one reached in a playthrough shows it. */
  chapters: string[];
  heading: string;
  text: string[];
}

/** The notes of story/data/content-notes.json. */
export const CONTENT_NOTES: readonly ContentNote[] = notesData.notes;

/** The note due before `chapter`, given the notes already shown in this playthrough; null if none. Pure. */
export function noteDue(notes: readonly ContentNote[], chapter: string, shown: ReadonlySet<string>): ContentNote | null {
  const note = notes.find((candidate) => candidate.chapters.includes(chapter));
  return note && !shown.has(note.id) ? note : null;
}

/**
 * Holds a beat that opens a noted chapter behind its content note until the reader continues. The note
 * is a panel at the top of the beat, not a modal: the toolbar and everything above stay reachable, and
 * the beat's text (what the last choice led to, then the chapter) and the choices wait (hidden) until
 * "Continue reading", which any key that presses a button reaches. At the top, the note is where the page
 * scrolls a new beat to, in view with its button.
 */
export class ContentNotes {
  private shown = new Set<string>();
  private pending: HTMLButtonElement | null = null;

  constructor(
    private readonly choices: HTMLElement,
    private readonly notes: readonly ContentNote[] = CONTENT_NOTES,
  ) {}

  /**
   * A transcript drawn afresh: notes count as shown for the chapters of the beats read before the open
   * one, and only those (the open beat's note is shown again: the player may not have passed it).
   */
  restart(chapters: Iterable<string | null>): void {
    this.shown = new Set();
    for (const chapter of chapters) {
      const note = chapter ? noteDue(this.notes, chapter, this.shown) : null;
      if (note) this.shown.add(note.id);
    }
    this.pending = null;
    this.choices.hidden = false;
  }

  /**
   * Called for a beat about to be drawn, with the chapters it opens. If a note is due before one of them,
   * puts it into `section` and returns the (hidden) element the beat's text should go into; otherwise
   * returns `section`.
   */
  hold(chapters: readonly string[], section: HTMLElement): HTMLElement {
    const note = chapters.map((chapter) => noteDue(this.notes, chapter, this.shown)).find((due) => due !== null);
    if (!note) return section;
    this.shown.add(note.id);
    const held = h('div', { class: 'beat__held', hidden: true });
    const headingId = `content-note-${note.id}`;
    const button = h('button', { type: 'button', class: 'button button--primary', 'data-testid': 'content-note-continue' }, 'Continue reading');
    const panel = h(
      'aside',
      { class: 'content-note', 'data-testid': 'content-note', 'data-note': note.id, 'aria-labelledby': headingId },
      h('h3', { class: 'content-note__heading', id: headingId }, note.heading),
      ...note.text.map((paragraph) => h('p', {}, paragraph)),
      button,
    );
    button.addEventListener('click', () => {
      panel.remove();
      held.hidden = false;
      this.choices.hidden = false;
      this.pending = null;
      // Reading goes on where the note stood: the focus goes to the first of the beat's text, which comes into view.
      const first = held.firstElementChild as HTMLElement | null;
      first?.setAttribute('tabindex', '-1');
      (first ?? this.choices).focus({ preventScroll: true });
      held.scrollIntoView({ block: 'start' });
    });
    section.append(panel, held);
    this.choices.hidden = true;
    this.pending = button;
    return held;
  }

  /** Moves focus to a note waiting to be read, if there is one; says whether it did. */
  focusPending(): boolean {
    if (!this.pending) return false;
    this.pending.focus({ preventScroll: true });
    // The note heads its beat, which the page has scrolled to; on a short screen its button may still be below.
    this.pending.scrollIntoView({ block: 'nearest' });
    return true;
  }
}
