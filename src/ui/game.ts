import { STORAGE_KEYS } from '../config';
import type { EventBus, GameEvents } from '../events';
import type { Beat, DecisionTaken } from '../narrative/beat';
import { StoryEngine, drawFortune, type CompiledStory, type Route } from '../narrative/engine';
import { encodeRun } from '../narrative/run-code';
import { parseSave, restore, toSave } from '../narrative/save';
import type { KeyValueStore } from '../platform/storage';
import { h } from './dom';
import type { ExploredOptions } from './explored';
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
  store: KeyValueStore;
  bus: EventBus<GameEvents>;
  view: StoryView;
  notices: Notices;
  explored: ExploredOptions;
  elements: { debrief: HTMLElement; year: HTMLElement; badge: HTMLElement };
  openMap(): void;
  askRestart(): void;
}

const BADGE_TEXT = { history: 'History', disputed: 'Disputed', counterfactual: 'Counterfactual' } as const;

/**
 * Drives one playthrough: takes the player's choices to the engine, saves after each, keeps the header
 * and the debrief in step, and tells the stage and the audio what happened through the event bus.
 */
export class Game {
  /** Made when the player begins or continues: building a Story is the costliest step of start-up. */
  private current: StoryEngine | null = null;
  private readonly story: CompiledStory;
  private readonly store: KeyValueStore;
  private readonly bus: EventBus<GameEvents>;
  private readonly view: StoryView;
  private readonly notices: Notices;
  private readonly elements: GameParts['elements'];

  constructor(private readonly parts: GameParts) {
    ({ story: this.story, store: this.store, bus: this.bus, view: this.view, notices: this.notices, elements: this.elements } = parts);
  }

  /** The saved game's state, without loading it: whether Continue should be offered. */
  savedGame(): 'none' | 'ok' | 'unreadable' {
    const raw = this.store.get(STORAGE_KEYS.save);
    if (raw === null) return 'none';
    return parseSave(raw).ok ? 'ok' : 'unreadable';
  }

  /**
   * Sets an unreadable save aside under a backup key, so nothing is lost, and says why it could not
   * be used.
   */
  setAsideUnreadableSave(): void {
    const raw = this.store.get(STORAGE_KEYS.save);
    if (raw === null) return;
    const parsed = parseSave(raw);
    if (parsed.ok) return;
    this.store.set(STORAGE_KEYS.saveBackup, raw);
    this.store.remove(STORAGE_KEYS.save);
    this.notices.show(`${parsed.message} It has been kept aside, and a new game can begin.`);
  }

  /** The playthrough under way; only called once the player has begun or continued. */
  private get engine(): StoryEngine {
    if (!this.current) throw new Error('No playthrough has begun.');
    return this.current;
  }

  /** Begins a new playthrough on the route given (the full game unless told). */
  begin(route: Route = 'full'): void {
    this.current = new StoryEngine(this.story, drawFortune(), { route });
    this.show(true);
  }

  /** Continues the saved game; a save from an older story is carried over as far as it can be. */
  continueSaved(): void {
    const parsed = parseSave(this.store.get(STORAGE_KEYS.save) ?? '');
    if (!parsed.ok) {
      this.setAsideUnreadableSave();
      this.begin();
      return;
    }
    const restored = restore(this.story, parsed.save);
    this.current = restored.engine;
    if (!restored.ok) this.notices.show(restored.message);
    else if (restored.notice) this.notices.show(restored.notice);
    this.show(true);
  }

  /** Starts again from 1921, on the same route as the playthrough it replaces. */
  restart(): void {
    const route = this.current?.route ?? 'full';
    this.store.remove(STORAGE_KEYS.save);
    this.bus.emit('restart', {});
    this.begin(route);
  }

  choose(index: number): void {
    if (!this.current) return;
    const chosen = this.engine.current.choices.find((choice) => choice.index === index);
    if (!chosen) return;
    const turn = this.engine.transcript.length - 1;
    const beat = this.engine.choose(index);
    this.view.advance(chosen, turn, beat);
    this.save();
    const decision = chosen.decision ? (this.engine.decisions.at(-1) ?? null) : null;
    this.announce(beat, decision, false);
  }

  /** Keeps the player's reason for the decision taken at `turn`, in the save and the debrief. */
  setReason(turn: number, reason: string): void {
    if (!this.current) return;
    this.current.setReason(turn, reason);
    this.save();
    if (this.current.ended) this.finish();
  }

  /** Shows a playthrough read back from a run code, with its debrief; it is saved once the player acts. */
  adopt(engine: StoryEngine): void {
    this.current = engine;
    this.show(true);
  }

  /** Returns to the decision taken at `turn`, with the story as it stood then. */
  replayFrom(turn: number): void {
    this.engine.rewindTo(turn);
    this.show(false);
    this.save();
    this.view.focusChoices();
  }

  private show(restored: boolean): void {
    this.elements.debrief.hidden = true;
    this.elements.debrief.replaceChildren();
    document.body.classList.remove('has-debrief');
    this.view.renderTranscript(this.engine.transcript, this.engine.allReasons);
    this.announce(this.engine.current, this.engine.decisions.at(-1) ?? null, restored);
  }

  private announce(beat: Beat, decision: DecisionTaken | null, restored: boolean): void {
    this.elements.year.textContent = beat.status.year ? String(beat.status.year) : '';
    // The badge names every kind of record in what the player now reads, in the order they meet them.
    const records = [...new Set(beat.lines.map((line) => line.record))];
    const shown = records.length > 0 ? records : [beat.status.record];
    this.elements.badge.textContent = shown.map((record) => BADGE_TEXT[record]).join(' · ');
    this.elements.badge.dataset.record = shown.includes('counterfactual') ? 'counterfactual' : (shown[0] ?? 'history');
    const beats = this.engine.transcript.map((turn) => turn.beat);
    this.bus.emit('beat', { beat, decision, decisions: this.engine.decisions, beats, restored });
    for (const problem of beat.problems) console.warn(`[story] ${problem}`);
    if (this.engine.ended) this.finish();
  }

  private save(): void {
    const written = this.store.set(STORAGE_KEYS.save, JSON.stringify(toSave(this.engine)));
    if (!written.ok) this.notices.show(written.message);
  }

  private finish(): void {
    if (!this.parts.explored.add(this.engine.decisions, this.engine.current.status.ending)) {
      this.notices.show('The browser could not record this playthrough in the branch map.');
    }
    const engine = this.engine;
    void import('./later-views').then(({ showDebrief }) => {
      // The player may have gone back to an earlier decision while the debrief was loading.
      if (engine !== this.current || !engine.ended) return;
      const beats = engine.transcript.map((turn) => turn.beat);
      showDebrief(this.elements.debrief, { decisions: engine.decisions, beats }, encodeRun(engine), {
        replayFrom: (turn) => this.replayFrom(turn),
        openMap: () => this.parts.openMap(),
        restart: () => this.parts.askRestart(),
        copy: copyText,
      });
      this.elements.debrief.hidden = false;
      document.body.classList.add('has-debrief');
    });
    const read = h('button', { type: 'button', class: 'button button--primary' }, 'Read your debrief');
    read.addEventListener('click', () => {
      this.elements.debrief.scrollIntoView({ block: 'start' });
      this.elements.debrief.querySelector('h2')?.focus();
    });
    this.view.showInPlaceOfChoices(h('div', { class: 'end-actions' }, read));
  }
}
