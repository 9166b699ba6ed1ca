import { FORTUNES, StoryEngine, type CompiledStory, type Fortune, type Route } from './engine';

/**
 * A run code is a short, URL-safe, versioned record of a playthrough that a student can paste into the
 * class view or send to a teacher: `LH1-<story>-<choices>-<check>`.
 * - `LH1`: the code's format version.
 * - `<story>`: the first four characters of the story id, so a code from another version is recognised.
 * - `<choices>`: the playthrough's fortune (1–3 on the full game, 4–6 for fortunes 1–3 on the lesson
 *   route, so older codes read as before), then one base-36 digit per choice taken (its index among the
 *   choices offered).
 * - `<check>`: two base-36 digits over the rest, so a mistyped code is caught rather than misread.
 */
const PREFIX = 'LH1';
const MAX_CHOICE = 35;

export type DecodedRun = { ok: true; engine: StoryEngine } | { ok: false; message: string };

/** The lesson route's fortunes are written 3 higher than the full game's. */
const LESSON_OFFSET = 3;

/** The run code of the engine's playthrough so far. */
export function encodeRun(engine: StoryEngine): string {
  const path = engine.steps
    .map((step) => {
      if (step.index > MAX_CHOICE) throw new RangeError('A choice index beyond 35 cannot be encoded.');
      return step.index.toString(36);
    })
    .join('');
  const fortune = engine.fortune + (engine.route === 'lesson' ? LESSON_OFFSET : 0);
  const body = `${PREFIX}-${engine.storyId.slice(0, 4)}-${fortune}${path}`.toUpperCase();
  return `${body}-${checksum(body)}`;
}

/** Reads a run code back into a replayed playthrough, or says clearly what is wrong with it. */
export function decodeRun(compiled: CompiledStory, code: string): DecodedRun {
  const cleaned = code.trim().toUpperCase().replace(/\s+/g, '');
  const parts = cleaned.split('-');
  if (parts.length !== 4 || parts[0] !== PREFIX) {
    return { ok: false, message: `“${code.trim()}” is not a Lenin’s Heirs run code: they look like ${PREFIX}-ABCD-2010…-XY.` };
  }
  const [, story = '', path = '', check = ''] = parts;
  const body = `${PREFIX}-${story}-${path}`;
  if (checksum(body) !== check) {
    return { ok: false, message: `The run code “${code.trim()}” has a typing mistake in it: please check it letter by letter.` };
  }
  if (story !== compiled.id.slice(0, 4).toUpperCase()) {
    return { ok: false, message: `The run code “${code.trim()}” was made with another version of the story.` };
  }
  const digit = Number(path.charAt(0));
  const route: Route = digit > LESSON_OFFSET ? 'lesson' : 'full';
  const fortune = (route === 'lesson' ? digit - LESSON_OFFSET : digit) as Fortune;
  if (!FORTUNES.includes(fortune)) {
    return { ok: false, message: `The run code “${code.trim()}” does not fit the story: it may be damaged.` };
  }
  let engine: StoryEngine;
  try {
    engine = new StoryEngine(compiled, fortune, { route });
  } catch {
    return { ok: false, message: `The run code “${code.trim()}” does not fit the story: it may be damaged.` };
  }
  for (const digit of path.slice(1)) {
    const index = parseInt(digit, 36);
    if (!engine.current.choices.some((choice) => choice.index === index)) {
      return { ok: false, message: `The run code “${code.trim()}” does not fit the story: it may be damaged.` };
    }
    engine.choose(index);
  }
  return { ok: true, engine };
}

/** Two base-36 digits from a simple polynomial hash of the text. */
function checksum(text: string): string {
  let hash = 7;
  for (const char of text) hash = (hash * 31 + char.charCodeAt(0)) % 1296;
  return hash.toString(36).toUpperCase().padStart(2, '0');
}
