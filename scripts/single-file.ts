import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import { META_POLICY } from './csp.ts';

/** The Vite mode of `npm run build:single`. */
export const SINGLE_MODE = 'single';

/** What `npm run build:single` writes: the whole game in one page, for a USB stick or a shared drive. */
export const SINGLE_FILE = 'lenins-heirs.html';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The single file's policy. It is opened from `file://`, where 'self' means nothing useful, and
 * everything it needs is inside it: its one script and its one stylesheet are allowed by their
 * hashes (computed here at build time), fonts, sounds and pictures are `data:` URIs.
 */
export function singleFilePolicy(script: string, style: string): string {
  return [
    "default-src 'none'",
    `script-src ${sha256(script)}`,
    `style-src ${sha256(style)}`,
    'img-src data:',
    'font-src data:',
    'media-src data: blob:',
    'connect-src data: blob:',
    "worker-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/**
 * Text placed inside <script> or <style> must not close the element early, nor open the parser's
 * "escaped" script states: `</script` and `<!--` are written with `\x3C`, which means `<` in a
 * string, a template and a regular expression alike (and neither can stand outside one in a module).
 */
function escapeForElement(code: string, tag: 'script' | 'style'): string {
  const closing = new RegExp(`<(?=/${tag})`, 'gi');
  return tag === 'script' ? code.replace(closing, '\\x3C').replace(/<(?=!--)/g, '\\x3C') : code.replace(closing, '\\3C ');
}

/**
 * `vite build --mode single` (`npm run build:single`): one HTML file that plays by double-click, with
 * no server and no network. Every script (the lazy debrief, glossary, class view, Phaser and Howler
 * included) is one inline module; every stylesheet one inline style; the fonts (WOFF2 only:
 * vite-plugin-fonts.ts) and the sounds are `data:` URIs; the story is inside the script
 * (scripts/vite-plugin-ink.ts does not emit it in this mode). There is no service worker. Its own
 * Content-Security-Policy allows exactly that script and that style by their hashes.
 */
export function singleFile(): Plugin {
  return {
    name: 'lenins-heirs:single-file',
    apply: (_config, env) => env.command === 'build' && env.mode === SINGLE_MODE,
    config() {
      return {
        build: {
          outDir: 'dist-single',
          emptyOutDir: true,
          copyPublicDir: false,
          assetsInlineLimit: () => true,
          cssCodeSplit: false,
          modulePreload: false,
          rolldownOptions: { output: { codeSplitting: false } },
        },
      };
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const page = bundle['index.html'];
        if (!page || page.type !== 'asset') throw new Error('single file: the build wrote no index.html');
        let html = String(page.source);
        const files = Object.values(bundle);
        const chunks = files.flatMap((file) => (file.type === 'chunk' ? [file] : []));
        const sheets = files.flatMap((file) => (file.type === 'asset' && file.fileName.endsWith('.css') ? [file] : []));
        const others = files.filter((file) => file !== page && file.type === 'asset' && !file.fileName.endsWith('.css'));
        if (chunks.length !== 1) throw new Error(`single file: expected one script, found ${chunks.map((c) => c.fileName).join(', ')}`);
        if (others.length > 0) throw new Error(`single file: not inlined: ${others.map((file) => file.fileName).join(', ')}`);
        const [chunk] = chunks;
        if (!chunk) throw new Error('single file: no script');

        const css = sheets.map((sheet) => String(sheet.source)).join('\n');
        if (/url\((?!["']?data:)/.test(css)) throw new Error('single file: the stylesheet still points at a file');
        const script = escapeForElement(chunk.code, 'script');
        const style = escapeForElement(css, 'style');

        const scriptTag = /<script type="module" crossorigin src="[^"]*"><\/script>/;
        const styleTags = /<link rel="stylesheet" crossorigin href="[^"]*">\s*/g;
        if (!scriptTag.test(html)) throw new Error('single file: index.html has no module script to inline');
        html = html.replace(styleTags, '').replace(/<link rel="(?:preload|modulepreload)"[^>]*>\s*/g, '');
        const pointer = /\s(?:src|href)="(?!data:|#)[^"]*"/.exec(html.replace(scriptTag, ''));
        if (pointer) throw new Error(`single file: the page still points at a file: ${pointer[0]}`);
        if (!html.includes(META_POLICY)) throw new Error('single file: index.html lost its Content-Security-Policy');
        html = html
          .replace(META_POLICY, () => singleFilePolicy(script, style))
          .replace(scriptTag, () => `<script type="module">${script}</script>`)
          .replace('</head>', () => `<style>${style}</style>\n  </head>`);

        for (const name of Object.keys(bundle)) delete bundle[name];
        this.emitFile({ type: 'asset', fileName: SINGLE_FILE, source: html });
      },
    },
  };
}
