import { describe, expect, it } from 'vitest';
import story from '../../story/main.ink';
import storyIndex from '../../story/main.ink?index';
import courses from '../../story/data/courses.json';
import { catalogue } from '../../src/narrative/catalogue';
import { courseAfter, type Course } from '../../src/narrative/class-board';
import { StoryEngine } from '../../src/narrative/engine';

const COURSES: Record<string, Course> = courses;

/** Plays until `id` is on offer, trying the choices in order (depth first, one engine rewound), and takes it. */
function reach(id: string): StoryEngine | null {
  const engine = new StoryEngine(story, 2);
  const seen = new Set<string>();
  const search = (): boolean => {
    const offered = engine.current.choices.find((choice) => choice.id === id);
    if (offered) {
      engine.choose(offered.index);
      return true;
    }
    const print = engine.fingerprint();
    if (seen.has(print) || engine.ended) return false;
    seen.add(print);
    const turn = engine.transcript.length - 1;
    for (const choice of engine.current.choices) {
      engine.choose(choice.index);
      if (search()) return true;
      engine.rewindTo(turn);
    }
    return false;
  };
  return search() ? engine : null;
}

describe('the courses the board and the map draw', () => {
  it.each(Object.entries(COURSES).filter(([, course]) => course.opener))('%s opens where courses.json says', (name, course) => {
    const engine = reach(course.opener as string);
    expect(engine).not.toBeNull();
    const world = engine!.current.world;
    if (name === 'oppositionist') expect(world.oppositionist).toBe(true);
    else expect(world.course).toBe(name);
    expect(courseAfter(engine!.steps.map((step) => step.id), COURSES)).toBe(name);
  });

  it('names only chapter files that hold choices, and every ending once', () => {
    const files = new Set(storyIndex.choices.map((choice) => choice.file));
    for (const course of Object.values(COURSES)) for (const file of course.files) expect(files).toContain(file);
    expect(Object.values(COURSES).flatMap((course) => course.endings).sort()).toEqual([...catalogue.endings.keys()].sort());
  });
});
