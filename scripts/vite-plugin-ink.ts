import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { compileInk, type InkBuild } from './compile-ink.ts';

/**
 * Compiles `.ink` imports at build time: `import story from '../story/main.ink'` yields
 * `{ json, id }` for the runtime, and `import loadStory from '../story/main.ink?load'` a function that
 * resolves to it (the page uses this one, so that a failed load can be said and retried), and
 * `?index` what can be known of the story without running it (the class board reads it), so the shipped bundle never holds ink's compiler. An ink error or
 * warning fails the build (and so the tests) with its file and line; in dev, editing any `.ink`
 * file reloads the page.
 *
 * In a production build the compiled story is emitted as a JSON file beside the scripts and fetched
 * (with a preload hint in index.html, so it downloads alongside the entry script): it is data, and
 * keeping it out of the JavaScript keeps the script the first text waits for small.
 */
/** One choice as the sources have it: its id, the file it stands in (relative to story/), and whether history took it. */
export interface IndexedChoice {
  id: string;
  file: string;
  actual: boolean;
}

/**
 * `?index`: what the class board and the branch map need to know of the story without running it,
 * read from the ink sources: every choice, where it stands, and which options are what really happened.
 */
function indexStory(files: readonly string[]): { actual: string[]; choices: IndexedChoice[] } {
  const root = dirname(files[0] ?? '');
  const choices: IndexedChoice[] = [];
  for (const file of files) {
    for (const [line = ''] of readFileSync(file, 'utf8').matchAll(/^\s*[*+].*#\s*(?:choice|id):.*$/gm)) {
      const id = /#\s*(?:choice|id):\s*([a-z0-9.-]+)/.exec(line)?.[1] ?? '';
      choices.push({ id, file: relative(root, file), actual: /#\s*actual\b/.test(line) });
    }
  }
  const actual = [...new Set(choices.filter((choice) => choice.actual).map((choice) => choice.id))].sort();
  return { actual, choices };
}

/**
 * The last build of each root file. Vite bundles the config afresh for every Vitest project, and so
 * loads this module once for each: the builds are kept on globalThis, where all of them find them.
 */
const BUILDS: unique symbol = Symbol.for('lenins-heirs:ink-builds');
const builds = ((globalThis as { [BUILDS]?: Map<string, InkBuild> })[BUILDS] ??= new Map<string, InkBuild>());

/**
 * Compiles an ink root file, or hands back its last build while every file that build read is as it
 * read it. One process asks for the story several times (`?load` and `?index` in a build, every Vitest
 * project that imports it), and inkjs's compiler takes seconds each time.
 */
function compileOnce(root: string): InkBuild {
  const kept = builds.get(root);
  if (kept?.files.every((file, index) => readFileSync(file, 'utf8') === kept.sources[index])) return kept;
  const build = compileInk(root);
  builds.set(root, build);
  return build;
}

export function ink(): Plugin {
  let building = false;
  const emitted: string[] = [];
  return {
    name: 'lenins-heirs:ink',
    enforce: 'pre',
    configResolved(config) {
      // The single-file build (scripts/single-file.ts) keeps the story inside its one script, as in dev.
      building = config.command === 'build' && config.mode !== 'single';
    },
    buildStart() {
      emitted.length = 0;
    },
    load(id) {
      const [path = '', query] = id.split('?');
      if (!path.endsWith('.ink')) return null;
      const lazy = query === 'load';
      const build = compileOnce(path);
      for (const file of build.files) this.addWatchFile(file);
      if (query === 'index') return { code: `export default ${JSON.stringify(indexStory(build.files))};`, map: null };
      const compiled = JSON.stringify({ json: build.json, id: build.id });
      if (!building) {
        return { code: lazy ? `export default () => Promise.resolve(${compiled});` : `export default ${compiled};`, map: null };
      }
      const fileName = `assets/story-${build.id}.json`;
      if (!emitted.includes(fileName)) emitted.push(fileName);
      this.emitFile({ type: 'asset', fileName, source: build.json });
      const fetchStory = [
        `const response = await fetch(new URL(/* @vite-ignore */ ${JSON.stringify(`./story-${build.id}.json`)}, import.meta.url));`,
        `if (!response.ok) throw new Error('The story could not be loaded (' + response.status + ').');`,
      ];
      if (!lazy) {
        return { code: [...fetchStory, `export default { json: await response.text(), id: ${JSON.stringify(build.id)} };`].join('\n'), map: null };
      }
      // `?load`: a function the page calls, so that a failed fetch can be reported and retried.
      return {
        code: [
          'export default async function loadStory() {',
          ...fetchStory.map((line) => `  ${line}`),
          `  return { json: await response.text(), id: ${JSON.stringify(build.id)} };`,
          '}',
        ].join('\n'),
        map: null,
      };
    },
    transformIndexHtml: {
      order: 'post',
      handler() {
        return emitted.map((fileName) => ({
          tag: 'link',
          attrs: { rel: 'preload', href: `./${fileName}`, as: 'fetch', crossorigin: '' },
          injectTo: 'head' as const,
        }));
      },
    },
    handleHotUpdate({ file, server }) {
      if (!file.endsWith('.ink')) return;
      const root = resolve(server.config.root, 'story/main.ink');
      const module = server.moduleGraph.getModuleById(root);
      if (module) server.moduleGraph.invalidateModule(module);
      server.ws.send({ type: 'full-reload' });
      return [];
    },
  };
}
