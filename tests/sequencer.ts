import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The order `npm test` runs its files in, two at a time: the full game's walk first (the longest file,
 * on one core for its whole run) and the type check beside it, then the unit and story files, then the
 * browser files, which wait for the game their global setup builds meanwhile and take whichever core is
 * free. Within each part, Vitest's own order (the longest or largest first).
 */
export class SuiteSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const first = (file: TestSpecification) => file.moduleId.endsWith('/tests/story/full.test.ts') || file.project.name === 'types';
    const rank = (file: TestSpecification) => (first(file) ? 0 : file.project.name === 'browser' ? 2 : 1);
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}
