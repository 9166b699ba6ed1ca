import * as v from 'valibot';
import { FORTUNES, type Fortune } from './engine';
import { legacyChoiceId } from './legacy';
import { ROUTES, type PlaythroughRecord } from './record';

/** Bump when the envelope's shape changes, and add a migration from the format before it. */
export const SAVE_FORMAT = 2;

/**
 * A saved playthrough: the playthrough record (stable choice ids, never ink's state or indices), so a
 * save made with an older version of the story is carried over by replaying those ids.
 */
export interface SaveEnvelope {
  game: 'lenins-heirs';
  format: typeof SAVE_FORMAT;
  /** Which compiled story the choices were taken in. */
  storyId: string;
  savedAt: string;
  /** Counts this playthrough's writes, so a tab can tell that another tab has saved since it last did. */
  revision: number;
  /** The tab that wrote it last. */
  writer: string;
  record: PlaythroughRecord;
}

export type ParsedSave = { ok: true; save: SaveEnvelope } | { ok: false; message: string };

const TEXT = v.pipe(v.string(), v.maxLength(2000));
const REASONS = v.pipe(
  v.record(v.pipe(v.string(), v.regex(/^\d{1,4}$/)), v.string()),
  v.transform((reasons) => Object.fromEntries(Object.entries(reasons).map(([at, text]) => [Number(at), text.slice(0, 280)]))),
);
const CHOICE_ID = v.pipe(v.string(), v.regex(/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/));
const FORTUNE = v.picklist(FORTUNES as Fortune[]);

const RECORD = v.object({
  route: v.picklist(ROUTES as PlaythroughRecord['route'][]),
  fortune: FORTUNE,
  choices: v.pipe(v.array(CHOICE_ID), v.maxLength(500)),
  ending: v.optional(v.nullable(v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/))), null),
  reasons: REASONS,
  reflection: v.optional(v.pipe(v.string(), v.transform((text) => text.slice(0, 1000))), ''),
});

const FORMAT_2 = v.object({
  game: v.literal('lenins-heirs'),
  format: v.literal(2),
  storyId: TEXT,
  savedAt: v.optional(TEXT, ''),
  revision: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0)), 0),
  writer: v.optional(TEXT, ''),
  record: RECORD,
});

/** Format 1 (until December 2026): ink indices with the decision key or the text of each choice. */
const FORMAT_1 = v.object({
  game: v.literal('lenins-heirs'),
  format: v.literal(1),
  storyId: TEXT,
  fortune: FORTUNE,
  savedAt: v.optional(TEXT, ''),
  steps: v.pipe(
    v.array(v.object({ index: v.pipe(v.number(), v.integer(), v.minValue(0)), key: v.nullable(v.string()), text: v.string() })),
    v.maxLength(500),
  ),
  reasons: REASONS,
});

/** Each older format, read into the current one. */
const MIGRATIONS: Readonly<Record<number, (data: unknown) => SaveEnvelope | null>> = {
  1: (data) => {
    const old = v.safeParse(FORMAT_1, data);
    if (!old.success) return null;
    const { storyId, fortune, savedAt, steps, reasons } = old.output;
    const choices = steps.map((step) => legacyChoiceId(step.key, step.text));
    return envelope(storyId, { route: 'full', fortune, choices, ending: null, reasons, reflection: '' }, 0, '', savedAt);
  },
  2: (data) => {
    const parsed = v.safeParse(FORMAT_2, data);
    if (!parsed.success) return null;
    const { storyId, savedAt, revision, writer, record } = parsed.output;
    return envelope(storyId, record, revision, writer, savedAt);
  },
};

function envelope(storyId: string, record: PlaythroughRecord, revision: number, writer: string, savedAt: string): SaveEnvelope {
  return { game: 'lenins-heirs', format: SAVE_FORMAT, storyId, savedAt, revision, writer, record };
}

/** Builds the envelope for a playthrough. */
export function toSave(storyId: string, record: PlaythroughRecord, revision: number, writer: string, now = new Date()): SaveEnvelope {
  return envelope(storyId, record, revision, writer, now.toISOString());
}

/** Reads a stored save of any known format; anything malformed gets a message a player can understand, never a throw. */
export function parseSave(raw: string): ParsedSave {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, message: 'The saved game is damaged and cannot be read.' };
  }
  if (typeof data !== 'object' || data === null || (data as { game?: unknown }).game !== 'lenins-heirs') {
    return { ok: false, message: 'The saved game does not belong to Lenin’s Heirs.' };
  }
  const format = (data as { format?: unknown }).format;
  if (typeof format === 'number' && format > SAVE_FORMAT) {
    return { ok: false, message: 'The saved game was made by a newer version of Lenin’s Heirs.' };
  }
  const migrate = typeof format === 'number' ? MIGRATIONS[format] : undefined;
  const save = migrate?.(data) ?? null;
  return save ? { ok: true, save } : { ok: false, message: 'The saved game is incomplete and cannot be read.' };
}
