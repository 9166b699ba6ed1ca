import type { Plugin } from 'vite';

/**
 * The game's Content-Security-Policy. Everything the game loads is its own: scripts, styles, the
 * story, the sounds, the fonts; pictures are drawn on a canvas or are `data:` URIs; the only worker
 * is the offline service worker. No inline script or style is allowed.
 *
 * `index.html` carries {@link META_POLICY} in a `<meta http-equiv="Content-Security-Policy">`, so the
 * policy ships with the page wherever it is served. A meta policy cannot say who may frame the page,
 * so hosts should also send {@link HEADER_POLICY} as a header (the README gives nginx and Apache
 * lines). tests/browser/csp.test.ts plays a whole game under it and counts no violation.
 */
export const META_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "media-src 'self' data: blob:",
  "connect-src 'self' data: blob:",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** The same policy as an HTTP header, which can also forbid framing the game in another site. */
export const HEADER_POLICY = `${META_POLICY}; frame-ancestors 'none'`;

const META = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"\s*\/?>\n?\s*/;

/**
 * Keeps index.html's policy honest: the build fails if the page's meta tag is missing or differs from
 * {@link META_POLICY}. The dev server drops the tag, because Vite's dev client injects styles inline
 * and talks to its own websocket.
 */
export function csp(): Plugin {
  let serving = false;
  let bench = false;
  return {
    name: 'lenins-heirs:csp',
    configResolved(config) {
      serving = config.command === 'serve';
      // The bench's bare inkjs page (mode 'bench') is a measuring stick, not the game.
      bench = config.mode === 'bench';
    },
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        const found = META.exec(html);
        if (bench) return html;
        if (serving) return found ? html.replace(META, '') : html;
        if (!found) throw new Error('index.html has no Content-Security-Policy meta tag.');
        if (found[1] !== META_POLICY) {
          throw new Error(`index.html's Content-Security-Policy differs from scripts/csp.ts:\n  page:   ${found[1]}\n  script: ${META_POLICY}`);
        }
        return html;
      },
    },
  };
}
