// Global setup of the browser project: builds the game once, before any browser test, into a folder
// of its own (dist-test/), and the one-file build into dist-single/, so that `npm test` builds only for the tests that need it and a build or a
// bench running beside it cannot change the files under the tests. LH_NO_BUILD=1 reuses dist-test/.
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { SINGLE_MODE } from '../../scripts/single-file.ts';

export const TEST_DIST = 'dist-test';

export default async function setup(): Promise<void> {
  if (process.env.LH_NO_BUILD === '1') return;
  const root = fileURLToPath(new URL('../..', import.meta.url));
  // Vitest runs with NODE_ENV=test, and Vite would then build with import.meta.env.DEV true (which turns
  // off offline play, among others): build what a school would serve.
  const environment = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await builds(root);
  } finally {
    process.env.NODE_ENV = environment;
  }
}

async function builds(root: string): Promise<void> {
  await build({
    root,
    configFile: `${root}vite.config.ts`,
    logLevel: 'warn',
    build: { outDir: TEST_DIST, emptyOutDir: true },
  });
  // The one-file build that plays from a USB stick (npm run build:single), for tests/browser/single-file.test.ts.
  await build({ root, configFile: `${root}vite.config.ts`, logLevel: 'warn', mode: SINGLE_MODE });
}
