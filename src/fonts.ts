/**
 * The game's typefaces, from npm (@fontsource). They load just after the title is ready: a cold load
 * then shows the page at once in the fallback faces, and fetching six font files does not hold up
 * the first story text.
 */
import '@fontsource/oswald/600.css';
import '@fontsource/oswald/700.css';
import '@fontsource/pt-serif/400.css';
import '@fontsource/pt-serif/400-italic.css';
import '@fontsource/pt-serif/700.css';
import '@fontsource/ibm-plex-mono/400.css';
