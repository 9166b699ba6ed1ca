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
 * Holds a chapter's text behind its content note until the reader continues. The note is a panel at
 * the top of the beat, not a modal: the toolbar and everything above stay reachable, and the chapter's
 * text and the choices wait (hidden) until "Continue reading", which any key that presses a button reaches.
 */
export class ContentNotes {
  private shown = new Set<string>();
  private pending: HTMLButtonElement | null = null;

  constructor(
    private readonly choices: HTMLElement,
    private readonly notes: readonly ContentNote[] = CONTENT_NOTES,
  ) {}

  /** A transcript drawn afresh: notes count as shown for the chapters it already holds, and only those. */
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
   * Called where a new chapter begins in a fresh beat. If a note is due, puts it into `section` and
   * returns the (hidden) element the chapter's text should go into; otherwise returns `section`.
   */
  before(chapter: string, section: HTMLElement): HTMLElement {
    const note = noteDue(this.notes, chapter, this.shown);
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
      const heading = held.querySelector<HTMLElement>('h3');
      heading?.setAttribute('tabindex', '-1');
      (heading ?? this.choices).focus({ preventScroll: true });
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
    // The note may sit below the new beat's first lines: bring its button into view, or focus is lost off-screen.
    this.pending.scrollIntoView({ block: 'nearest' });
    return true;
  }
}
