import type { Plugin } from 'vite';

/**
 * The Fontsource subsets no text of the game needs (tests/unit/font-subsets.test.ts checks every
 * character of the story, its data, the page and the code): a browser fetches a subset only for a
 * letter in its range, so these would only weigh down the build, the offline cache and the single file.
 */
export const UNUSED_FONT_SUBSETS = ['cyrillic', 'cyrillic-ext', 'greek', 'greek-ext', 'vietnamese'] as const;

/** One `@font-face` of a Fontsource stylesheet, after the comment that names it (pt-serif-latin-400-normal). */
const FACE = /\/\* ([\w-]+) \*\/\s*@font-face\s*\{[^}]*\}\s*/g;

/** The subset a Fontsource face is in, read from its name (`pt-serif-cyrillic-ext-400-normal`). */
export function subsetOf(face: string): string | null {
  for (const subset of [...UNUSED_FONT_SUBSETS, 'latin-ext', 'latin']) {
    if (new RegExp(`-${subset}-\\d{3}-(normal|italic)$`).test(face)) return subset;
  }
  return null;
}

/**
 * Keeps, of each Fontsource stylesheet the game imports, the faces in the subsets it uses, each as
 * WOFF2 alone: every browser that runs the game's ES2022 reads WOFF2, so the WOFF copies are never
 * asked for. The build then holds no font file the game cannot use.
 */
export function fontSubsets(): Plugin {
  return {
    name: 'lenins-heirs:font-subsets',
    enforce: 'pre',
    transform(code, id) {
      // The dev server asks with a query (`400.css?direct`); the build without.
      if (!/[\\/]@fontsource[\\/][^\\/]+[\\/][^\\/?]+\.css(\?|$)/.test(id)) return null;
      return code.replace(FACE, (block: string, face: string) => {
        const subset = subsetOf(face);
        if (subset === null) throw new Error(`fonts: ${id} has a face of no known subset: ${face}`);
        if ((UNUSED_FONT_SUBSETS as readonly string[]).includes(subset)) return '';
        return block.replace(/,\s*url\([^)]*\.woff\)\s*format\('woff'\)/, '');
      });
    },
  };
}
