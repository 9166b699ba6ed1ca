import { statSync } from 'node:fs';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The order `npm test` runs its files in, two at a time: the full game's walk first (the longest file,
 * on one core for its whole run) and the type check beside it, then the unit and story files, then the
 * browser files, which wait for the game their global setup builds meanwhile and take whichever core is
 * free. The browser files go largest first, the rough order of their length, whatever the last run
 * took: Vitest would otherwise order them by the durations it cached, measured while other files ran
 * beside them, and a clean clone (as CI runs it) and a developer's copy would run differently.
 */
export class SuiteSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const first = (file: TestSpecification) => file.moduleId.endsWith('/tests/story/full.test.ts') || file.project.name === 'types';
    const rank = (file: TestSpecification) => (first(file) ? 0 : file.project.name === 'browser' ? 2 : 1);
    const size = (file: TestSpecification) => statSync(file.moduleId).size;
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b) || (rank(a) === 2 ? size(b) - size(a) : 0));
  }
}
