/**
 * The game's typefaces, from npm (@fontsource). They load just after the title is ready: a cold load
 * then shows the page at once in the fallback faces, and fetching the font files does not hold up
 * the first story text.
 */
import '@fontsource/oswald/600.css';
import '@fontsource/oswald/700.css';
import '@fontsource/pt-serif/400.css';
import '@fontsource/pt-serif/400-italic.css';
import '@fontsource/pt-serif/700.css';
import '@fontsource/ibm-plex-mono/400.css';
import { whenIdle } from './platform/schedule';

/** The subsets the game's English text draws on: Latin, and Latin Extended for names and accents (as written, or as the browser shortens it: U+0-FF). */
const LATIN = /^U\+0+-0*FF\b|^U\+0*100-/i;

/**
 * Every face in those subsets loads at the first idle moment, not when its first letter appears: a face
 * that arrives late (the italic, the bold, the run code's mono, an accented name) makes the browser lay
 * the whole page out again, and at the ending, with the whole story on the page, that held a slow laptop
 * for a tenth of a second just as the last picture moved. Early on, the page is short.
 */
whenIdle(() => {
  document.fonts.forEach((face) => {
    if (face.status === 'unloaded' && LATIN.test(face.unicodeRange)) face.load().catch(() => undefined);
  });
}, 3000);
