// The build leaves out the font subsets no text of the game needs (scripts/vite-plugin-fonts.ts). A
// browser fetches a subset only for a character in its unicode-range: these checks read those ranges from
// the Fontsource stylesheets the game imports and look at every character the game can show.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { UNUSED_FONT_SUBSETS, fontSubsets, subsetOf } from '../../scripts/vite-plugin-fonts';

const root = fileURLToPath(new URL('../..', import.meta.url));

interface Face {
  subset: string;
  ranges: [number, number][];
}

/** The Fontsource stylesheets src/fonts.ts imports, by path, with their text. */
function stylesheets(): { path: string; css: string }[] {
  const imports = [...readFileSync(join(root, 'src/fonts.ts'), 'utf8').matchAll(/^import '(@fontsource\/[^']+\.css)';$/gm)];
  expect(imports.length).toBeGreaterThan(0);
  return imports.map(([, css = '']) => {
    const path = join(root, 'node_modules', css);
    return { path, css: readFileSync(path, 'utf8') };
  });
}

/** Every @font-face of a stylesheet, with its subset and ranges. */
function faces(css: string): Face[] {
  return [...css.matchAll(/\/\* ([\w-]+) \*\/\s*@font-face\s*\{[^}]*unicode-range: ([^;]+);/g)].map(([, name = '', ranges = '']) => ({
    subset: subsetOf(name) ?? name,
    ranges: ranges.split(',').map((range): [number, number] => {
      const [from = '', to = from] = range.trim().replace(/^U\+/i, '').split('-');
      return [parseInt(from, 16), parseInt(to, 16)];
    }),
  }));
}

/** A stylesheet as the build has it. */
function built(path: string, css: string): string {
  const transform = fontSubsets().transform as (code: string, id: string) => string | null;
  return transform(css, path) ?? css;
}

/** The files whose text the game shows: the story, its data and the essay, the page, and the code's strings. */
function textFiles(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? walk(join(dir, entry.name)) : /\.(ink|json|txt|ts|html)$/.test(entry.name) ? [join(dir, entry.name)] : [],
    );
  return [...walk('story'), ...walk('src'), 'index.html'];
}

const inside = (code: number, ranges: [number, number][]): boolean => ranges.some(([from, to]) => code >= from && code <= to);

describe('the fonts the build keeps', () => {
  const sheets = stylesheets();
  const all = sheets.flatMap(({ css }) => faces(css));
  const left = all.filter((face) => (UNUSED_FONT_SUBSETS as readonly string[]).includes(face.subset));
  const kept = all.filter((face) => !left.includes(face));

  it('are the Latin and Latin Extended faces of each stylesheet, as WOFF2 alone', () => {
    expect([...new Set(all.map((face) => face.subset))]).toEqual(expect.arrayContaining(['latin', 'latin-ext', 'cyrillic', 'vietnamese']));
    for (const { path, css } of sheets) {
      const build = built(path, css);
      expect(faces(build).map((face) => face.subset).sort()).toEqual(['latin', 'latin-ext']);
      expect([...build.matchAll(/url\(([^)]+)\)/g)].map(([, url = '']) => url.replace(/.*\./, ''))).toEqual(['woff2', 'woff2']);
      // The dev server asks for a stylesheet with a query.
      expect(built(`${path}?direct`, css)).toBe(build);
    }
  });

  it('cover every character the game shows: none is only in a subset left out', () => {
    const keptRanges = kept.flatMap((face) => face.ranges);
    const leftRanges = left.flatMap((face) => face.ranges);
    const offenders: string[] = [];
    for (const file of textFiles()) {
      for (const character of new Set(readFileSync(join(root, file), 'utf8'))) {
        const code = character.codePointAt(0) ?? 0;
        if (inside(code, leftRanges) && !inside(code, keptRanges)) offenders.push(`${file}: ${character} (U+${code.toString(16).toUpperCase().padStart(4, '0')})`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
