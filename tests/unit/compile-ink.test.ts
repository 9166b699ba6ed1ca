import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { InkCompileError, compileInk } from '../../scripts/compile-ink';

const fixture = (path: string) => fileURLToPath(new URL(`../fixtures/${path}`, import.meta.url));

describe('compileInk', () => {
  it('compiles a story with its includes and names the files it read', () => {
    const build = compileInk(fixture('tiny.ink'));
    expect(JSON.parse(build.json)).toHaveProperty('inkVersion');
    expect(build.id).toMatch(/^[0-9a-f]{12}$/);
    expect(build.files).toEqual([fixture('tiny.ink')]);
  });

  it('gives the same id for the same story', () => {
    expect(compileInk(fixture('tiny.ink')).id).toBe(compileInk(fixture('tiny.ink')).id);
  });

  it('fails on an error in an included file, naming that file and line', () => {
    expect(() => compileInk(fixture('broken/main.ink'))).toThrow(InkCompileError);
    expect(() => compileInk(fixture('broken/main.ink'))).toThrow(/chapters\/bad\.ink' line 3: .*nowhere/);
  });

  it('fails on a warning too, naming the file and line', () => {
    expect(() => compileInk(fixture('warning/main.ink'))).toThrow(/WARNING: 'main\.ink' line 5: Apparent loose end/);
  });
});
