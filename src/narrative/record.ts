import registry from '../../story/data/choice-ids.json';
import { FORTUNES, StoryEngine, type CompiledStory, type Fortune } from './engine';

/**
 * The one record of a playthrough. Saves, run codes, QR links, the branch map and the class board all
 * read and write this, never ink's choice indices: each choice is kept by its stable id
 * (`decision.option`, or a flavour choice's `# id:`), so a record made before a story edit still reads
 * afterwards wherever its choices still exist.
 */
export interface PlaythroughRecord {
  route: Route;
  fortune: Fortune;
  /** Stable choice ids, in the order taken. */
  choices: string[];
  /** The ending reached, or null for a playthrough still under way. Derived from the choices, but kept so
   * that the class board can read it without the story. */
  ending: string | null;
  /** The player's one-line reasons, by the position of the choice in `choices`. */
  reasons: Record<number, string>;
  /** The sentence the player wrote when stepping out of the role, in the debrief. */
  reflection: string;
}

/** The full game, or the lesson route through the key decisions. */
export type Route = 'full' | 'lesson';

export const ROUTES: readonly Route[] = ['full', 'lesson'];

/** The engine's playthrough so far, as a record. */
export function recordOf(engine: StoryEngine, reflection = ''): PlaythroughRecord {
  return {
    route: engine.route,
    fortune: engine.fortune,
    choices: engine.steps.map((step) => step.id),
    ending: engine.current.status.ending,
    reasons: { ...engine.allReasons },
    reflection,
  };
}

/** A record replayed into the story, and what of it could not be carried over. */
export interface Replayed {
  engine: StoryEngine;
  /** The ids that no longer exist where the record took them, in order. */
  missing: string[];
}

/**
 * Plays a record's choices into the story. A choice that is no longer offered is passed over when the
 * record's next choice is on offer instead (a flavour choice that was cut); otherwise the replay stops
 * there, and everything after it is reported as missing.
 */
export function replay(compiled: CompiledStory, record: PlaythroughRecord): Replayed {
  const engine = new StoryEngine(compiled, record.fortune, { route: record.route });
  const missing: string[] = [];
  const taken = new Map<number, number>();
  for (let at = 0; at < record.choices.length; at += 1) {
    const offered = (id: string | undefined) => engine.current.choices.find((choice) => choice.id === id);
    const match = offered(record.choices[at]);
    if (match) {
      taken.set(at, engine.transcript.length - 1);
      engine.choose(match.index);
      continue;
    }
    if (offered(record.choices[at + 1])) {
      missing.push(record.choices[at] ?? '');
      continue;
    }
    missing.push(...record.choices.slice(at));
    break;
  }
  for (const [at, reason] of Object.entries(record.reasons)) {
    const turn = taken.get(Number(at));
    if (turn !== undefined) engine.setReason(turn, reason);
  }
  return { engine, missing };
}

/** Says, for a player, which choices could not be carried over; null when all were. */
export function describeMissing(missing: readonly string[]): string | null {
  if (missing.length === 0) return null;
  const named = missing.slice(0, 3).map(readableId).join('; ');
  const more = missing.length > 3 ? ` and ${missing.length - 3} more` : '';
  return `The story has been revised since this playthrough was recorded. ${missing.length === 1 ? 'One choice' : `${missing.length} choices`} could not be carried over (${named}${more}); everything before ${missing.length === 1 ? 'it' : 'them'} was kept.`;
}

/** "nep.right-majority" → "nep: right majority", readable without the catalogue. */
function readableId(id: string): string {
  const [scene = '', option = ''] = id.split('.');
  return `${scene.replace(/-/g, ' ')}: ${option.replace(/-/g, ' ')}`;
}

// ---- Run codes ---------------------------------------------------------------------------------

/**
 * A run code: `LH2-<route><fortune><ending><choices>-<check>`, URL-safe, upper case.
 * - `<route>`: F (full) or L (lesson); `<fortune>`: 1–3; `<ending>`: two base-36 digits, 00 for a run
 *   still under way, else 1 + the ending's position in the registry's endings.
 * - `<choices>`: two base-36 digits per choice, its position in story/data/choice-ids.json (append-only,
 *   so a code keeps its meaning across story edits).
 * - `<check>`: three base-36 digits, a polynomial hash modulo the prime 46,649, which catches every
 *   single wrong character and every swap of two neighbours.
 * Reading one needs no ink: the class board reads hundreds at once.
 */
export const CODE_PREFIX = 'LH2';
const IDS: readonly string[] = registry.ids;
const ENDINGS: readonly string[] = registry.endings;
const ROUTE_LETTER: Readonly<Record<Route, string>> = { full: 'F', lesson: 'L' };
/** The longest code accepted: a playthrough with every reason in it, so a pasted novel is refused at once. */
const MAX_CODE_LENGTH = 3000;
/** Reasons in a code are cut to this many characters each, so the code still fits a QR code. */
const REASON_IN_CODE = 100;

export type DecodedCode = { ok: true; record: PlaythroughRecord } | { ok: false; message: string };

/**
 * The run code of a record. With `reasons`, the player's one-line reasons ride along (a longer code,
 * still one QR code): `LH2-<path>-<reasons>-<check>`, the reasons as base-32 of UTF-8 `position:text`
 * lines, so that the code survives being upper-cased.
 */
export function encodeRunCode(record: PlaythroughRecord, options: { reasons?: boolean } = {}): string {
  const choices = record.choices
    .map((id) => {
      const position = IDS.indexOf(id);
      if (position < 0) throw new RangeError(`The choice id "${id}" is not in story/data/choice-ids.json (run npm run ids).`);
      return pair(position);
    })
    .join('');
  const ending = record.ending === null ? 0 : ENDINGS.indexOf(record.ending) + 1;
  if (ending < 0) throw new RangeError(`The ending "${record.ending}" is not in story/data/choice-ids.json (run npm run ids).`);
  const path = `${CODE_PREFIX}-${ROUTE_LETTER[record.route]}${record.fortune}${pair(ending)}${choices}`.toUpperCase();
  const reasons = Object.entries(record.reasons)
    .filter(([, text]) => text.trim())
    .map(([at, text]) => `${at}:${[...text.replace(/\s+/g, ' ').trim()].slice(0, REASON_IN_CODE).join('')}`);
  const body = options.reasons && reasons.length > 0 ? `${path}-${base32(new TextEncoder().encode(reasons.join('\n')))}` : path;
  return `${body}-${checksum(body)}`;
}

/** Tidies what a student typed or pasted: case, spaces (including non-breaking ones), stray marks. */
export function cleanCode(code: string): string {
  return code.toUpperCase().replace(/[\s\u00a0\u2000-\u200d\u3000\ufeff]+/g, '');
}

/** Shows at most the first 40 characters of what was typed, so a pasted essay is not echoed back. */
export function quoteCode(code: string): string {
  const trimmed = code.trim();
  return trimmed.length > 40 ? `${trimmed.slice(0, 40)}…` : trimmed;
}

/** Reads an LH2 run code into a record without the story, or says clearly what is wrong with it. */
export function decodeRunCode(code: string): DecodedCode {
  const cleaned = cleanCode(code);
  const shown = quoteCode(code);
  if (cleaned.length > MAX_CODE_LENGTH) return { ok: false, message: `“${shown}” is far too long to be a run code.` };
  const parts = cleaned.split('-');
  if ((parts.length !== 3 && parts.length !== 4) || parts[0] !== CODE_PREFIX) {
    return { ok: false, message: `“${shown}” is not a Lenin’s Heirs run code: they look like ${CODE_PREFIX}-F2070A0B…-XYZ.` };
  }
  const path = parts[1] ?? '';
  const reasonsPart = parts.length === 4 ? (parts[2] ?? '') : null;
  const check = parts.at(-1) ?? '';
  if (checksum(parts.slice(0, -1).join('-')) !== check) {
    return { ok: false, message: `The run code “${shown}” has a typing mistake in it: please check it letter by letter.` };
  }
  const route = ROUTES.find((name) => ROUTE_LETTER[name] === path.charAt(0));
  const fortune = Number(path.charAt(1)) as Fortune;
  const endingAt = parseInt(path.slice(2, 4), 36);
  const ending = endingAt === 0 ? null : ENDINGS[endingAt - 1];
  const digits = path.slice(4);
  const choices = (digits.match(/[0-9A-Z]{2}/g) ?? []).map((digits) => IDS[parseInt(digits, 36)]);
  const whole = /^[0-9A-Z]{4}$/.test(path.slice(0, 4)) && digits.length === choices.length * 2;
  if (!route || !FORTUNES.includes(fortune) || !whole || ending === undefined || !choices.every((id) => id !== undefined)) {
    return { ok: false, message: `The run code “${shown}” does not fit the story: it may be damaged.` };
  }
  const reasons = reasonsPart === null ? {} : readReasons(reasonsPart, choices.length);
  if (reasons === null) return { ok: false, message: `The reasons in the run code “${shown}” cannot be read: it may be damaged.` };
  return { ok: true, record: { route, fortune, choices: choices as string[], ending, reasons, reflection: '' } };
}

function readReasons(encoded: string, choices: number): Record<number, string> | null {
  const bytes = unbase32(encoded);
  if (!bytes) return null;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
  const reasons: Record<number, string> = {};
  for (const line of text.split('\n')) {
    const match = /^(\d{1,3}):(.+)$/.exec(line);
    if (!match || Number(match[1]) >= choices) return null;
    reasons[Number(match[1])] = (match[2] ?? '').slice(0, 280);
  }
  return reasons;
}

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** RFC 4648 base 32 without padding: letters and digits only, so it survives upper-casing and QR's alphanumeric mode. */
function base32(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32[(buffer << (5 - bits)) & 31];
  return out;
}

function unbase32(text: string): Uint8Array | null {
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const char of text) {
    const value = BASE32.indexOf(char);
    if (value < 0) return null;
    buffer = ((buffer << 5) | value) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bytes.push((buffer >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return new Uint8Array(bytes);
}

/** A number below 1296 as two base-36 digits. */
function pair(value: number): string {
  if (value > 1295) throw new RangeError('The registry has outgrown two-digit run codes.');
  return value.toString(36).padStart(2, '0');
}

/** Three base-36 digits: Σ cᵢ·31ⁿ⁻ⁱ mod 46,649 (a prime), so one wrong or two swapped characters always show. */
export function checksum(text: string): string {
  let hash = 7;
  for (const char of text) hash = (hash * 31 + char.charCodeAt(0)) % 46_649;
  return hash.toString(36).toUpperCase().padStart(3, '0');
}
