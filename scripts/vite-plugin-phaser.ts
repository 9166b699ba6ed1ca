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
/**
 * The WebGL render nodes the stage's Graphics, Text and cameras never ask for (the manager builds a
 * node the first time it is asked for it by name, so the ones left out are never missed). A full
 * playthrough under WebGL asks for: BatchHandlerQuad, BatchHandlerQuadSingle, BatchHandlerTriFlat,
 * Camera, DrawLine, FillCamera, FillPath, FillRect, FillTri, ListCompositor, StrokePath,
 * SubmitterQuad, TexturerImage and TransformerImage.
 */
const UNUSED_NODES =
  /require\('\.\/(?:filters\/BaseFilter|filters\/BaseFilterShader|BatchHandlerPointLight|BatchHandlerStrip|BatchHandlerTileSprite|BatchHandlerTri|DynamicTextureHandler|RebindContext|YieldContext|submitter\/Submitter(?:MeshToQuad|Tile|TilemapGPULayer|TileSprite)|texturer\/TexturerTileSprite|transformer\/Transformer(?:Stamp|Tile|TileSprite|Vertex))'\)/g;

const REWRITES: Record<string, Array<[string | RegExp, string]>> = {
  // `Renderer.Events` only, not the renderer namespace with every render node.
  'renderer/webgl/renderNodes/BatchHandler.js': [["require('../../../renderer')", "{ Events: require('../../events') }"]],
  // `MATH.RND` only, not the whole Math namespace.
  'utils/object/GetAdvancedValue.js': [
    ["require('../../math')", "{ RND: new (require('../../math/random-data-generator/RandomDataGenerator'))() }"],
  ],
  // No filters: `addBlur()` and the like are never called, and a filter's render node is then never made.
  'gameobjects/components/FilterList.js': [[FILTER, 'null']],
  'renderer/webgl/renderNodes/RenderNodeManager.js': [[FILTER, 'null'], [UNUSED_NODES, 'null']],
  // The config seeds `Math.RND`: the random generator only, not the whole Math namespace (3D matrices,
  // noise, easing tables…).
  'core/Config.js': [["require('../math/')", "{ RandomDataGenerator: require('../math/random-data-generator/RandomDataGenerator') }"]],
  // No game-wide input or sprite animations: the page owns the keyboard and pointer (the config
  // switches Phaser's input off) and the stage animates with tweens. `game.input` and `game.anims`
  // are then empty objects that nothing reads.
  'core/Game.js': [
    ["require('../animations/AnimationManager')", 'function () {}'],
    ["require('../input/InputManager')", 'function () {}'],
  ],
  // The texture manager's stamp and tile sprite serve DynamicTexture drawing, which the stage never
  // does; and of the texture parsers it needs only the one for plain images (its white and missing
  // textures). Without them, sprite animations and the compressed-texture parsers stay out too.
  'textures/TextureManager.js': [
    ["require('../gameobjects/image/Image')", 'null'],
    ["require('../gameobjects/tilesprite/TileSprite')", 'null'],
    ["require('./parsers')", "{ Image: require('./parsers/Image') }"],
    [/this\.stamp = new ImageGameObject\(scene\)\.setOrigin\(0\);\s*this\.tileSprite = new TileSpriteGameObject\([^)]*\)\.setOrigin\(0\);/, ''],
    ['this.stamp.destroy();', ''],
  ],
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
