import { defineConfig } from 'vitest/config';
import { ink } from './scripts/vite-plugin-ink.ts';
import { phaserSource } from './scripts/vite-plugin-phaser.ts';
import { csp } from './scripts/csp.ts';
import { offline } from './scripts/pwa.ts';
import { singleFile } from './scripts/single-file.ts';

export default defineConfig({
  plugins: [ink(), phaserSource(), offline(), csp(), singleFile()],
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
    // Three projects: the unit tests and the story walks need no build; the browser tests wait for the
    // game that their global setup builds meanwhile (tests/browser/build.ts). Two files at a time, as a
    // two-core machine can take (Vitest would otherwise leave one core to itself and run one file at a time).
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', testTimeout: 30_000 },
      },
      {
        extends: true,
        test: { name: 'story', include: ['tests/story/**/*.test.ts'], environment: 'node', testTimeout: 60_000 },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/browser/build.ts'],
          // After the unit and story tests, so that Chromium never competes with the story walks.
          sequence: { groupOrder: 1 },
          // Chromium on a shared two-core machine: a limit for a hang, not for performance (the bench's).
          testTimeout: 180_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
