import type { Beat, ChoiceOption, StoryLine, Turn } from '../narrative/beat';
import type { RecordKind } from '../narrative/tags';
import chapterTitles from '../../story/data/chapters.json';
import { putBack, splitBeat } from './beat-parts';
import { ContentNotes } from './content-note';
import { h } from './dom';

const RECORD_LABELS: Readonly<Record<RecordKind, string>> = {
  history: 'History',
  disputed: 'Disputed: historians disagree',
  counterfactual: 'Counterfactual: this did not happen',
};

const CHAPTER_TITLES: Readonly<Record<string, string>> = chapterTitles;

/** The chapter's title from story/data/chapters.json, or its id made readable ("tenth-congress" → "Tenth Congress"). */
function chapterTitle(id: string): string {
  const title = CHAPTER_TITLES[id];
  if (title) return title;
  return id
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}

function renderDocument(line: StoryLine): HTMLElement {
  return h('blockquote', { class: `document line--${line.record}` }, h('span', { class: 'document__title' }, line.doc ?? ''), line.text);
}

/**
 * A beat's lines as paragraphs. Consecutive paragraphs of the same disputed or counterfactual record
 * share one block and one label, so that a counterfactual passage reads as one passage rather than a
 * label before every paragraph; history, a document or a chapter heading ends the run.
 */
function renderLines(lines: readonly StoryLine[], heading: (line: StoryLine) => HTMLElement | null): HTMLElement[] {
  const out: HTMLElement[] = [];
  let run: { record: RecordKind; block: HTMLElement } | null = null;
  for (const line of lines) {
    const head = heading(line);
    if (head) {
      out.push(head);
      run = null;
    }
    if (line.doc) {
      out.push(renderDocument(line));
      run = null;
    } else if (line.record === 'history') {
      out.push(h('p', {}, line.text));
      run = null;
    } else if (run && run.record === line.record) {
      run.block.append(h('p', {}, line.text));
    } else {
      const block: HTMLElement = h('div', { class: `record-run line--${line.record}` }, h('span', { class: 'line__label' }, RECORD_LABELS[line.record]), h('p', {}, line.text));
      run = { record: line.record, block };
      out.push(block);
    }
  }
  return out;
}

/**
 * Marks a beat the player has read as past: laid out only when scrolled to (main.css). Until the browser
 * has drawn it as such, it would stand in at a guessed height and then grow back to its own, pushing the
 * new beat down after the page had scrolled to it; so it stands in at the height it has now.
 */
function markPast(beat: HTMLElement): void {
  beat.style.containIntrinsicBlockSize = `auto ${beat.getBoundingClientRect().height}px`;
  beat.classList.add('beat--past');
}

/** What `advance` has still to add: the rest of the beat, and what goes where the choices are. */
interface PendingBeat {
  finish(): void;
  cancel(): void;
  /** Put where the choices are, instead of the beat's choices (showInPlaceOfChoices). */
  nodes: Node[] | null;
}

/**
 * The story column: every beat so far as real DOM text, and the choices open now. Choices are buttons
 * (mouse, Tab and Enter) and answer to the number keys 1–9.
 */
export class StoryView {
  private lastChapter: string | null = null;
  private readonly notes: ContentNotes;
  private pending: PendingBeat | null = null;

  constructor(
    private readonly text: HTMLElement,
    private readonly choices: HTMLElement,
    private readonly onChoose: (index: number, by: 'key' | 'click') => void,
    private readonly onReason: (turn: number, reason: string) => void,
  ) {
    this.notes = new ContentNotes(choices);
    document.addEventListener('keydown', (event) => this.onKey(event));
  }

  /**
   * Draws a whole transcript afresh (after a restore, a rewind or a restart), with the reasons given.
   * `restored`: a game opened anew (continued, or a run link), whose open beat is held behind its content
   * note if it has one, as the player may have left before passing it; a rewind returns to a beat read.
   */
  renderTranscript(turns: readonly Turn[], reasons: Readonly<Record<number, string>>, restored: boolean): void {
    this.pending?.cancel();
    this.pending = null;
    this.text.replaceChildren();
    this.lastChapter = null;
    // Content notes: shown once per playthrough, so none for the chapters already read.
    const read = restored ? turns.slice(0, -1) : turns;
    this.notes.restart(read.flatMap((turn) => turn.beat.lines.map((line) => line.chapter)));
    turns.forEach((turn, index) => {
      const section = this.renderBeat(turn.beat, { fresh: false, noted: restored && index === turns.length - 1 });
      const chosen = turn.beat.choices.find((choice) => choice.index === turn.chosen);
      if (chosen) section.append(...this.chosenLines(chosen, index, reasons[index] ?? ''));
      if (index < turns.length - 1) section.classList.add('beat--past');
    });
    this.renderChoices(turns[turns.length - 1]?.beat.choices ?? []);
  }

  /**
   * Adds the beat that follows the choice taken at `turn`, and offers its choices; `shown` is called on
   * the frame that shows them.
   *
   * The browser lays out what a click changed before the click's task ends, and a beat's text was most of
   * that work. So the click takes the choice and builds the text, and the text's parts and then the
   * choices go onto the page each in a task of its own, laid out there, one straight after another
   * (beat-parts.ts). Until then no choice is on the page, so no key can take one the player has not seen.
   */
  advance(chosen: ChoiceOption, turn: number, beat: Beat, shown: () => void): void {
    this.finishBeat();
    const previous = this.text.lastElementChild;
    previous?.append(...this.chosenLines(chosen, turn, ''));
    const section = this.renderBeat(beat, { fresh: true, noted: true });
    const parts = splitBeat(section);
    this.choices.replaceChildren();
    // The text is a live region: a screen reader waits for the whole beat instead of reading it in parts.
    this.text.setAttribute('aria-busy', 'true');
    const next = (): void => {
      if (parts.length <= 1) {
        this.finishBeat();
        return;
      }
      putBack(parts.shift() ?? []);
      // Laid out here, in this task, rather than with the next part or in the next frame.
      section.getBoundingClientRect();
      timer = setTimeout(next, 0);
    };
    let timer = setTimeout(next, 0);
    const pending: PendingBeat = {
      nodes: null,
      cancel: () => {
        clearTimeout(timer);
        this.text.removeAttribute('aria-busy');
      },
      finish: () => {
        clearTimeout(timer);
        for (const part of parts.splice(0)) putBack(part);
        this.text.removeAttribute('aria-busy');
        if (previous instanceof HTMLElement) markPast(previous);
        if (pending.nodes) this.choices.replaceChildren(...pending.nodes);
        else this.renderChoices(beat.choices);
        section.getBoundingClientRect();
        requestAnimationFrame(() => {
          // At once, not smoothly: a smooth scroll has the page drawn again on each of its frames, which on
          // a laptop without a graphics card made each frame of the stage's next scene turning in too long.
          section.scrollIntoView({ block: 'start' });
          // Focus the choices group: keyboard users can Tab straight on, and the live region reads the text.
          // A content note waiting before the chapter takes the focus instead (and is brought into view).
          if (!this.notes.focusPending()) this.choices.focus({ preventScroll: true });
          shown();
        });
      },
    };
    this.pending = pending;
  }

  /** Adds at once what `advance` has not added yet, and the choices. */
  private finishBeat(): void {
    const pending = this.pending;
    this.pending = null;
    pending?.finish();
  }

  /**
   * Scrolls the beat now open to the top of the view, as after a choice (a game continued opens there),
   * and gives the focus to its content note if one holds it back.
   */
  revealCurrent(): void {
    this.text.lastElementChild?.scrollIntoView({ block: 'start' });
    this.notes.focusPending();
  }

  /** Moves focus to the choices, e.g. after returning to an earlier decision. */
  focusChoices(): void {
    this.finishBeat();
    this.choices.scrollIntoView({ block: 'center' });
    this.choices.focus({ preventScroll: true });
  }

  /** Puts extra content (the ending's buttons) where the choices were, or will be once the beat is whole. */
  showInPlaceOfChoices(...nodes: Node[]): void {
    if (this.pending) this.pending.nodes = nodes;
    else this.choices.replaceChildren(...nodes);
  }

  /** Draws a beat: `fresh`, just reached (it fades in); `noted`, held behind a content note if one is due. */
  private renderBeat(beat: Beat, { fresh, noted }: { fresh: boolean; noted: boolean }): HTMLElement {
    const section = h('section', { class: fresh ? 'beat beat--new' : 'beat' });
    // A beat can run from the end of one chapter into the next: head the chapter where it begins.
    const heading = (line: StoryLine): HTMLElement | null => {
      if (!line.chapter || line.chapter === this.lastChapter) return null;
      this.lastChapter = line.chapter;
      return h('h3', { class: 'beat__chapter' }, `${line.year ?? ''} · ${chapterTitle(line.chapter)}`);
    };
    // Where the lines go: the section, or, in a beat that opens a chapter with a content note, the part
    // held behind it.
    const opened = beat.lines.flatMap((line) => (line.chapter && line.chapter !== this.lastChapter ? [line.chapter] : []));
    const target = noted ? this.notes.hold(opened, section) : section;
    target.append(...renderLines(beat.lines, heading));
    this.text.append(section);
    return section;
  }

  /** The choice taken and, for a historical decision, a one-line field for the player's reason. */
  private chosenLines(choice: ChoiceOption, turn: number, reason: string): HTMLElement[] {
    const line = h('p', { class: 'chosen' }, h('span', { class: 'visually-hidden' }, 'You chose: '), choice.text);
    if (!choice.decision) return [line];
    const input = h('input', { type: 'text', class: 'reason__input', maxlength: '140', value: reason, 'data-testid': 'reason', autocomplete: 'off' });
    input.addEventListener('change', () => this.onReason(turn, input.value));
    const field = h('p', { class: 'reason' }, h('label', {}, h('span', { class: 'reason__label' }, 'Why? One line for your debrief (optional) '), input));
    return [line, field];
  }

  private renderChoices(options: readonly ChoiceOption[]): void {
    const buttons = options.map((choice, position) =>
      h(
        'button',
        {
          type: 'button',
          class: choice.decision ? 'choice choice--decision' : 'choice',
          'data-testid': 'choice',
          'data-index': choice.index,
          'aria-keyshortcuts': position < 9 ? String(position + 1) : undefined,
        },
        h('span', { class: 'choice__key', 'aria-hidden': 'true' }, position < 9 ? String(position + 1) : ''),
        h('span', {}, choice.text),
      ),
    );
    buttons.forEach((button, position) => {
      const choice = options[position];
      if (!choice) return;
      // A press of the mouse leaves the focus where it is (Safari never moves it to a button anyway): the
      // click replaces the choices, and taking away the focused one would make the browser work out the
      // page's style inside the click. `advance` gives the choices' group the focus on the next frame.
      button.addEventListener('mousedown', (event) => event.preventDefault());
      button.addEventListener('click', (event) => {
        // The second click of a double click is not a second choice.
        if (event.detail > 1) return;
        this.onChoose(choice.index, 'click');
      });
    });
    const decision = options.some((choice) => choice.decision);
    this.choices.replaceChildren(
      ...(decision ? [h('p', { class: 'choices__label' }, 'A decision for your debrief')] : []),
      ...buttons,
    );
  }

  private onKey(event: KeyboardEvent): void {
    // A held key repeats: only a fresh press takes a choice, so no one skips a decision unread.
    if (event.repeat || event.altKey || event.ctrlKey || event.metaKey || !/^[1-9]$/.test(event.key)) return;
    const target = event.target as HTMLElement | null;
    if (target?.closest('input, textarea, select, dialog[open]') || this.choices.closest('[hidden]')) return;
    const buttons = this.choices.querySelectorAll<HTMLButtonElement>('[data-testid="choice"]');
    const button = buttons[Number(event.key) - 1];
    if (!button) return;
    event.preventDefault();
    this.onChoose(Number(button.dataset.index), 'key');
  }
}
