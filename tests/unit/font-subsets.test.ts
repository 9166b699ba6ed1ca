// The offline cache leaves out the font subsets no text of the game needs (scripts/pwa.ts). A browser
// fetches a subset only for a character in its unicode-range: these checks read those ranges from the
// Fontsource stylesheets the game imports and look at every character the game can show.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { UNCACHED_FONT_SUBSETS, inPrecache } from '../../scripts/pwa';

const root = fileURLToPath(new URL('../..', import.meta.url));

interface Face {
  file: string;
  subset: string;
  ranges: [number, number][];
}

/** Every @font-face of the Fontsource stylesheets src/fonts.ts imports, with its subset and ranges. */
function faces(): Face[] {
  const imports = [...readFileSync(join(root, 'src/fonts.ts'), 'utf8').matchAll(/^import '(@fontsource\/([^/]+)\/[^']+\.css)';$/gm)];
  expect(imports.length).toBeGreaterThan(0);
  return imports.flatMap(([, css = '', family = '']) =>
    [...readFileSync(join(root, 'node_modules', css), 'utf8').matchAll(/url\(\.\/files\/([^)]+\.woff2)\)[^;]*;\s*unicode-range: ([^;]+);/g)].map(([, file = '', ranges = '']) => ({
      file,
      subset: file.slice(family.length + 1).replace(/-\d{3}-(normal|italic)\.woff2$/, ''),
      ranges: ranges.split(',').map((range): [number, number] => {
        const [from = '', to = from] = range.trim().replace(/^U\+/i, '').split('-');
        return [parseInt(from, 16), parseInt(to, 16)];
      }),
    })),
  );
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

describe('the fonts kept for offline play', () => {
  const all = faces();
  const left = all.filter((face) => (UNCACHED_FONT_SUBSETS as readonly string[]).includes(face.subset));
  const kept = all.filter((face) => !left.includes(face));

  it('are the Latin and Latin Extended subsets of every face, and the others are left out', () => {
    expect([...new Set(kept.map((face) => face.subset))].sort()).toEqual(['latin', 'latin-ext']);
    expect(left.length).toBeGreaterThan(0);
    // As the service worker's list has them, under the build's hashed names.
    const built = (face: Face) => `assets/${face.file.replace(/\.woff2$/, '-Hash1234.woff2')}`;
    expect([kept.every((face) => inPrecache(built(face))), left.some((face) => inPrecache(built(face)))]).toEqual([true, false]);
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
