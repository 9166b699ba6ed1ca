import type { RecordKind } from './tags';

/** Where the story stands: what the page's year, badge and stage show. */
export interface Status {
  chapter: string | null;
  year: number | null;
  date: string | null;
  record: RecordKind;
  scene: string | null;
  ending: string | null;
}

/** One paragraph of story text, with the provenance in force when it was written. */
export interface StoryLine {
  text: string;
  record: RecordKind;
  /** Set when the line quotes a named document (`# doc: …`); the page sets it as a document. */
  doc: string | null;
  /** The chapter and year in force at this line, so the page can head a new chapter where it begins. */
  chapter: string | null;
  year: number | null;
}

/** One choice the player can take now. */
export interface ChoiceOption {
  /** The index to hand back to `choose`. */
  index: number;
  /**
   * The choice's stable id, which saves and run codes record instead of ink's index: `decision.option`
   * for a historical decision, the `# id:` tag for a flavour choice. Empty only for an untagged choice,
   * which the engine reports as a problem.
   */
  id: string;
  text: string;
  /** Decision and option ids for a historical decision; null for flavour choices. */
  decision: string | null;
  option: string | null;
  args: string[];
  /** True where this option is what really happened. */
  actual: boolean;
}

/** A sound cue named by the story; the audio layer resolves it. */
export interface Cue {
  kind: 'sfx' | 'music';
  id: string;
}

/** The story's tracked world state: numbers and flags the scenes and the debrief read. */
export type World = Record<string, number | string | boolean>;

/** Everything the page and the stage need after one continue: plain data, no engine. */
export interface Beat {
  lines: StoryLine[];
  choices: ChoiceOption[];
  status: Status;
  cues: Cue[];
  world: World;
  /** Tags the parser did not understand, and runtime errors: shown to writers, never to players. */
  problems: string[];
}

/** A historical decision the player took, in the order taken. */
export interface DecisionTaken {
  decision: string;
  option: string;
  text: string;
  args: string[];
  actual: boolean;
  year: number | null;
  chapter: string | null;
  /** The turn (index into the transcript) at which it was taken. */
  turn: number;
  /** The player's optional one-line reason. */
  reason: string;
}

/** One turn of play: what was shown and, once taken, the choice made. */
export interface Turn {
  beat: Beat;
  /** The index of the choice taken, or null while the turn is still open. */
  chosen: number | null;
}
