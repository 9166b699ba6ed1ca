// Global setup of the browser project: builds the game into dist/ once, before any browser test,
// so that `npm test` builds only for the tests that need it. LH_NO_BUILD=1 reuses an existing dist/.
import { build } from 'vite';

export default async function setup(): Promise<void> {
  if (process.env.LH_NO_BUILD === '1') return;
  await build({ configFile: new URL('../../vite.config.ts', import.meta.url).pathname, logLevel: 'warn' });
}
