import { Story } from 'inkjs';
import type { Beat, ChoiceOption, Cue, DecisionTaken, Status, StoryLine, Turn, World } from './beat';
import { parseTags, type Tag } from './tags';
import { WORLD_VARIABLES } from './world';

/** The compiled story as the build hands it over. */
export interface CompiledStory {
  /** ink's runtime JSON. */
  json: string;
  /** A hash of that JSON: saves and run codes record which story they belong to. */
  id: string;
}

/** A choice taken, as recorded for saves and run codes. */
/** A choice taken: its stable id (what saves and run codes keep), ink's index and its text. */
export interface Step {
  id: string;
  index: number;
  text: string;
}

/** A choice's outcome worked out before the player takes it: its beat, and ink's state and the status after it. */
interface Prepared {
  beat: Beat;
  state: string;
  status: Status;
}

/** What no one controls in a playthrough: 1, 2 or 3, read by the story's ink variable `fortune`. */
export type Fortune = 1 | 2 | 3;

export const FORTUNES: readonly Fortune[] = [1, 2, 3];

/**
 * Which way into the story a playthrough takes: the full game (about 40 minutes) or the lesson route
 * (about 15 minutes, the key decisions only, with short bridges between them). Both are the same ink
 * story: the engine sets its global `route` before the first line, and the story branches on it.
 */
export type Route = 'full' | 'lesson';

export const ROUTES: readonly Route[] = ['full', 'lesson'];

/** How a playthrough starts, beyond its fortune. */
export interface StartOptions {
  /** The route; 'full' if not given. */
  route?: Route;
}

/** A fortune drawn at random, for a new playthrough. */
export function drawFortune(random = Math.random): Fortune {
  return FORTUNES[Math.floor(random() * FORTUNES.length)] ?? 2;
}

const START_STATUS: Status = {
  chapter: null,
  year: null,
  date: null,
  record: 'history',
  scene: null,
  ending: null,
};

/**
 * The facade over inkjs. It keeps ink's PascalCase API and its single `onError` slot inside this
 * file and hands out plain data: beats, the transcript and the decisions taken.
 */
export class StoryEngine {
  readonly storyId: string;
  private readonly story: Story;
  private status: Status = { ...START_STATUS };
  private readonly turns: Turn[] = [];
  /** ink's state as it stood before each turn's choice: the snapshots that replay-from returns to. */
  private readonly snapshots: string[] = [];
  private readonly statusBefore: Status[] = [];
  private readonly reasons = new Map<number, string>();
  /** The open choices' outcomes, by ink index, worked out ahead (`prepareNext`). */
  private readonly prepared = new Map<number, Prepared>();
  /** The choice being worked out ahead, part-way: ink is in the middle of its next beat. */
  private preparing: { index: number; snapshot: string; status: Status; beat: Generator<void, Beat> } | null = null;
  /** How long ink may run before `advancing` pauses (ms); 0 runs it to the end of the beat. */
  private sliceMs = 0;
  private runtimeErrors: string[] = [];
  /** Every global variable's name, for the fingerprint. */
  private readonly globalNames: string[];

  private fortuneNow: Fortune;

  /** The route this playthrough takes, fixed when it starts. */
  readonly route: Route;

  constructor(compiled: CompiledStory, fortune: Fortune = 2, options: StartOptions = {}) {
    this.fortuneNow = fortune;
    this.route = options.route ?? 'full';
    this.storyId = compiled.id;
    this.story = new Story(compiled.json);
    this.story.allowExternalFunctionFallbacks = true;
    this.story.onError = (message) => {
      this.runtimeErrors.push(message);
    };
    // The story uses no RANDOM: chance enters only through fortune(), so every playthrough repeats.
    this.story.state.storySeed = 1921;
    if (this.story.HasFunction('fortune')) this.story.BindExternalFunction('fortune', () => this.fortuneNow, true);
    // inkjs keeps the global names private; the fingerprint needs all of them, declared or not in world.ts.
    this.globalNames = [...(this.story.variablesState as unknown as { _globalVariables: Map<string, unknown> })._globalVariables.keys()];
    if (this.globalNames.includes('route')) this.story.variablesState.$('route', this.route);
    else if (this.route !== 'full') throw new RangeError(`This story has no ${this.route} route (no global \`route\`).`);
    this.turns.push({ beat: this.advance(), chosen: null });
  }

  /** What no one controls in this playthrough: what the story's fortune() returns. */
  get fortune(): Fortune {
    return this.fortuneNow;
  }

  /**
   * Changes what the story's next fortune() returns. The story test uses it to walk every fortune from
   * the moment the story draws one; a saved playthrough keeps the fortune it began with.
   */
  setFortune(fortune: Fortune): void {
    this.settle();
    this.fortuneNow = fortune;
    this.prepared.clear();
  }

  /** The beat now on screen. */
  get current(): Beat {
    return this.lastTurn().beat;
  }

  /** Every turn so far, oldest first; the last one is still open. */
  get transcript(): readonly Turn[] {
    return this.turns;
  }

  /** True once the story has reached an ending. */
  get ended(): boolean {
    return this.current.choices.length === 0;
  }

  /** Takes the choice with this index and returns the next beat. */
  choose(index: number): Beat {
    const turn = this.lastTurn();
    if (!turn.beat.choices.some((choice) => choice.index === index)) {
      throw new RangeError(`There is no choice ${index} here.`);
    }
    this.settle();
    this.checkpoint();
    this.statusBefore.push({ ...this.status });
    const ready = this.prepared.get(index);
    this.prepared.clear();
    let beat: Beat;
    if (ready) {
      this.story.state.LoadJson(ready.state);
      this.status = { ...ready.status };
      beat = ready.beat;
    } else {
      this.story.ChooseChoiceIndex(index);
      beat = this.advance();
    }
    turn.chosen = index;
    this.turns.push({ beat, chosen: null });
    return beat;
  }

  /**
   * Works out, a slice at a time, where the open choices lead, and puts the story back as it was after
   * each, so that taking a choice later costs only the loading of ink's small state; returns true while
   * work is left. A page calls it while the player reads, one slice per idle moment: running ink
   * through the next beat is most of what a choice costs, and some beats take long on a slow machine.
   * `sliceMs` is how long ink may run in this call (0: to the end of the choice's beat).
   */
  prepareNext(sliceMs = 0): boolean {
    const waiting = () => this.current.choices.filter((choice) => !this.prepared.has(choice.index) && choice.index !== this.preparing?.index);
    if (!this.preparing) {
      const choice = waiting()[0];
      if (!choice) return false;
      this.preparing = { index: choice.index, snapshot: this.checkpoint(), status: { ...this.status }, beat: this.advancingAfter(choice.index) };
    }
    this.sliceMs = sliceMs;
    const step = this.preparing.beat.next();
    this.sliceMs = 0;
    if (!step.done) return true;
    const { index, snapshot, status } = this.preparing;
    this.preparing = null;
    this.prepared.set(index, { beat: step.value, state: this.story.state.toJson(), status: { ...this.status } });
    this.story.state.LoadJson(snapshot);
    this.status = status;
    return waiting().length > 0;
  }

  /** Takes choice `index` and works out its beat in steps (`advancing`). */
  private *advancingAfter(index: number): Generator<void, Beat> {
    this.story.ChooseChoiceIndex(index);
    return yield* this.advancing();
  }

  /** Finishes a choice half worked out ahead, so that ink is back at the open choice and free to move. */
  private settle(): void {
    if (this.preparing) this.prepareNext(0);
  }

  /**
   * Keeps ink's state as it stands at the open choice, for a later return to it (`rewindTo`), and
   * returns it. `choose` does it if it has not been done, and `prepareNext` does it first, while the
   * player reads, so that a choice costs less.
   */
  checkpoint(): string {
    const open = this.turns.length - 1;
    const kept = this.snapshots[open];
    if (kept !== undefined) return kept;
    const state = this.story.state.toJson();
    this.snapshots[open] = state;
    return state;
  }

  /** The choices taken so far, for saves and run codes. */
  get steps(): Step[] {
    return this.turns.flatMap(({ beat, chosen }) => {
      const choice = beat.choices.find((option) => option.index === chosen);
      if (!choice) return [];
      return [{ id: choice.id, index: choice.index, text: choice.text }];
    });
  }

  /** The historical decisions taken so far, in order, with the player's reasons. */
  get decisions(): DecisionTaken[] {
    return this.turns.flatMap(({ beat, chosen }, turn) => {
      const choice = beat.choices.find((option) => option.index === chosen);
      if (!choice?.decision || !choice.option) return [];
      return [
        {
          decision: choice.decision,
          option: choice.option,
          text: choice.text,
          args: choice.args,
          actual: choice.actual,
          year: beat.status.year,
          chapter: beat.status.chapter,
          turn,
          reason: this.reasons.get(turn) ?? '',
        },
      ];
    });
  }

  /** Records the player's one-line reason for the choice taken at this turn. */
  setReason(turn: number, reason: string): void {
    const text = reason.trim().slice(0, 280);
    if (text) this.reasons.set(turn, text);
    else this.reasons.delete(turn);
  }

  /** All reasons given, by turn, for saving. */
  get allReasons(): Record<number, string> {
    return Object.fromEntries(this.reasons);
  }

  /**
   * Returns to the turn at which that choice was offered, with the story exactly as it stood then;
   * everything before it is kept, everything after it is dropped.
   */
  rewindTo(turn: number): Beat {
    const snapshot = this.snapshots[turn];
    const status = this.statusBefore[turn];
    if (snapshot === undefined || status === undefined) {
      throw new RangeError(`There is no choice at turn ${turn} to return to.`);
    }
    this.settle();
    this.story.state.LoadJson(snapshot);
    this.status = { ...status };
    this.prepared.clear();
    this.turns.length = turn + 1;
    // The snapshot of the turn returned to is where ink stands now: kept, the next choice need not make it again.
    this.snapshots.length = turn + 1;
    this.statusBefore.length = turn;
    for (const key of [...this.reasons.keys()]) if (key >= turn) this.reasons.delete(key);
    this.lastTurn().chosen = null;
    return this.current;
  }

  /**
   * What decides the rest of the story from here: the choices on offer and where they lead, every
   * global variable, the call stack with its temporaries, and the page's status. Visit counts and
   * turn numbers are left out, because the story keeps its memory in variables and never returns to
   * a knot it has left (story/OUTLINE.md): two routes to the same moment count as one state. Reading
   * these directly is far cheaper than serialising ink's whole state.
   */
  fingerprint(): string {
    this.settle();
    const state = this.story.state;
    const globals = this.globalNames.map((name) => this.story.variablesState.$(name));
    const stack = state.callStack.elements.map((element) => [
      element.type,
      element.currentPointer.toString(),
      [...element.temporaryVariables].map(([name, value]) => [name, String(value)]),
    ]);
    const choices = state.currentChoices.map((choice) => [choice.text, choice.targetPath?.toString() ?? '']);
    return JSON.stringify([choices, globals, stack, this.status]);
  }

  private lastTurn(): Turn {
    const turn = this.turns[this.turns.length - 1];
    if (!turn) throw new Error('The story has not started.');
    return turn;
  }

  /** Continues until the next choice or ending, collecting lines, tags and cues. */
  private advance(): Beat {
    const steps = this.advancing();
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
    }
  }

  /**
   * The beat from here to the next choice or ending, worked out in steps: each pauses once ink has run
   * for `sliceMs` (with 0 it never pauses).
   */
  private *advancing(): Generator<void, Beat> {
    const lines: StoryLine[] = [];
    const cues: Cue[] = [];
    const problems: string[] = [];
    this.runtimeErrors = [];
    while (this.story.canContinue) {
      this.story.ContinueAsync(this.sliceMs);
      while (!this.story.asyncContinueComplete) {
        yield;
        this.story.ContinueAsync(this.sliceMs);
      }
      const text = (this.story.currentText ?? '').trim();
      const tags = parseTags(this.story.currentTags);
      checkChapterOpening(tags, text, problems);
      let doc: string | null = null;
      for (const tag of tags) {
        doc = this.applyTag(tag, cues, problems) ?? doc;
      }
      if (text) lines.push({ text, record: this.status.record, doc, chapter: this.status.chapter, year: this.status.year });
    }
    const choices = this.story.currentChoices.map((choice): ChoiceOption => {
      const option: ChoiceOption = {
        index: choice.index,
        id: '',
        text: choice.text,
        decision: null,
        option: null,
        args: [],
        actual: false,
      };
      for (const tag of parseTags(choice.tags)) {
        if (tag.kind === 'choice') {
          option.decision = tag.decision;
          option.option = tag.option;
          option.id = `${tag.decision}.${tag.option}`;
        } else if (tag.kind === 'id') option.id = tag.id;
        else if (tag.kind === 'arg') option.args.push(tag.id);
        else if (tag.kind === 'actual') option.actual = true;
        else problems.push(`choice "${choice.text}": unexpected tag ${describe(tag)}`);
      }
      if (!option.id) problems.push(`choice "${choice.text}" has neither a choice: nor an id: tag`);
      return option;
    });
    problems.push(...this.runtimeErrors);
    return { lines, choices, status: { ...this.status }, cues, world: this.readWorld(), problems };
  }

  /** Applies a line tag to the status; returns the document title for `doc` tags. */
  private applyTag(tag: Tag, cues: Cue[], problems: string[]): string | null {
    switch (tag.kind) {
      case 'chapter':
        this.status.chapter = tag.id;
        break;
      case 'year':
        if (this.status.year !== null && tag.year < this.status.year) {
          problems.push(`the year runs backwards from ${this.status.year} to ${tag.year}`);
        }
        this.status.year = tag.year;
        this.status.date = null;
        break;
      case 'date':
        this.status.date = tag.date;
        break;
      case 'record':
        this.status.record = tag.record;
        break;
      case 'scene':
        this.status.scene = tag.id;
        break;
      case 'ending':
        this.status.ending = tag.id;
        break;
      case 'sfx':
      case 'music':
        cues.push({ kind: tag.kind, id: tag.id });
        break;
      case 'doc':
        return tag.title;
      default:
        problems.push(`line tag ${describe(tag)} does not belong on a line`);
    }
    return null;
  }

  private readWorld(): World {
    const world: World = {};
    for (const name of WORLD_VARIABLES) {
      const value = this.story.variablesState.$(name);
      if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') {
        world[name] = value;
      }
    }
    return world;
  }
}

/** The contract: the first line of each chapter carries its `chapter`, `year` and `record`. */
function checkChapterOpening(tags: readonly Tag[], text: string, problems: string[]): void {
  const chapter = tags.find((tag) => tag.kind === 'chapter');
  if (!chapter) return;
  for (const needed of ['year', 'record'] as const) {
    if (!tags.some((tag) => tag.kind === needed)) {
      problems.push(`the chapter opening "${text.slice(0, 40)}" has no ${needed} tag`);
    }
  }
}

function describe(tag: Tag): string {
  return tag.kind === 'unknown' ? `"${tag.raw}" (${tag.reason})` : `"${tag.kind}"`;
}
