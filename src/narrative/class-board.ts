import type { Decision, Ending } from './catalogue';
import type { PlaythroughRecord } from './record';
import type { MapLane } from './story-map';

/** A student's run on the board: the record, and the name the teacher gave it (or ''). */
export interface ClassRun {
  name: string;
  record: PlaythroughRecord;
}

/** What the board needs of the story, read without running it. */
export interface BoardStory {
  decisions: ReadonlyMap<string, Decision>;
  endings: ReadonlyMap<string, Ending>;
  /** `decision.option` ids of what really happened. */
  actual: ReadonlySet<string>;
  /** Each course, with the choice that opens it and, for a detour, the one that closes it again. */
  courses: Readonly<Record<string, Course>>;
  /** The story's map: which options each course offers at each decision. */
  map: readonly MapLane[];
}

/** A course of the story (story/data/courses.json): history's own, or one the player's choices open. */
export interface Course {
  title: string;
  opener: string | null;
  closer?: string;
  /** The chapter files (under story/) that hold this course's own decisions. */
  files: string[];
  /** The endings this course leads to. */
  endings: string[];
}

/** The course a record stands on after its choices (or after its first `upTo` choices). */
export function courseAfter(choices: readonly string[], courses: Readonly<Record<string, Course>>, upTo = choices.length): string {
  let course = 'history';
  for (const id of choices.slice(0, upTo)) {
    for (const [name, { opener, closer }] of Object.entries(courses)) {
      if (opener === id) course = name;
      else if (closer === id && course === name) course = 'history';
    }
  }
  return course;
}

export interface OptionTally {
  option: string;
  label: string;
  count: number;
  /** Of the students who reached the decision, 0..1. */
  share: number;
  actual: boolean;
  /** Why students took it, where they put their reasons in their codes. */
  reasons: { name: string; text: string }[];
}

export interface DecisionTally {
  decision: Decision;
  reached: number;
  /** How many reached it on each course (history first), by course id. */
  byCourse: { course: string; title: string; count: number }[];
  options: OptionTally[];
  /** 0 when everyone chose alike; near 1 when the class split evenly. */
  divided: number;
}

export interface Board {
  runs: number;
  finished: number;
  decisions: DecisionTally[];
  endings: { id: string; title: string; count: number; share: number }[];
  /** How many students took each choice, by its stable id (for the map). */
  byChoice: ReadonlyMap<string, number>;
  /** Where each student first left what really happened: by decision, in story order, then "never". */
  leftHistory: { decision: string | null; title: string; count: number; share: number }[];
}

/** Tallies the class's runs. Every option of every decision reached is listed, taken or not. */
export function buildBoard(runs: readonly ClassRun[], story: BoardStory): Board {
  const order = [...story.decisions.keys()];
  const taken = new Map<string, Map<string, ClassRun[]>>();
  const courses = new Map<string, Map<string, number>>();
  const firstLeft = new Map<string | null, number>();
  for (const run of runs) {
    let left: string | null = null;
    run.record.choices.forEach((id, at) => {
      const course = courseAfter(run.record.choices, story.courses, at);
      const [decision = '', option = ''] = id.split('.');
      if (story.decisions.has(decision)) {
        const byOption = taken.get(decision) ?? new Map<string, ClassRun[]>();
        byOption.set(option, [...(byOption.get(option) ?? []), run]);
        taken.set(decision, byOption);
        const byCourse = courses.get(decision) ?? new Map<string, number>();
        byCourse.set(course, (byCourse.get(course) ?? 0) + 1);
        courses.set(decision, byCourse);
        if (left === null && !story.actual.has(id)) left = decision;
      }
    });
    firstLeft.set(left, (firstLeft.get(left) ?? 0) + 1);
  }

  const decisions = order
    .filter((id) => taken.has(id))
    .map((id): DecisionTally => {
      const decision = story.decisions.get(id) as Decision;
      const byOption = taken.get(id) ?? new Map<string, ClassRun[]>();
      const reached = [...byOption.values()].reduce((sum, list) => sum + list.length, 0);
      // The options offered on the courses where the class met this decision, and any option taken.
      const met = new Set(courses.get(id)?.keys() ?? []);
      const offered = story.map
        .filter((lane) => met.has(lane.course))
        .flatMap((lane) => lane.decisions.find((entry) => entry.decision.id === id)?.options ?? [])
        .map((option) => option.id.slice(id.length + 1));
      const options = [...new Set([...offered, ...byOption.keys()])].map((option): OptionTally => {
        const list = byOption.get(option) ?? [];
        return {
          option,
          label: decision.options[option] ?? option,
          count: list.length,
          share: reached ? list.length / reached : 0,
          actual: story.actual.has(`${id}.${option}`),
          reasons: list.flatMap((run) => reasonFor(run, `${id}.${option}`)),
        };
      });
      const top = Math.max(...options.map((option) => option.share));
      return {
        decision,
        reached,
        byCourse: Object.entries(story.courses)
          .map(([course, { title }]) => ({ course, title, count: courses.get(id)?.get(course) ?? 0 }))
          .filter((entry) => entry.count > 0),
        options,
        divided: reached > 1 ? 1 - top : 0,
      };
    })
    .sort((a, b) => b.divided - a.divided || b.reached - a.reached || order.indexOf(a.decision.id) - order.indexOf(b.decision.id));

  const finished = runs.filter((run) => run.record.ending !== null).length;
  const endings = [...story.endings.values()].map((ending) => {
    const count = runs.filter((run) => run.record.ending === ending.id).length;
    return { id: ending.id, title: ending.title, count, share: finished ? count / finished : 0 };
  });
  const leftHistory = [...order.filter((id) => firstLeft.has(id)), null].map((decision) => {
    const count = firstLeft.get(decision) ?? 0;
    const title = decision === null ? 'Never: followed history throughout' : (story.decisions.get(decision)?.title ?? decision);
    return { decision, title, count, share: runs.length ? count / runs.length : 0 };
  });
  const byChoice = new Map<string, number>();
  for (const run of runs) for (const id of new Set(run.record.choices)) byChoice.set(id, (byChoice.get(id) ?? 0) + 1);
  return { runs: runs.length, finished, decisions, endings, leftHistory, byChoice };
}

function reasonFor(run: ClassRun, id: string): { name: string; text: string }[] {
  const at = run.record.choices.indexOf(id);
  const text = at >= 0 ? run.record.reasons[at] : undefined;
  return text ? [{ name: run.name, text }] : [];
}

/** The board as CSV, one row per option of each decision, for a spreadsheet. */
export function boardAsCsv(board: Board): string {
  const rows = [['decision', 'years', 'option', 'what history did', 'students', 'share of those who reached it', 'reached']];
  for (const { decision, reached, options } of board.decisions) {
    for (const option of options) {
      rows.push([decision.title, decision.years, option.label, option.actual ? 'yes' : '', String(option.count), `${Math.round(option.share * 100)}%`, String(reached)]);
    }
  }
  for (const ending of board.endings) rows.push(['Ending', '', ending.title, '', String(ending.count), `${Math.round(ending.share * 100)}%`, String(board.finished)]);
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n');
}

function csvCell(value: string): string {
  // A leading = + - @ would make a spreadsheet run the cell as a formula.
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * Reads pasted text or a form's CSV export: each line holds at most one run code (`LH2-…` or `LH1-…`)
 * and, optionally, a name in the same line (before or after it, or in another column).
 */
export function readClassInput(text: string): { code: string; name: string }[] {
  const found: { code: string; name: string }[] = [];
  for (const line of text.split(/\r?\n/)) {
    const codes = [...line.matchAll(/\bLH[12](?:-[0-9A-Z]+){2,3}\b/gi)].map((match) => match[0]);
    if (codes.length === 0) continue;
    if (codes.length > 1) {
      for (const code of codes) found.push({ code, name: '' });
      continue;
    }
    const code = codes[0] ?? '';
    const rest = line.replace(code, ' ');
    const name = rest
      .split(/[,;\t]/)
      .map((cell) => cell.replace(/^[\s"':]+|[\s"':]+$/g, ''))
      .filter((cell) => cell && !/^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}/.test(cell) && !/@/.test(cell))
      .join(' ')
      .slice(0, 60);
    found.push({ code, name });
  }
  return found;
}
