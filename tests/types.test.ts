// The whole project's type check (`npm run typecheck`) as a test of its own, so that `npm test` fails on
// a type error while the check runs beside the other tests instead of before them.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

it('type-checks: tsc --noEmit finds nothing', async () => {
  const found = await new Promise<string>((resolve) => {
    execFile(process.execPath, [`${root}node_modules/typescript/bin/tsc`, '--noEmit'], { cwd: root }, (error, stdout, stderr) =>
      resolve(error ? `${stdout}${stderr}` || error.message : ''),
    );
  });
  expect(found).toBe('');
});
