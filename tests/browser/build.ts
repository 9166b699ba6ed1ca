// Global setup of the browser project: builds the game once, before any browser test, into a folder
// of its own (dist-test/), so that `npm test` builds only for the tests that need it and a build or a
// bench running beside it cannot change the files under the tests. LH_NO_BUILD=1 reuses dist-test/.
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

export const TEST_DIST = 'dist-test';

export default async function setup(): Promise<void> {
  if (process.env.LH_NO_BUILD === '1') return;
  const root = fileURLToPath(new URL('../..', import.meta.url));
  await build({
    root,
    configFile: `${root}vite.config.ts`,
    logLevel: 'warn',
    build: { outDir: TEST_DIST, emptyOutDir: true },
  });
}
