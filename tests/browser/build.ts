// Global setup of the browser project: builds the game into a folder of its own (dist-test/), and the
// one-file build into dist-single/, so that `npm test` builds only for the tests that need it and a build
// or a bench running beside it cannot change the files under the tests. The two builds run side by side
// in processes of their own, started here and not awaited, so that they overlap the unit and story
// tests; each browser test file waits for them (`builtGame()` in harness.ts) through a small local
// address that answers once they are done, with the build's own output if one failed.
// LH_NO_BUILD=1 reuses dist-test/ and dist-single/ as they are.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { SINGLE_MODE } from '../../scripts/single-file.ts';

export const TEST_DIST = 'dist-test';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The address that answers once the builds are done (200) or failed (500, with their output); null without a build. */
    buildGate: string | null;
  }
}

const root = fileURLToPath(new URL('../..', import.meta.url));

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (process.env.LH_NO_BUILD === '1') {
    project.provide('buildGate', null);
    return async () => undefined;
  }
  const children: ChildProcess[] = [];
  // Vitest runs with NODE_ENV=test, and Vite would then build with import.meta.env.DEV true (which turns
  // off offline play, among others): build what a school would serve.
  const build = (args: string[]) =>
    new Promise<string | null>((resolve) => {
      const child = spawn(process.execPath, [`${root}node_modules/vite/bin/vite.js`, 'build', '--logLevel', 'warn', ...args], {
        cwd: root,
        env: { ...process.env, NODE_ENV: 'production' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      children.push(child);
      let output = '';
      child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.on('error', (error) => resolve(`vite build ${args.join(' ')} could not start: ${error.message}`));
      child.on('close', (code) => resolve(code === 0 ? null : `vite build ${args.join(' ')} failed (exit ${code}):\n${output}`));
    });
  const done = Promise.all([
    build(['--outDir', TEST_DIST, '--emptyOutDir']),
    // The one-file build that plays from a USB stick (npm run build:single), for tests/browser/single-file.test.ts.
    build(['--mode', SINGLE_MODE]),
  ]).then((failures) => failures.filter((failure): failure is string => failure !== null).join('\n\n') || null);

  const gate = createServer((_request, response) => {
    void done.then((failure) => response.writeHead(failure ? 500 : 200, { 'Content-Type': 'text/plain; charset=utf-8' }).end(failure ?? 'built'));
  });
  await new Promise<void>((resolve) => gate.listen(0, '127.0.0.1', resolve));
  project.provide('buildGate', `http://127.0.0.1:${(gate.address() as AddressInfo).port}/`);

  return async () => {
    for (const child of children) if (child.exitCode === null) child.kill();
    gate.closeAllConnections();
    await new Promise<void>((resolve) => gate.close(() => resolve()));
  };
}
