import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { compileInk } from './compile-ink.ts';

/**
 * Compiles `.ink` imports at build time: `import story from '../story/main.ink'` yields
 * `{ json, id }` for the runtime, so the shipped bundle never holds ink's compiler. An ink error or
 * warning fails the build (and so the tests) with its file and line; in dev, editing any `.ink`
 * file reloads the page.
 */
export function ink(): Plugin {
  return {
    name: 'lenins-heirs:ink',
    enforce: 'pre',
    load(id) {
      if (!id.endsWith('.ink')) return null;
      const build = compileInk(id);
      for (const file of build.files) this.addWatchFile(file);
      return {
        code: `export default ${JSON.stringify({ json: build.json, id: build.id })};`,
        map: null,
      };
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
