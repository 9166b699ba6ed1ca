import { FORTUNES, ROUTES, StoryEngine, type CompiledStory, type Fortune, type Route, type Step } from './engine';

/** Bump when the envelope's shape changes; older formats are read by `parseSave` or refused clearly. */
export const SAVE_FORMAT = 1;

/**
 * A saved playthrough. It stores the choices taken rather than ink's internal state, so that a save
 * made with an older version of the story can still be carried over by replaying those choices.
 */
export interface SaveEnvelope {
  game: 'lenins-heirs';
  format: typeof SAVE_FORMAT;
  /** Which compiled story the choices were taken in. */
  storyId: string;
  fortune: Fortune;
  /** The route the playthrough took; a save made before routes existed reads as 'full'. */
  route: Route;
  savedAt: string;
  steps: Step[];
  /** The player's reasons, by turn. */
  reasons: Record<string, string>;
}

export type ParsedSave = { ok: true; save: SaveEnvelope } | { ok: false; message: string };

export type Restored =
  | { ok: true; engine: StoryEngine; notice: string | null }
  | { ok: false; engine: StoryEngine; message: string };

/** Builds the envelope for the engine's playthrough so far. */
export function toSave(engine: StoryEngine, now = new Date()): SaveEnvelope {
  return {
    game: 'lenins-heirs',
    format: SAVE_FORMAT,
    storyId: engine.storyId,
    fortune: engine.fortune,
    route: engine.route,
    savedAt: now.toISOString(),
    steps: engine.steps,
    reasons: engine.allReasons,
  };
}

/** Reads a stored save; anything malformed gets a message a player can understand, never a throw. */
export function parseSave(raw: string): ParsedSave {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, message: 'The saved game is damaged and cannot be read.' };
  }
  if (!isRecord(data) || data.game !== 'lenins-heirs') {
    return { ok: false, message: 'The saved game does not belong to Lenin’s Heirs.' };
  }
  if (typeof data.format !== 'number' || data.format > SAVE_FORMAT) {
    return { ok: false, message: 'The saved game was made by a newer version of Lenin’s Heirs.' };
  }
  if (data.format < SAVE_FORMAT) {
    return { ok: false, message: 'The saved game was made by an older version of Lenin’s Heirs that kept saves differently.' };
  }
  const steps = data.steps;
  if (
    typeof data.storyId !== 'string' ||
    !FORTUNES.includes(data.fortune as Fortune) ||
    (data.route !== undefined && !ROUTES.includes(data.route as Route)) ||
    !Array.isArray(steps) ||
    !steps.every(isStep) ||
    !isRecord(data.reasons)
  ) {
    return { ok: false, message: 'The saved game is incomplete and cannot be read.' };
  }
  const reasons: Record<string, string> = {};
  for (const [turn, reason] of Object.entries(data.reasons)) if (typeof reason === 'string') reasons[turn] = reason;
  return {
    ok: true,
    save: {
      game: 'lenins-heirs',
      format: SAVE_FORMAT,
      storyId: data.storyId,
      fortune: data.fortune as Fortune,
      route: (data.route as Route | undefined) ?? 'full',
      savedAt: typeof data.savedAt === 'string' ? data.savedAt : '',
      steps,
      reasons,
    },
  };
}

/**
 * Replays a save's choices into the story. In the same story every choice must match exactly. In a
 * newer story each choice is found again by its decision id or its text; where that fails, the
 * choices before it are kept and the notice says so.
 */
export function restore(compiled: CompiledStory, save: SaveEnvelope): Restored {
  const engine = new StoryEngine(compiled, save.fortune, { route: save.route });
  const sameStory = save.storyId === compiled.id;
  let taken = 0;
  for (const step of save.steps) {
    const choices = engine.current.choices;
    const match = sameStory
      ? choices.find((choice) => choice.index === step.index && choice.text === step.text)
      : choices.find((choice) =>
          step.key ? `${choice.decision}.${choice.option}` === step.key : choice.text === step.text,
        );
    if (!match) break;
    engine.choose(match.index);
    taken += 1;
  }
  for (const [turn, reason] of Object.entries(save.reasons)) {
    if (Number(turn) < engine.transcript.length - 1) engine.setReason(Number(turn), reason);
  }
  if (taken === save.steps.length) {
    return {
      ok: true,
      engine,
      notice: sameStory ? null : 'The story has been revised since you saved; your choices were carried over.',
    };
  }
  return {
    ok: false,
    engine,
    message:
      `The story has been revised since you saved, and your choice “${save.steps[taken]?.text ?? ''}” no longer exists. ` +
      `Your first ${taken} choice${taken === 1 ? ' was' : 's were'} kept; you continue from there.`,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStep(value: unknown): value is Step {
  return (
    isRecord(value) &&
    Number.isInteger(value.index) &&
    (value.key === null || typeof value.key === 'string') &&
    typeof value.text === 'string'
  );
}
