import type { Decision, Ending } from './catalogue';
import type { Course } from './class-board';

/** One option on the map. */
export interface MapOption {
  id: string;
  label: string;
  actual: boolean;
  /** The course this option opens, if it opens one. */
  opens: string | null;
}

export interface MapDecision {
  decision: Decision;
  options: MapOption[];
}

/** One course as a lane of the map: its decisions in story order, then its endings. */
export interface MapLane {
  course: string;
  title: string;
  /** Where the lane branches off: the option that opens it (null for history's own). */
  from: string | null;
  decisions: MapDecision[];
  endings: Ending[];
}

/**
 * The story as a map of lanes, one per course, drawn from data alone: the choices the ink sources hold
 * (and in which file), the courses and their files, the decisions and the endings.
 */
export function buildStoryMap(
  choices: readonly { id: string; file: string; actual: boolean }[],
  courses: Readonly<Record<string, Course>>,
  decisions: ReadonlyMap<string, Decision>,
  endings: ReadonlyMap<string, Ending>,
): MapLane[] {
  const laneOf = (file: string) => Object.entries(courses).find(([, course]) => course.files.includes(file))?.[0] ?? 'history';
  const openers = new Map(Object.entries(courses).flatMap(([name, course]) => (course.opener ? [[course.opener, name] as const] : [])));
  return Object.entries(courses).map(([name, course]): MapLane => {
    const here = choices.filter((choice) => laneOf(choice.file) === name && decisions.has(choice.id.split('.')[0] ?? ''));
    const lane: MapDecision[] = [];
    for (const decision of decisions.values()) {
      const ids = [...new Set(here.filter((choice) => choice.id.startsWith(`${decision.id}.`)).map((choice) => choice.id))];
      if (ids.length === 0) continue;
      lane.push({
        decision,
        options: ids.map((id) => ({
          id,
          label: decision.options[id.slice(decision.id.length + 1)] ?? id,
          actual: here.some((choice) => choice.id === id && choice.actual),
          opens: openers.get(id) ?? null,
        })),
      });
    }
    return {
      course: name,
      title: course.title,
      from: course.opener,
      decisions: lane,
      endings: course.endings.flatMap((id) => endings.get(id) ?? []),
    };
  });
}
