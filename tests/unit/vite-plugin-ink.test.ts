import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import * as compiler from '../../scripts/compile-ink';
import { ink } from '../../scripts/vite-plugin-ink';

vi.mock('../../scripts/compile-ink', async (original) => {
  const actual = await original<typeof compiler>();
  return { ...actual, compileInk: vi.fn(actual.compileInk) };
});

const folder = mkdtempSync(join(tmpdir(), 'ink-plugin-'));
const root = join(folder, 'main.ink');
const chapter = join(folder, 'chapter.ink');
writeFileSync(root, 'INCLUDE chapter.ink\n-> opening\n');
writeFileSync(chapter, '=== opening ===\nThe hall fills.\n-> END\n');

afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** What the plugin makes of an import of the root file (with `query`, e.g. `?index`), as the dev server and Vitest load it. */
function load(query = '', plugin = ink()): string {
  const hook = plugin.load as (this: { addWatchFile(file: string): void }, id: string) => { code: string } | null;
  return hook.call({ addWatchFile: () => undefined }, `${root}${query}`)?.code ?? '';
}

describe('the ink plugin', () => {
  it('compiles a story once for every import of it, and again once a file it includes changes', () => {
    const first = load();
    const again = [load(), load('?index'), load('?load')];
    const calls = vi.mocked(compiler.compileInk).mock.calls.length;
    writeFileSync(chapter, '=== opening ===\nThe hall empties.\n-> END\n');
    const changed = load();
    expect({
      calls,
      same: again[0] === first,
      before: first.includes('The hall fills.'),
      after: changed.includes('The hall empties.'),
      callsAfter: vi.mocked(compiler.compileInk).mock.calls.length,
    }).toEqual({ calls: 1, same: true, before: true, after: true, callsAfter: 2 });
  });

  it('shares its builds with the other copies of itself that Vitest loads, one for each project', async () => {
    vi.resetModules();
    const copy = await import('../../scripts/vite-plugin-ink');
    const copied = await import('../../scripts/compile-ink');
    const before = vi.mocked(copied.compileInk).mock.calls.length;
    const code = load('', copy.ink());
    expect({ calls: vi.mocked(copied.compileInk).mock.calls.length - before, current: code.includes('The hall empties.') }).toEqual({ calls: 0, current: true });
  });
});
