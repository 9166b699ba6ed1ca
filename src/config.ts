/** Typed constants shared by the page, the platform services and the stage. */

/** The logical size of one outcome scene (the picture above the strip); Phaser scales the canvas to fit its box. */
export const STAGE = { width: 960, height: 540 } as const;

/** The strip under every scene: the meters, why they moved, and the 1921–1938 timeline. */
export const STRIP = { y: STAGE.height, height: 240 } as const;

/** The whole canvas: a scene with the strip beneath it (index.html's `.stage--strip` keeps this ratio). */
export const CANVAS = { width: STAGE.width, height: STAGE.height + STRIP.height } as const;

/** Scene keys: file name = class name = key. */
export const SCENES = {
  boot: 'BootScene',
  congress: 'CongressScene',
  politburo: 'PolitburoScene',
  countryside: 'CountrysideScene',
  poster: 'PosterScene',
  strip: 'StripScene',
} as const;

/** The outcome scenes the story names with `# scene: <id>`, and the scene key that draws each. */
export const STORY_SCENES = {
  congress: SCENES.congress,
  politburo: SCENES.politburo,
  countryside: SCENES.countryside,
  poster: SCENES.poster,
} as const;

/** The palette of style.md; every text pair is checked for WCAG AA in tests/unit/contrast.test.ts. */
export const PALETTE = {
  paper: '#efe6d2',
  ink: '#161616',
  red: '#b3261e',
  steel: '#3d5a73',
  paperDark: '#d9cdb3',
  grey: '#5c574d',
} as const;

/** Every key this game writes to localStorage begins with this. */
export const STORAGE_PREFIX = 'lenins-heirs:';

export const STORAGE_KEYS = {
  save: 'save',
  /** The single backup slot of format-1 days; its content moves into saveBackups. */
  saveBackup: 'save-backup',
  /** The list of saves set aside (newest first), each restorable from the title. */
  saveBackups: 'save-backups',
  settings: 'settings',
  explored: 'explored',
} as const;

/** The player's settings. */
export interface Settings {
  /** All sound off. */
  muted: boolean;
  /** Story text size, as a multiple of the base size. */
  textScale: number;
}

/** Fresh default settings; a new object each call so no caller can change another's. */
export function defaults(): Settings {
  return { muted: false, textScale: 1 };
}
