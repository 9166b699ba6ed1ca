import { defineConfig } from 'vitest/config';
import { ink } from './scripts/vite-plugin-ink.ts';
import { phaserSource } from './scripts/vite-plugin-phaser.ts';
import { csp } from './scripts/csp.ts';
import { offline } from './scripts/pwa.ts';
import { singleFile } from './scripts/single-file.ts';
import { fontSubsets } from './scripts/vite-plugin-fonts.ts';

// Vitest's order of the test files; a build or the dev server has no use for it (nor for loading Vitest).
const sequencer = process.env.VITEST ? (await import('./tests/sequencer.ts')).SuiteSequencer : undefined;

export default defineConfig({
  plugins: [ink(), phaserSource(), fontSubsets(), offline(), csp(), singleFile()],
  // Relative asset URLs, so the built game also works from a sub-folder of a school's web server.
  base: './',
  build: {
    target: 'es2022',
    // Phaser is a dynamic import and lands in its own chunk (src/scenes/phaser.ts keeps it to what the
    // stage uses); `npm run bench` holds every chunk to the contract's budgets.
    chunkSizeWarningLimit: 700,
    assetsInlineLimit: 0,
  },
  test: {
    // Four projects: the type check, the unit tests and the story walks need no build; the browser tests
    // wait for the game that their global setup builds meanwhile (tests/browser/build.ts). Two files at a
    // time, as a two-core machine can take (Vitest would otherwise leave one core to itself and run one
    // file at a time), in the order tests/sequencer.ts gives: the full game's walk and the type check
    // first, the browser files last.
    maxWorkers: 2,
    sequence: { sequencer },
    projects: [
      {
        extends: true,
        // The type check, beside the other tests (tests/types.test.ts).
        test: { name: 'types', pool: 'threads', include: ['tests/types.test.ts'], environment: 'node', testTimeout: 120_000 },
      },
      {
        extends: true,
        // Worker threads, as in the type check and the story walks, and shared by the files one after another
        // (isolate: false): a file then needs neither a worker nor the modules that the one before it loaded
        // (a third of the unit files' CPU). Each file restores what it stubs or mocks, and they pass in any order.
        test: { name: 'unit', pool: 'threads', isolate: false, include: ['tests/unit/**/*.test.ts'], environment: 'node', testTimeout: 30_000 },
      },
      {
        extends: true,
        test: { name: 'story', pool: 'threads', isolate: false, include: ['tests/story/**/*.test.ts'], environment: 'node', testTimeout: 60_000 },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/browser/build.ts'],
          // The files share their workers' modules, and so the Chromium and the server that harness.ts
          // keeps for each worker; every file still opens its own contexts.
          isolate: false,
          // Chromium on a shared two-core machine: a limit for a hang, not for performance (the bench's).
          testTimeout: 180_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
