import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CUE_IDS, CUE_SOUNDS, cueSound } from '../../src/platform/audio-cues';
import { createHowlerAudio, createSilentAudio, MemoryAudio } from '../../src/platform/audio';

const AUDIO_DIR = fileURLToPath(new URL('../../assets/audio/', import.meta.url));

/** A stand-in for Howler that records what the service asks of it (the real one needs a browser). */
const fake = vi.hoisted(() => {
  type Listener = { event: string; fn: () => void; sound: number | undefined };
  const made: FakeHowl[] = [];
  const failing = new Set<string>();
  const muted: boolean[] = [];
  class FakeHowl {
    readonly calls: string[] = [];
    private readonly listeners: Listener[] = [];
    private next = 0;
    private loaded = false;
    constructor(readonly options: { src: string[]; onloaderror?: (s: number, e: unknown) => void; onunlock?: () => void }) {
      made.push(this);
      const url = options.src[0] ?? '';
      queueMicrotask(() => {
        if ([...failing].some((id) => url.endsWith(`/${id}.wav`))) options.onloaderror?.(0, 'decode failed');
        else {
          this.loaded = true;
          this.emit('load');
        }
      });
    }
    get url(): string {
      return this.options.src[0] ?? '';
    }
    state(): string {
      return this.loaded ? 'loaded' : 'loading';
    }
    play(): number {
      this.calls.push('play');
      return ++this.next;
    }
    loop(on: boolean, sound: number): this {
      this.calls.push(`loop ${on} #${sound}`);
      return this;
    }
    volume(v: number, sound: number): this {
      this.calls.push(`volume ${v} #${sound}`);
      return this;
    }
    fade(from: number, to: number, _ms: number, sound: number): this {
      this.calls.push(`fade ${from.toFixed(2)}->${to} #${sound}`);
      return this;
    }
    stop(sound: number): this {
      this.calls.push(`stop #${sound}`);
      return this;
    }
    unload(): null {
      this.calls.push('unload');
      return null;
    }
    once(event: string, fn: () => void, sound?: number): this {
      this.listeners.push({ event, fn, sound });
      return this;
    }
    emit(event: string, sound?: number): void {
      for (const l of this.listeners.filter((x) => x.event === event && x.sound === sound)) {
        this.listeners.splice(this.listeners.indexOf(l), 1);
        l.fn();
      }
    }
  }
  /** Howler's AudioContext, made by its first mute() as the real one's is: its state, and each change asked of it. */
  class FakeContext {
    state: 'suspended' | 'running' = 'suspended';
    readonly calls: string[] = [];
    suspend(): Promise<void> {
      this.calls.push('suspend');
      this.state = 'suspended';
      return Promise.resolve();
    }
    resume(): Promise<void> {
      this.calls.push('resume');
      this.state = 'running';
      return Promise.resolve();
    }
  }
  const Howler: { mute: (m: boolean) => void; ctx: FakeContext | undefined } = {
    mute: (m: boolean) => {
      Howler.ctx ??= new FakeContext();
      muted.push(m);
    },
    ctx: undefined,
  };
  return { made, failing, muted, FakeHowl, Howler };
});
vi.mock('howler', () => ({ Howl: fake.FakeHowl, Howler: fake.Howler }));

const howlFor = (id: string) => fake.made.find((h) => h.url.endsWith(`/${id}.wav`));
const settle = () => vi.waitFor(() => expect(fake.made.length).toBeGreaterThan(0));
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Reads a canonical 44-byte-header WAV as the generator writes it. */
function readWav(id: string) {
  const bytes = readFileSync(`${AUDIO_DIR}${id}.wav`);
  const samples = new Int16Array(bytes.buffer.slice(bytes.byteOffset + 44, bytes.byteOffset + bytes.length));
  return {
    bytes,
    riff: bytes.toString('ascii', 0, 4) + bytes.toString('ascii', 8, 12),
    format: bytes.readUInt16LE(20),
    channels: bytes.readUInt16LE(22),
    rate: bytes.readUInt32LE(24),
    bits: bytes.readUInt16LE(34),
    samples,
  };
}

describe('the cue files', () => {
  it('has a mono 22050 Hz 16-bit WAV for every cue id, and a cue id for every WAV', () => {
    const files = readdirSync(AUDIO_DIR).filter((f) => f.endsWith('.wav')).map((f) => f.slice(0, -4));
    expect([...files].sort()).toEqual([...CUE_IDS].sort());
    for (const id of CUE_IDS) {
      const wav = readWav(id);
      expect(wav.riff, id).toBe('RIFFWAVE');
      expect([wav.format, wav.channels, wav.rate, wav.bits], id).toEqual([1, 1, 22050, 16]);
      expect(wav.bytes.length, id).toBeLessThan(96 * 1024);
      expect(cueSound(id)?.url, id).toMatch(new RegExp(`${id}\\.wav$`));
    }
  });

  it('keeps every file quiet: peaks at about -6 dBFS', () => {
    for (const id of CUE_IDS) {
      const peak = readWav(id).samples.reduce((m, s) => Math.max(m, Math.abs(s)), 0);
      const dbfs = 20 * Math.log10(peak / 32768);
      expect(dbfs, id).toBeGreaterThan(-6.5);
      expect(dbfs, id).toBeLessThan(-5.5);
    }
  });

  it('makes the murmur loop without a click at the seam', () => {
    const s = readWav('murmur').samples;
    const steps = Array.from(s.subarray(1), (v, i) => Math.abs(v - (s[i] ?? 0))).sort((a, b) => a - b);
    const typical = steps[Math.floor(steps.length * 0.9)] ?? 0;
    expect(Math.abs((s[0] ?? 0) - (s[s.length - 1] ?? 0))).toBeLessThan(typical);
  });

  it('does not mistake Object.prototype for a cue', () => {
    expect(cueSound('constructor')).toBeUndefined();
    expect(CUE_SOUNDS.size).toBe(CUE_IDS.length);
  });
});

describe('MemoryAudio', () => {
  it('drops cues before unlock, then records them', () => {
    const audio = new MemoryAudio();
    audio.play({ kind: 'sfx', id: 'gavel' });
    audio.unlock();
    audio.play({ kind: 'sfx', id: 'stamp' });
    expect(audio.played).toEqual([{ kind: 'sfx', id: 'stamp' }]);
    expect(audio.requested).toHaveLength(2);
  });

  it('honours mute, and keeps the ambience looping underneath', () => {
    const audio = new MemoryAudio(true);
    audio.unlock();
    expect(audio.muted).toBe(true);
    audio.play({ kind: 'sfx', id: 'gavel' });
    audio.play({ kind: 'music', id: 'murmur' });
    expect(audio.played).toEqual([]);
    expect(audio.music).toBe('murmur');
    audio.setMuted(false);
    audio.play({ kind: 'sfx', id: 'bell' });
    audio.play({ kind: 'music', id: 'murmur' }); // already looping: nothing new starts
    expect(audio.played).toEqual([{ kind: 'sfx', id: 'bell' }]);
  });

  it('ignores unknown ids and is silent after dispose', () => {
    const audio = new MemoryAudio();
    audio.unlock();
    audio.play({ kind: 'sfx', id: 'cannon' });
    audio.dispose();
    audio.play({ kind: 'sfx', id: 'gavel' });
    expect(audio.played).toEqual([]);
  });
});

describe('createHowlerAudio', () => {
  let warn: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    fake.made.length = 0;
    fake.muted.length = 0;
    fake.Howler.ctx = undefined;
    fake.failing.clear();
    warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.stubGlobal('AudioContext', class {});
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('loads Howler only on unlock, and plays what was asked while it arrived', async () => {
    const audio = createHowlerAudio(false);
    audio.play({ kind: 'sfx', id: 'gavel' });
    await flush();
    expect(fake.made).toHaveLength(0);
    audio.unlock();
    audio.play({ kind: 'sfx', id: 'stamp' });
    await settle();
    expect(fake.made).toHaveLength(CUE_IDS.length); // all preloaded
    expect(howlFor('gavel')?.calls).toEqual([]);
    expect(howlFor('stamp')?.calls).toEqual(['play']);
    expect(fake.muted).toEqual([false]);
  });

  it('mutes everything through Howler, and stops the audio clock while muted', async () => {
    const audio = createHowlerAudio(false);
    audio.unlock();
    await settle();
    expect(fake.Howler.ctx?.state).toBe('running');
    audio.setMuted(true);
    expect(fake.muted).toEqual([false, true]);
    expect(audio.muted).toBe(true);
    expect(fake.Howler.ctx?.state).toBe('suspended');
    audio.setMuted(false);
    expect(fake.muted).toEqual([false, true, false]);
    expect(fake.Howler.ctx?.calls).toEqual(['resume', 'suspend', 'resume']);
  });

  it('with sound off, fetches no Howler and makes no AudioContext until sound is turned on, then starts the ambience', async () => {
    const audio = createHowlerAudio(true);
    audio.unlock();
    audio.play({ kind: 'music', id: 'murmur' });
    audio.play({ kind: 'sfx', id: 'gavel' });
    await flush();
    expect([fake.made.length, fake.Howler.ctx]).toEqual([0, undefined]);
    audio.setMuted(false);
    await settle();
    await flush(); // the files "load"
    expect(fake.muted).toEqual([false]);
    expect(fake.Howler.ctx?.state).toBe('running');
    expect(howlFor('murmur')?.calls).toEqual(['play', 'loop true #1', 'volume 0 #1', 'fade 0.00->0.35 #1']);
    // The effect was asked for under mute: it is not played late.
    expect(howlFor('gavel')?.calls).toEqual([]);
  });

  it('stops the clock again when Howler starts it to unlock audio on a tap under mute, and not with sound on', async () => {
    const audio = createHowlerAudio(false);
    audio.unlock();
    await settle();
    // Howler's own unlock, on the next tap: it resumes the context, then tells every sound.
    const tap = () => {
      void fake.Howler.ctx?.resume();
      for (const howl of fake.made) howl.options.onunlock?.();
    };
    tap();
    expect(fake.Howler.ctx?.state).toBe('running');
    audio.setMuted(true);
    tap();
    expect(fake.Howler.ctx?.state).toBe('suspended');
  });

  it('under mute, plays no effect at all: none would be heard, and none must sound when the clock runs again', async () => {
    const audio = createHowlerAudio(false);
    audio.unlock();
    await settle();
    await flush();
    audio.setMuted(true);
    audio.play({ kind: 'sfx', id: 'gavel' });
    audio.play({ kind: 'music', id: 'murmur' });
    audio.setMuted(false);
    audio.play({ kind: 'sfx', id: 'stamp' });
    expect(howlFor('gavel')?.calls).toEqual([]);
    expect(howlFor('murmur')?.calls[0]).toBe('play');
    expect(howlFor('stamp')?.calls).toEqual(['play']);
    expect(fake.Howler.ctx?.state).toBe('running');
  });

  it('loops music, cross-fades to a new one, and ignores a repeat', async () => {
    const audio = createHowlerAudio(false);
    audio.unlock();
    await settle();
    await flush(); // the files "load"
    audio.play({ kind: 'music', id: 'murmur' });
    audio.play({ kind: 'music', id: 'murmur' });
    const murmur = howlFor('murmur')!;
    expect(murmur.calls).toEqual(['play', 'loop true #1', 'volume 0 #1', 'fade 0.00->0.35 #1']);
    audio.play({ kind: 'music', id: 'bell' });
    expect(murmur.calls[4]).toMatch(/^fade \d\.\d\d->0 #1$/);
    expect(murmur.calls).not.toContain('stop #1');
    murmur.emit('fade', 1);
    expect(murmur.calls).toContain('stop #1');
    expect(howlFor('bell')?.calls).toEqual(['play', 'loop true #1', 'volume 0 #1', 'fade 0.00->0.6 #1']);
  });

  it('lets an unknown id or a broken file change nothing, warning once per id', async () => {
    fake.failing.add('telegraph');
    const audio = createHowlerAudio(false);
    audio.unlock();
    await settle();
    await flush();
    audio.play({ kind: 'music', id: 'murmur' });
    const before = howlFor('murmur')!.calls.length;
    for (let i = 0; i < 2; i++) {
      expect(() => audio.play({ kind: 'sfx', id: 'cannon' })).not.toThrow();
      expect(() => audio.play({ kind: 'music', id: 'telegraph' })).not.toThrow();
    }
    expect(howlFor('murmur')!.calls).toHaveLength(before);
    expect(howlFor('telegraph')?.calls).toEqual(['unload']);
    expect(warn).toHaveBeenCalledTimes(2);
  });

  it('is silent where there is no Web Audio, but keeps the mute setting', async () => {
    vi.unstubAllGlobals();
    const audio = createHowlerAudio(true);
    audio.unlock();
    audio.play({ kind: 'sfx', id: 'gavel' });
    await flush();
    expect(fake.made).toHaveLength(0);
    expect(audio.muted).toBe(true);
    expect(createSilentAudio().muted).toBe(false);
  });
});
