/**
 * The sound cues the story may name with `# sfx: id` or `# music: id`, and the file behind each.
 * The files are made by scripts/generate-audio.mjs; tests/unit/audio.test.ts checks that every id
 * here has its file and every file has its id.
 */
import bellUrl from '../../assets/audio/bell.wav?url';
import gavelUrl from '../../assets/audio/gavel.wav?url';
import murmurUrl from '../../assets/audio/murmur.wav?url';
import stampUrl from '../../assets/audio/stamp.wav?url';
import telegraphUrl from '../../assets/audio/telegraph.wav?url';
import typewriterUrl from '../../assets/audio/typewriter.wav?url';

/** Where a cue's file is and how loud it plays. */
export interface CueSound {
  readonly url: string;
  /**
   * Playback volume, 0..1. Every file peaks at -6 dBFS; these even out how loud they feel, since a
   * sustained tone at the same peak sounds far louder than a knock.
   */
  readonly volume: number;
}

/**
 * Every known cue. A Map rather than an object literal because the ids come from story tags:
 * `# sfx: constructor` is a valid kebab-case id and must not find `Object.prototype.constructor`.
 */
export const CUE_SOUNDS: ReadonlyMap<string, CueSound> = new Map([
  ['gavel', { url: gavelUrl, volume: 0.8 }], // two knocks: the chair calls the congress to order
  ['stamp', { url: stampUrl, volume: 0.8 }], // a decree or a verdict made official
  ['typewriter', { url: typewriterUrl, volume: 0.7 }], // minutes, memoranda, a letter being typed
  ['telegraph', { url: telegraphUrl, volume: 0.35 }], // news from the provinces; a steady tone, so quiet
  ['bell', { url: bellUrl, volume: 0.6 }], // a new chapter or a new year
  ['murmur', { url: murmurUrl, volume: 0.35 }], // the congress hall; loops as ambience under the text
]);

/** The known cue ids, in the order above. */
export const CUE_IDS: readonly string[] = [...CUE_SOUNDS.keys()];

/** The sound for a cue id, or undefined for an id no file answers to. */
export function cueSound(id: string): CueSound | undefined {
  return CUE_SOUNDS.get(id);
}
