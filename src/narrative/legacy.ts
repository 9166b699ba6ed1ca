import { FORTUNES, StoryEngine, type CompiledStory, type Fortune } from './engine';
import { cleanCode, quoteCode, type DecodedCode } from './record';

/**
 * Reading what older versions of the game wrote: format-1 saves and `LH1-` run codes. Both predate
 * stable ids for flavour choices, which they kept by their text; these are those texts and the ids
 * the choices carry now. (Historical decisions were always kept as `decision.option`.)
 */
const FLAVOUR_IDS: ReadonlyMap<string, string> = new Map([
  ['Walk with the volunteers to their train', 'kronstadt.volunteers'],
  ['Look for the Workers’ Opposition delegates', 'kronstadt.workers-opposition'],
  ['Look for the Democratic Centralists', 'kronstadt.democratic-centralists'],
  ['Watch Trotsky', 'lenins-letter.watch-trotsky'],
  ['Read Lenin’s last articles instead', 'lenins-letter.last-articles'],
  ['What it says of Stalin and Trotsky', 'testament-read.stalin-trotsky'],
  ['The addition of 4 January', 'testament-read.addition'],
  ['What it says of everyone else', 'testament-read.everyone-else'],
  ['The case that the revolution must spread', 'one-country-case.spread'],
  ['The case that it can be built at home', 'one-country-case.at-home'],
  ['Read it through', 'platform-pamphlet.read'],
  ['Burn it unread', 'platform-pamphlet.burn'],
  ['Kamenev’s note of his talk with Bukharin', 'grain-papers.kamenev-note'],
  ['A report from a Siberian village', 'grain-papers.siberian-report'],
  ['Keep writing to the other exiles', 'exile.keep-writing'],
  ['Take work, and keep quiet', 'exile.keep-quiet'],
  ['The villages', 'kirov-review.villages'],
  ['Zinoviev and Kamenev', 'kirov-review.zinoviev-kamenev'],
  ['The camps', 'kirov-review.camps'],
]);

/** A choice as an older save kept it: `decision.option` for a decision, else only its text. */
export function legacyChoiceId(key: string | null, text: string): string {
  return key ?? FLAVOUR_IDS.get(text.replace(/'/g, '’')) ?? FLAVOUR_IDS.get(text) ?? `unknown.${text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'choice'}`;
}

/** The only story version whose `LH1-` codes were handed out: commit 783c6af (story/legacy/). */
export const LH1_STORY_ID = 'ee69aaf125c3';

/**
 * Reads an `LH1-<story>-<fortune><indices>-<check>` code by replaying its ink indices in the story it
 * was made with (kept in story/legacy/), and returns it as a record of stable ids.
 */
export function decodeLegacyRunCode(code: string, legacyStory: CompiledStory): DecodedCode {
  const cleaned = cleanCode(code);
  const shown = quoteCode(code);
  const [prefix, story = '', path = '', check = '', ...rest] = cleaned.split('-');
  if (prefix !== 'LH1' || rest.length > 0 || !/^[0-9A-Z]+$/.test(path)) {
    return { ok: false, message: `“${shown}” is not a Lenin’s Heirs run code.` };
  }
  if (legacyChecksum(`LH1-${story}-${path}`) !== check) {
    return { ok: false, message: `The run code “${shown}” has a typing mistake in it: please check it letter by letter.` };
  }
  if (story !== legacyStory.id.slice(0, 4).toUpperCase()) {
    return { ok: false, message: `The run code “${shown}” comes from a test version of the game that no longer exists, and cannot be read.` };
  }
  const fortune = Number(path.charAt(0)) as Fortune;
  if (!FORTUNES.includes(fortune)) return { ok: false, message: `The run code “${shown}” does not fit the story: it may be damaged.` };
  const engine = new StoryEngine(legacyStory, fortune);
  for (const digit of path.slice(1)) {
    const index = parseInt(digit, 36);
    if (!engine.current.choices.some((choice) => choice.index === index)) {
      return { ok: false, message: `The run code “${shown}” does not fit the story: it may be damaged.` };
    }
    engine.choose(index);
  }
  const choices = engine.steps.map((step) => step.id || legacyChoiceId(null, step.text));
  return { ok: true, record: { route: 'full', fortune, choices, ending: engine.current.status.ending, reasons: {}, reflection: '' } };
}

/** LH1's two base-36 digits: a polynomial hash modulo 1296. */
function legacyChecksum(text: string): string {
  let hash = 7;
  for (const char of text) hash = (hash * 31 + char.charCodeAt(0)) % 1296;
  return hash.toString(36).toUpperCase().padStart(2, '0');
}
