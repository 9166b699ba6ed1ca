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

/**
 * A few of Phaser's modules require a whole namespace for one member, which drags every module of
 * that namespace into the bundle. These rewrites narrow such requires (and drop the filters, which
 * the stage never uses). Each must match exactly: after a Phaser upgrade a stale one fails the build.
 */
const FILTER = /require\('(?:\.\.\/\.\.\/filters|\.\/filters)\/(?!Base)[A-Za-z]+'\)/g;
const REWRITES: Record<string, Array<[string | RegExp, string]>> = {
  // `Renderer.Events` only, not the renderer namespace with every render node.
  'renderer/webgl/renderNodes/BatchHandler.js': [["require('../../../renderer')", "{ Events: require('../../events') }"]],
  // `MATH.RND` only, not the whole Math namespace.
  'utils/object/GetAdvancedValue.js': [
    ["require('../../math')", "{ RND: new (require('../../math/random-data-generator/RandomDataGenerator'))() }"],
  ],
  // No filters: `addBlur()` and the like are never called, and a filter's render node is then never made.
  'gameobjects/components/FilterList.js': [[FILTER, 'null']],
  'renderer/webgl/renderNodes/RenderNodeManager.js': [[FILTER, 'null']],
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
      if (!id.startsWith(PHASER_SRC)) return null;
      let replaced = code.replace(FLAG, (_, flag: string) => String(FLAGS[flag]));
      for (const [from, to] of REWRITES[id.slice(PHASER_SRC.length)] ?? []) {
        const next = replaced.replace(from, to);
        if (next === replaced) throw new Error(`phaser-source: ${String(from)} is no longer in ${id}; check the rewrite.`);
        replaced = next;
      }
      return replaced === code ? null : { code: replaced, map: null };
    },
  };
}
