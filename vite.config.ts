import { defineConfig } from 'vitest/config';
import { ink } from './scripts/vite-plugin-ink.ts';
import { csp } from './scripts/csp.ts';
import { offline } from './scripts/pwa.ts';
import { singleFile } from './scripts/single-file.ts';

export default defineConfig({
  plugins: [ink(), offline(), csp(), singleFile()],
  // Relative asset URLs, so the built game also works from a sub-folder of a school's web server.
  base: './',
  build: {
    target: 'es2022',
    // Phaser is a dynamic import and lands in its own chunk; it is large by nature.
    chunkSizeWarningLimit: 1600,
    assetsInlineLimit: 0,
  },
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    // Browser tests start Chromium; give them room on a shared two-core machine.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
