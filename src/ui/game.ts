import type { Lifecycle } from '../app/lifecycle';
import type { SaveSlot } from '../app/save-slot';
import type { EventBus, GameEvents } from '../events';
import type { Beat, DecisionTaken } from '../narrative/beat';
import { StoryEngine, drawFortune, type CompiledStory, type Route } from '../narrative/engine';
import { describeMissing, encodeRunCode, recordOf, replay, type PlaythroughRecord } from '../narrative/record';
import type { SaveEnvelope } from '../narrative/save';
import { afterNextPaint, inSteps, whenIdle } from '../platform/schedule';
import type { RunCodes } from './debrief-view';
import { h } from './dom';
import type { ExploredOptions } from './explored';
import type { LazyPart } from './lazy-part';
import type { Notices } from './notices';
import type { StoryView } from './story-view';

/** Copies text to the clipboard where the browser allows it. */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** What the game works with: the story, the browser's services and the parts of the page it drives. */
export interface GameParts {
  story: CompiledStory;
  slot: SaveSlot;
  lifecycle: Lifecycle;
  bus: EventBus<GameEvents>;
  view: StoryView;
  notices: Notices;
  explored: ExploredOptions;
  laterViews: LazyPart<typeof import('./later-views')>;
  elements: { debrief: HTMLElement; year: HTMLElement; badge: HTMLElement };
  openMap(): void;
  askRestart(): void;
  /** Whether the teacher's page has switched teacher mode on (the debrief then shows the answer keys). */
  teacherMode(): boolean;
  /** Asks the player to confirm something that replaces their game; resolves true to go ahead. */
  confirm(question: { title: string; body: string; yes: string; no: string }): Promise<boolean>;
}

/** How long a slice of the choices' preparation may wait for an idle moment, and run in one (ms). */
const PREPARE_WAIT_MS = 1000;
const PREPARE_SLICE_MS = 8;

/**
 * How soon after a choice taken by its number key the next beat's choices take input: a key pressed
 * twice in a hurry is one choice, and no one takes a decision they have not had a moment to see. A
 * double press comes 100–250 ms apart; the new choices are up 20–130 ms after a laptop's key press.
 * A second click or tap needs no wait: the page has moved to the new beat, and it lands on its text.
 */
const NEXT_CHOICE_AFTER_KEY_MS = 300;

const BADGE_TEXT = { history: 'History', disputed: 'Disputed', counterfactual: 'Counterfactual' } as const;

/**
 * Drives one playthrough: takes the player's choices to the engine, saves after each through the save
 * slot, keeps the header and the debrief in step, and tells the stage and the audio what happened
 * through the event bus. A playthrough is either the player's own (saved, and marked in the branch
 * map when it ends) or someone else's opened from a run link (read-only until the player takes it on).
 */
export class Game {
  private current: StoryEngine | null = null;
  private own = true;
  private reflection = '';
  /** Set when another tab has saved over this one's game: this tab stops saving until the player says. */
  private stale = false;
  /** Stops the open choices' preparation, which runs while the player reads. */
  private cancelPrepare: (() => void) | null = null;
  /** Stops the building of the debrief, which goes on part by part after the ending is on screen. */
  private cancelDebrief: (() => void) | null = null;

  constructor(private readonly parts: GameParts) {}

  private get engine(): StoryEngine {
    if (!this.current) throw new Error('No playthrough has begun.');
    return this.current;
  }

  /** The playthrough on screen, as a record (for saves, run codes and the branch map). */
  get record(): PlaythroughRecord | null {
    return this.current ? recordOf(this.current, this.reflection) : null;
  }

  /** True while the page shows someone else's run. */
  get readOnly(): boolean {
    return !this.own;
  }

  /** Starts a new playthrough on a route; the caller has set aside any saved game first. */
  begin(route: Route): void {
    this.start(new StoryEngine(this.parts.story, drawFortune(), { route }), true, '');
    this.save();
  }

  /** Continues a saved game; a save from an older story is carried over as far as it can be. */
  continueSaved(save: SaveEnvelope): void {
    const { engine, missing } = replay(this.parts.story, save.record);
    this.parts.slot.adopt(save);
    this.start(engine, true, save.record.reflection);
    const lost = describeMissing(missing);
    if (lost) {
      this.parts.notices.show(lost);
      // The save still holds what could not be carried over: keep it aside before the next write.
      this.parts.slot.setAside('Kept when the story was revised and some choices could not be carried over');
      this.save();
    } else if (save.storyId !== this.parts.story.id) {
      this.parts.notices.show('The story has been revised since you saved; your choices were carried over.');
    }
  }

  /** Shows someone else's playthrough from a run link, read-only: nothing is saved or marked. */
  view(record: PlaythroughRecord): void {
    const { engine, missing } = replay(this.parts.story, record);
    this.start(engine, false, '');
    const lost = describeMissing(missing);
    if (lost) this.parts.notices.show(lost);
  }

  /** Takes choice `index`, by its number key or by a click (or a tap, or Enter on its button). */
  choose(index: number, by: 'key' | 'click' = 'click'): void {
    if (!this.current || !this.parts.lifecycle.takesChoices) return;
    const chosen = this.engine.current.choices.find((choice) => choice.index === index);
    if (!chosen) return;
    this.parts.lifecycle.send('choose');
    const takenAt = performance.now();
    const turn = this.engine.transcript.length - 1;
    const beat = this.engine.choose(index);
    // Input opens again once the new choices are on screen, and after a key not within
    // NEXT_CHOICE_AFTER_KEY_MS of it: a double press, a double click or a held key cannot take a choice
    // the player has not seen.
    this.parts.view.advance(chosen, turn, beat, () => {
      const open = () => this.parts.lifecycle.send('shown');
      const wait = by === 'key' ? takenAt + NEXT_CHOICE_AFTER_KEY_MS - performance.now() : 0;
      if (wait > 0) setTimeout(open, wait);
      else open();
    });
    this.save();
    const decision = chosen.decision ? (this.engine.decisions.at(-1) ?? null) : null;
    this.announce(beat, decision, false);
  }

  /** Keeps the player's reason for the decision taken at `turn`, in the save and the debrief. */
  setReason(turn: number, reason: string): void {
    if (!this.current || !this.own) return;
    this.current.setReason(turn, reason);
    this.save();
    // The debrief shows the reason, and the run code with reasons carries it.
    this.redrawDebrief();
  }

  /** Keeps the sentence the player wrote on stepping out of the role. */
  setReflection(text: string): void {
    this.reflection = text.slice(0, 1000);
    if (this.own) this.save();
  }

  /** Returns to the decision taken at `turn`, with the story as it stood then; on someone else's run, asks first. */
  async replayFrom(turn: number): Promise<void> {
    const wasOwn = this.own;
    if (!wasOwn) {
      const go = await this.parts.confirm({
        title: 'Play on from here as your own game?',
        body: 'This is someone else’s run. Choosing again starts a playthrough of your own from this decision; your own saved game will be kept under “Earlier games” on the title screen.',
        yes: 'Play on from here',
        no: 'Keep looking',
      });
      if (!go) return;
      const aside = this.parts.slot.setAside('Set aside when you played on from someone else’s run');
      if (!aside.ok) {
        this.parts.notices.show(aside.message);
        return;
      }
      this.own = true;
      history.replaceState(null, '', location.pathname + location.search);
    }
    this.engine.rewindTo(turn);
    this.parts.lifecycle.send(wasOwn ? 'rewind' : 'start');
    this.show(false);
    this.save();
    this.parts.view.focusChoices();
  }

  /** Another tab saved this game: load what it saved here, or keep this tab's and set the other aside. */
  onSavedElsewhere(theirs: SaveEnvelope): void {
    if (!this.own || this.stale) return;
    this.stale = true;
    this.parts.notices.ask('This game has been played on in another tab or window. Which should this tab keep?', [
      {
        label: 'Load the other tab’s game',
        run: () => {
          this.stale = false;
          const latest = this.parts.slot.read();
          this.continueSaved(latest.kind === 'ok' ? latest.save : theirs);
        },
      },
      {
        label: 'Keep this one',
        run: () => {
          this.stale = false;
          const aside = this.parts.slot.setAside('Set aside when another tab’s game was replaced');
          if (!aside.ok) this.parts.notices.show(aside.message);
          else this.save();
        },
      },
    ]);
  }

  private start(engine: StoryEngine, own: boolean, reflection: string): void {
    this.current = engine;
    this.own = own;
    this.reflection = reflection;
    this.stale = false;
    this.parts.lifecycle.send(own ? 'start' : 'view-run');
    this.show(true);
  }

  private show(restored: boolean): void {
    this.cancelDebrief?.();
    this.parts.elements.debrief.hidden = true;
    this.parts.elements.debrief.replaceChildren();
    document.body.classList.remove('has-debrief');
    this.parts.view.renderTranscript(this.engine.transcript, this.engine.allReasons, restored);
    this.announce(this.engine.current, this.engine.decisions.at(-1) ?? null, restored);
  }

  private announce(beat: Beat, decision: DecisionTaken | null, restored: boolean): void {
    const { year, badge } = this.parts.elements;
    year.textContent = beat.status.year ? String(beat.status.year) : '';
    // The badge names every kind of record in what the player now reads, in the order they meet them.
    const records = [...new Set(beat.lines.map((line) => line.record))];
    const shown = records.length > 0 ? records : [beat.status.record];
    badge.textContent = shown.map((record) => BADGE_TEXT[record]).join(' · ');
    badge.dataset.record = shown.includes('counterfactual') ? 'counterfactual' : (shown[0] ?? 'history');
    const event = { beat, decision, decisions: this.engine.decisions, beats: this.engine.transcript.map((turn) => turn.beat), restored };
    // The stage, its caption and the sound hear of the beat once its text is on screen.
    afterNextPaint(() => this.parts.bus.emit('beat', event));
    for (const problem of beat.problems) console.warn(`[story] ${problem}`);
    if (this.engine.ended) this.finish();
    else if (!this.own) this.offerToPlayOn();
    this.prepareChoices();
  }

  /**
   * While the player reads, the engine works out where each open choice leads, a slice per idle moment:
   * taking one then costs the click no more than the new text's drawing, and no slice holds the page long.
   */
  private prepareChoices(): void {
    this.cancelPrepare?.();
    const engine = this.engine;
    const next = (idleMs: number): void => {
      this.cancelPrepare = engine.prepareNext(Math.min(idleMs, PREPARE_SLICE_MS)) ? whenIdle(next, PREPARE_WAIT_MS) : null;
    };
    this.cancelPrepare = whenIdle(next, PREPARE_WAIT_MS);
  }

  private save(): void {
    if (!this.own || this.stale || !this.current) return;
    const written = this.parts.slot.write(recordOf(this.current, this.reflection));
    if (written.ok) return;
    if ('conflict' in written) this.onSavedElsewhere(written.theirs);
    else this.parts.notices.show(written.message);
  }

  /** On someone else's unfinished run: the choices are not theirs to take, but the player can play on. */
  private offerToPlayOn(): void {
    const turn = this.engine.transcript.length - 1;
    const playOn = h('button', { type: 'button', class: 'button button--primary' }, 'Play on from here as your own game');
    playOn.addEventListener('click', () => void this.replayFrom(turn));
    this.parts.view.showInPlaceOfChoices(
      h('p', { class: 'choices__label' }, 'You are looking at someone else’s run: it stops here.'),
      h('div', { class: 'end-actions' }, playOn),
    );
  }

  private finish(): void {
    this.parts.lifecycle.send('end');
    const engine = this.engine;
    if (this.own && !this.parts.explored.add(engine.steps.map((step) => step.id), engine.current.status.ending)) {
      this.parts.notices.show('The browser could not record this playthrough in the branch map.');
    }
    const host = this.parts.elements.debrief;
    const read = h('button', { type: 'button', class: 'button button--primary' }, 'Read your debrief');
    read.addEventListener('click', () => {
      host.scrollIntoView({ block: 'start' });
      host.querySelector<HTMLElement>('h2, [role="alert"] button')?.focus();
    });
    this.parts.view.showInPlaceOfChoices(
      h('div', { class: 'end-actions' }, read),
      ...(this.own ? [] : [h('p', { class: 'choices__label' }, 'This is someone else’s run: Choose again in the debrief starts a game of your own.')]),
    );
    host.hidden = false;
    document.body.classList.add('has-debrief');
    this.mountDebrief();
  }

  /** Draws the debrief again, e.g. after teacher mode was switched on the teacher's page. */
  redrawDebrief(): void {
    if (this.current?.ended) this.mountDebrief();
  }

  private mountDebrief(): void {
    this.cancelDebrief?.();
    const engine = this.engine;
    const host = this.parts.elements.debrief;
    void this.parts.laterViews.mount(host, ({ showDebrief }) => {
      // The player may have gone back to an earlier decision while the debrief was loading.
      if (engine !== this.current || !engine.ended) return false;
      const beats = engine.transcript.map((turn) => turn.beat);
      // Worked out in a step of the debrief's building, not in the click that ends the game; a reason
      // changed meanwhile builds the debrief again (setReason).
      const codes = (): RunCodes => {
        const record = recordOf(engine);
        const withReasons = encodeRunCode(record, { reasons: true });
        const plain = encodeRunCode(record);
        return { plain, withReasons: withReasons === plain ? null : withReasons };
      };
      const parts = showDebrief(host, { route: engine.route, decisions: engine.decisions, beats }, codes, {
        replayFrom: (turn) => void this.replayFrom(turn),
        openMap: () => this.parts.openMap(),
        restart: () => this.parts.askRestart(),
        copy: copyText,
        reflection: this.reflection,
        setReflection: (text) => this.setReflection(text),
        teacherMode: this.parts.teacherMode(),
      });
      // Part by part, in idle moments once the ending's text is on screen (and the stage's last scene has
      // turned in); busy until the last is in.
      host.setAttribute('aria-busy', 'true');
      const idle = (): void => host.removeAttribute('aria-busy');
      const stop = inSteps(parts, idle);
      this.cancelDebrief = () => {
        stop();
        idle();
      };
      return true;
    });
  }
}
