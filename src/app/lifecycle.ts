/**
 * The app's lifecycle: one small state machine that owns which view is shown and whether input is
 * taken. The page renders what it says and asks it before acting; nothing else shows or hides a view.
 *
 *   loading → title → playing ⇄ choosing → ended ⇄ playing (choose again)
 *                  ↘ failed (the story could not load; retry → loading)
 *   any → viewing-run (#run=…), class (#class), teacher (#teacher), essay (#essay); home → where the game was
 */
export type Phase = 'loading' | 'failed' | 'title' | 'playing' | 'choosing' | 'ended' | 'viewing-run' | 'class' | 'teacher' | 'essay';

/** The views of the page; exactly one is shown. */
export type View = 'title' | 'story' | 'class' | 'teacher' | 'essay';

export const VIEW_OF: Readonly<Record<Phase, View>> = {
  // The title shows while the story loads (its buttons say so) and says there if loading failed.
  loading: 'title',
  failed: 'title',
  title: 'title',
  playing: 'story',
  choosing: 'story',
  ended: 'story',
  'viewing-run': 'story',
  class: 'class',
  teacher: 'teacher',
  essay: 'essay',
};

export type LifecycleEvent =
  | 'loaded'
  | 'load-failed'
  | 'retry'
  | 'start'
  | 'choose'
  | 'shown'
  | 'end'
  | 'rewind'
  | 'view-run'
  | 'class'
  | 'teacher'
  | 'essay'
  | 'home'
  | 'title';

/** The phases a game can be left in and returned to ("home"). */
type GamePhase = 'title' | 'playing' | 'ended';
const GAME_PHASES: readonly Phase[] = ['title', 'playing', 'ended'];
const ASIDE: readonly Phase[] = ['viewing-run', 'class', 'teacher', 'essay'];

const TRANSITIONS: Readonly<Partial<Record<Phase, Partial<Record<LifecycleEvent, Phase>>>>> = {
  loading: { loaded: 'title', 'load-failed': 'failed' },
  failed: { retry: 'loading' },
  title: { start: 'playing' },
  playing: { choose: 'choosing', end: 'ended', start: 'playing', rewind: 'playing', title: 'title' },
  choosing: { shown: 'playing', end: 'ended' },
  ended: { rewind: 'playing', start: 'playing', end: 'ended', title: 'title' },
  'viewing-run': { start: 'playing', 'view-run': 'viewing-run' },
};

export class Lifecycle {
  private now: Phase = 'loading';
  /** Where the game stood before an aside (a run, the class board, the teacher page, the essay). */
  private game: GamePhase = 'title';
  /** Whether the story has loaded: asides can open before it has, and "home" then returns to the wait. */
  private story: 'loading' | 'ready' | 'failed' = 'loading';
  private readonly listeners = new Set<(phase: Phase, view: View) => void>();

  get phase(): Phase {
    return this.now;
  }

  get view(): View {
    return VIEW_OF[this.now];
  }

  /** True while the player may take a choice: not during one, nor on someone else's run. */
  get takesChoices(): boolean {
    return this.now === 'playing';
  }

  /** Calls back on every change of phase, and once now. */
  subscribe(listener: (phase: Phase, view: View) => void): () => void {
    this.listeners.add(listener);
    listener(this.now, this.view);
    return () => this.listeners.delete(listener);
  }

  /** Applies an event; returns false (and changes nothing) where it does not apply now. */
  send(event: LifecycleEvent): boolean {
    const next = this.next(event);
    if (next === null) return false;
    if (GAME_PHASES.includes(this.now) && !GAME_PHASES.includes(next)) this.game = this.now as GamePhase;
    this.now = next;
    for (const listener of this.listeners) listener(this.now, this.view);
    return true;
  }

  private next(event: LifecycleEvent): Phase | null {
    switch (event) {
      case 'class':
      case 'teacher':
      case 'essay':
        // These need no story: they open even while it loads, or after it failed to.
        return event;
      case 'view-run':
        return this.story === 'ready' ? 'viewing-run' : null;
      case 'home':
        if (!ASIDE.includes(this.now)) return null;
        return this.story === 'ready' ? this.game : this.story;
      case 'loaded':
      case 'load-failed':
        this.story = event === 'loaded' ? 'ready' : 'failed';
        if (ASIDE.includes(this.now)) return null;
        break;
      case 'retry':
        if (this.story === 'failed') this.story = 'loading';
        break;
      default:
        break;
    }
    return TRANSITIONS[this.now]?.[event] ?? null;
  }
}

/** What the address asks for. */
export type Route =
  | { kind: 'game' }
  | { kind: 'run'; code: string }
  | { kind: 'class' }
  | { kind: 'teacher' }
  | { kind: 'essay'; line: number | null }
  | { kind: 'bad'; message: string };

/** Reads `location.hash`; never throws, whatever a link or a QR scanner made of it. */
export function parseHash(hash: string): Route {
  const text = hash.replace(/^#/, '');
  if (text === '' || text === 'play') return { kind: 'game' };
  if (text === 'class') return { kind: 'class' };
  if (text === 'teacher') return { kind: 'teacher' };
  if (text === 'essay') return { kind: 'essay', line: null };
  const line = /^essay-L(\d{1,4})$/.exec(text);
  if (line) return { kind: 'essay', line: Number(line[1]) };
  if (text.startsWith('run=')) {
    const raw = text.slice('run='.length);
    try {
      return { kind: 'run', code: decodeURIComponent(raw) };
    } catch {
      return { kind: 'bad', message: 'This link to a run is damaged (it may have been cut short when it was copied). Ask for the run code itself, or open the link again.' };
    }
  }
  return { kind: 'bad', message: 'This address asks for a part of the game that does not exist; the game has opened as usual.' };
}
