import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** Phaser's build flags, as its own webpack build sets them; sound is off (Howler plays the game's sound). */
const FLAGS: Record<string, boolean> = {
  CANVAS_RENDERER: true,
  WEBGL_RENDERER: true,
  WEBGL_DEBUG: false,
  FEATURE_SOUND: false,
  EXPERIMENTAL: false,
  PLUGIN_CAMERA3D: false,
  PLUGIN_FBINSTANT: false,
};

const PHASER_SRC = fileURLToPath(new URL('../node_modules/phaser/src/', import.meta.url));
const FLAG = new RegExp(`typeof (${Object.keys(FLAGS).join('|')})\\b`, 'g');

/**
 * Lets src/scenes/phaser.ts build the stage's own Phaser from `phaser/src/…` (the package's exports
 * map only offers its prebuilt bundles) and sets the flags its sources test with `typeof FLAG`, so
 * that the bundler drops what is switched off.
 */
export function phaserSource(): Plugin {
  return {
    name: 'lenins-heirs:phaser-source',
    enforce: 'pre',
    resolveId(source) {
      if (!source.startsWith('phaser/src/')) return null;
      return `${PHASER_SRC}${source.slice('phaser/src/'.length)}`;
    },
    transform(code, id) {
      if (!id.startsWith(PHASER_SRC) || !code.includes('typeof ')) return null;
      const replaced = code.replace(FLAG, (_, flag: string) => String(FLAGS[flag]));
      return replaced === code ? null : { code: replaced, map: null };
    },
  };
}
