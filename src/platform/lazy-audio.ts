import type { Cue } from '../narrative/beat';
import type { AudioService } from './audio';

/** How many cues to keep while the audio code loads after the first gesture. */
const QUEUE_LIMIT = 4;

/**
 * An audio service whose real implementation (Howler and the cue files) loads only on the first
 * gesture, so none of it weighs on the first story text. Before that gesture cues are dropped, as
 * browsers would not play them anyway.
 */
export class LazyAudio implements AudioService {
  private real: AudioService | null = null;
  private loading = false;
  private readonly queue: Cue[] = [];

  constructor(private mutedNow: boolean) {}

  get muted(): boolean {
    return this.real?.muted ?? this.mutedNow;
  }

  unlock(): void {
    if (this.real) {
      this.real.unlock();
      return;
    }
    if (this.loading) return;
    this.loading = true;
    import('./audio')
      .then(({ createHowlerAudio }) => {
        const real = createHowlerAudio(this.mutedNow);
        real.unlock();
        for (const cue of this.queue.splice(0)) real.play(cue);
        this.real = real;
      })
      .catch(() => {
        // Without the audio code the game is silent; nothing else changes.
        this.queue.length = 0;
      });
  }

  play(cue: Cue): void {
    if (this.real) this.real.play(cue);
    else if (this.loading && this.queue.length < QUEUE_LIMIT) this.queue.push(cue);
  }

  setMuted(muted: boolean): void {
    this.mutedNow = muted;
    this.real?.setMuted(muted);
  }

  dispose(): void {
    this.real?.dispose();
    this.queue.length = 0;
  }
}
