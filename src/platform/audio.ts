/**
 * Sound: one-shot effects and looping ambience named by the story's `# sfx:` and `# music:` tags.
 *
 * Howler is fetched only on the player's first gesture, so it is not among the scripts the page
 * needs before the first story text; until then cues are dropped. With sound off it waits longer,
 * until the player turns sound on: a running AudioContext keeps the sound device and a thread busy
 * even when all it plays is silence, and a classroom's laptops start with sound off. Muting later
 * stops the context's clock for the same reason. Sound is decoration: a missing
 * file, an unknown id or a browser without Web Audio must never stop the story, so nothing here
 * throws and each bad id is reported at most once.
 */
import type { Howl, HowlerGlobal } from 'howler';
import type { Cue } from '../narrative/beat';
import { CUE_IDS, cueSound } from './audio-cues';

/** The game's sound, behind an interface so the page can be tested with {@link MemoryAudio}. */
export interface AudioService {
  /** Call on the player's first gesture (click, key, tap); browsers keep audio locked until one. */
  unlock(): void;
  /** Plays a cue: an `sfx` once; a `music` cue loops and cross-fades from the previous one. */
  play(cue: Cue): void;
  /** Mutes or unmutes everything at once; looping ambience keeps its place while muted. */
  setMuted(muted: boolean): void;
  readonly muted: boolean;
  /** Stops and releases every sound; the service stays silent afterwards. */
  dispose(): void;
}

/** How long a new ambience takes to replace the old one. */
const CROSSFADE_MS = 1200;
/** Cues asked for while Howler is still arriving (tens of milliseconds); more is a burst nobody wants late. */
const MAX_PENDING = 4;

interface HowlerLib {
  Howl: typeof Howl;
  Howler: HowlerGlobal;
}

interface Loop {
  id: string;
  howl: Howl;
  sound: number;
  volume: number;
  /** When its fade-in began (performance.now()), to know how loud it is if it must fade out early. */
  since: number;
}

/**
 * Howler is CommonJS: depending on the bundler's interop its exports arrive on the namespace or on
 * its `default`. Look at the namespace first; `default` is read only when needed.
 */
function pickLib(mod: unknown): HowlerLib | null {
  const isLib = (value: unknown): value is HowlerLib => {
    const lib = value as Partial<HowlerLib> | null | undefined;
    return !!lib && typeof lib.Howl === 'function' && !!lib.Howler;
  };
  if (isLib(mod)) return mod;
  const fallback = (mod as { default?: unknown } | null)?.default;
  return isLib(fallback) ? fallback : null;
}

function hasWebAudio(): boolean {
  const g = globalThis as { AudioContext?: unknown; webkitAudioContext?: unknown };
  return g.AudioContext != null || g.webkitAudioContext != null;
}

class HowlerAudio implements AudioService {
  /** 'waiting': a gesture has come, but sound is off, so Howler has not been fetched. */
  private phase: 'locked' | 'waiting' | 'loading' | 'ready' | 'failed' | 'disposed' = 'locked';
  private lib: HowlerLib | null = null;
  private pending: Cue[] = [];
  private readonly howls = new Map<string, Howl>();
  private readonly broken = new Set<string>();
  private readonly warned = new Set<string>();
  private loop: Loop | null = null;
  /** The ambience asked for last; it may still be loading while the old one plays on. */
  private wanted: string | null = null;
  /** The ambience the story asked for last since the first gesture, to start when Howler arrives. */
  private ambience: string | null = null;

  constructor(private mutedNow: boolean) {}

  get muted(): boolean {
    return this.mutedNow;
  }

  unlock(): void {
    if (this.phase !== 'locked') return;
    this.phase = 'waiting';
    if (!this.mutedNow) this.load();
  }

  play(cue: Cue): void {
    if (this.phase === 'locked' || this.phase === 'disposed') return;
    if (cue.kind === 'music') this.ambience = cue.id;
    // An effect under mute is never heard, and must not sound later either, when the clock runs again.
    if (this.mutedNow && cue.kind === 'sfx') return;
    if (this.phase === 'loading' && this.pending.length < MAX_PENDING) this.pending.push(cue);
    if (this.phase !== 'ready') return;
    try {
      if (cue.kind === 'music') this.playLoop(cue.id);
      else this.howl(cue.id)?.play();
      // Howler starts a context it had suspended itself (after a silence) when a sound plays.
      if (this.mutedNow) this.holdClock(true);
    } catch (err) {
      this.warnOnce(cue.id, 'could not be played', err);
    }
  }

  setMuted(muted: boolean): void {
    this.mutedNow = muted;
    // Turning sound on is itself a gesture, in which the browser lets the context start.
    if (!muted && this.phase === 'waiting') return this.load();
    try {
      this.lib?.Howler.mute(muted);
      this.holdClock(muted);
    } catch (err) {
      this.warnOnce('(mute)', 'could not be applied', err);
    }
  }

  dispose(): void {
    this.phase = 'disposed';
    this.pending = [];
    this.loop = null;
    this.wanted = null;
    // Only our own sounds: Howler.unload() would also close the AudioContext other code may share.
    for (const howl of this.howls.values()) howl.unload();
    this.howls.clear();
  }

  private load(): void {
    this.phase = 'loading';
    import('howler')
      .then((mod) => this.start(pickLib(mod)))
      .catch((err: unknown) => this.fail(err));
  }

  private start(lib: HowlerLib | null): void {
    if (this.phase !== 'loading') return; // disposed while Howler was on its way
    if (!lib) return this.fail(new Error('the howler module has no Howl/Howler exports'));
    this.lib = lib;
    try {
      lib.Howler.mute(this.mutedNow); // also creates Howler's AudioContext
      // The import finished after the gesture's handler returned. Where the browser still counts
      // the gesture this resumes now; elsewhere Howler's autoUnlock resumes on the next tap.
      this.holdClock(this.mutedNow);
    } catch (err) {
      this.lib = null;
      return this.fail(err);
    }
    this.phase = 'ready';
    // The files are small; loading them now lets the first gavel land on its line, not after it.
    for (const id of CUE_IDS) this.howl(id);
    const queued = this.pending;
    this.pending = [];
    for (const cue of queued) this.play(cue);
    // The ambience asked for while sound was off, or while Howler was on its way (a repeat changes nothing).
    if (this.ambience) this.play({ kind: 'music', id: this.ambience });
  }

  /**
   * Stops the AudioContext's clock under mute and starts it again after: a muted game then keeps no
   * sound device busy, and its ambience goes on from where it was.
   */
  private holdClock(muted: boolean): void {
    const ctx = this.lib?.Howler.ctx as AudioContext | undefined;
    if (!ctx || ctx.state === 'closed') return;
    // Asked whatever the state says: a resume still under way (Howler's, on this same tap) reads as
    // suspended, and the last call made is the one that holds.
    (muted ? ctx.suspend() : ctx.resume()).catch(() => undefined);
  }

  private fail(err: unknown): void {
    if (this.phase === 'disposed') return;
    this.phase = 'failed';
    this.pending = [];
    console.warn('[audio] sound is off: Howler could not start.', err);
  }

  /** The Howl for a cue, made on first use; null for an unknown or broken cue. */
  private howl(id: string): Howl | null {
    const lib = this.lib;
    if (!lib || this.broken.has(id)) return null;
    const existing = this.howls.get(id);
    if (existing) return existing;
    const sound = cueSound(id);
    if (!sound) {
      this.warnOnce(id, 'is not a known cue');
      return null;
    }
    const howl = new lib.Howl({
      src: [sound.url],
      format: ['wav'], // Howler guesses the codec from the URL; say it outright in case a host rewrites it
      volume: sound.volume,
      onloaderror: (_sound, err) => this.breakCue(id, err),
      onplayerror: (_sound, err) => this.warnOnce(id, 'could not be played', err),
      // Howler unlocks audio on the next tap or key after its sounds are made, by starting the clock:
      // under mute, stop it again.
      onunlock: () => {
        if (this.mutedNow) this.holdClock(true);
      },
    });
    this.howls.set(id, howl);
    return howl;
  }

  /** A file that cannot load is set aside; whatever was playing plays on. */
  private breakCue(id: string, err: unknown): void {
    this.broken.add(id);
    this.howls.get(id)?.unload();
    this.howls.delete(id);
    if (this.wanted === id) this.wanted = this.loop?.id ?? null;
    this.warnOnce(id, 'could not be loaded', err);
  }

  private playLoop(id: string): void {
    if (this.wanted === id) return; // a repeated tag: the hall keeps murmuring, nothing restarts
    const howl = this.howl(id);
    if (!howl) return; // unknown or broken: the current ambience carries on
    this.wanted = id;
    // Cross-fade only once the new file is ready, so a failed load never leaves silence behind.
    const begin = (): void => {
      if (this.phase === 'ready' && this.wanted === id) this.crossfadeTo(id, howl);
    };
    if (howl.state() === 'loaded') begin();
    else howl.once('load', begin);
  }

  private crossfadeTo(id: string, howl: Howl): void {
    const previous = this.loop;
    if (previous?.id === id) return;
    if (previous) {
      // Fade from where its own fade-in had got to: Howl.volume(id) can't be asked safely, as
      // Howler reads a lone number as a new volume when that sound id has been recycled.
      const progress = Math.min(1, (performance.now() - previous.since) / CROSSFADE_MS);
      const { howl: old, sound } = previous;
      old.fade(previous.volume * progress, 0, CROSSFADE_MS, sound);
      old.once('fade', () => old.stop(sound), sound);
    }
    const volume = cueSound(id)?.volume ?? 1;
    const sound = howl.play();
    howl.loop(true, sound);
    howl.volume(0, sound);
    howl.fade(0, volume, CROSSFADE_MS, sound);
    this.loop = { id, howl, sound, volume, since: performance.now() };
  }

  private warnOnce(id: string, what: string, err?: unknown): void {
    if (this.warned.has(id)) return;
    this.warned.add(id);
    console.warn(`[audio] cue "${id}" ${what}; it will stay silent.`, ...(err === undefined ? [] : [err]));
  }
}

/**
 * The real sound service, playing the cue files with Howler (loaded on the first {@link AudioService.unlock}).
 * Where the browser has no Web Audio it returns a silent service that still keeps the mute setting.
 */
export function createHowlerAudio(initialMuted: boolean): AudioService {
  if (!hasWebAudio()) {
    const silent = createSilentAudio();
    silent.setMuted(initialMuted);
    return silent;
  }
  return new HowlerAudio(initialMuted);
}

/** A service that plays nothing but remembers the mute setting, so the settings page still reads true. */
export function createSilentAudio(): AudioService {
  let muted = false;
  return {
    unlock: () => undefined,
    play: () => undefined,
    setMuted: (value) => {
      muted = value;
    },
    get muted() {
      return muted;
    },
    dispose: () => undefined,
  };
}

/**
 * An in-memory service for tests. It keeps the real one's rules: nothing sounds before `unlock()`,
 * unknown ids are ignored, a repeated music cue does not restart, and ambience keeps looping
 * (silently) under mute.
 */
export class MemoryAudio implements AudioService {
  /** Every cue asked for, heard or not. */
  readonly requested: Cue[] = [];
  /** The cues a listener would have heard start: after unlock, known, and not muted. */
  readonly played: Cue[] = [];
  /** The ambience now looping, audible or not. */
  music: string | null = null;
  unlocked = false;
  disposed = false;

  constructor(private mutedNow = false) {}

  get muted(): boolean {
    return this.mutedNow;
  }

  unlock(): void {
    if (!this.disposed) this.unlocked = true;
  }

  play(cue: Cue): void {
    this.requested.push({ ...cue });
    if (!this.unlocked || this.disposed || !cueSound(cue.id)) return;
    if (cue.kind === 'music') {
      if (this.music === cue.id) return;
      this.music = cue.id;
    }
    if (!this.mutedNow) this.played.push({ ...cue });
  }

  setMuted(muted: boolean): void {
    this.mutedNow = muted;
  }

  dispose(): void {
    this.disposed = true;
    this.music = null;
  }
}
