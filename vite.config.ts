import { defineConfig } from 'vitest/config';
import { ink } from './scripts/vite-plugin-ink.ts';

export default defineConfig({
  plugins: [ink()],
  // Relative asset URLs, so the built game also works from a sub-folder of a school's web server.
  base: './',
  build: {
    target: 'es2022',
    // Phaser is a dynamic import and lands in its own chunk; it is large by nature.
    chunkSizeWarningLimit: 1600,
    assetsInlineLimit: 0,
  },
  test: {
    environment: 'node',
    // Browser tests start Chromium; give them room on a shared two-core machine.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      {
        // Unit and story tests run in Node, files side by side: the two story walks (tests/story/full.test.ts
        // and lesson.test.ts) on the two cores.
        extends: true,
        test: { name: 'node', include: ['tests/unit/**/*.test.ts', 'tests/story/**/*.test.ts'], maxWorkers: 2 },
      },
      {
        // Chromium tests one file at a time, after the Node tests, so they never compete with the walks.
        extends: true,
        test: { name: 'browser', include: ['tests/browser/**/*.test.ts'], fileParallelism: false, sequence: { groupOrder: 1 } },
      },
    ],
  },
});
