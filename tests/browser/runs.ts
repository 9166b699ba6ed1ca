import story from '../../story/main.ink';
import { StoryEngine } from '../../src/narrative/engine';
import { encodeRunCode, recordOf, type PlaythroughRecord } from '../../src/narrative/record';
import { toSave } from '../../src/narrative/save';

/** A whole playthrough made in Node (always the first choice), far faster than clicking one through. */
export function finishedRun(): { record: PlaythroughRecord; code: string; save: string } {
  const engine = new StoryEngine(story, 2);
  while (!engine.ended) engine.choose(engine.current.choices[0]!.index);
  const record = recordOf(engine);
  return { record, code: encodeRunCode(record), save: JSON.stringify(toSave(story.id, record, 1, 'another-visit')) };
}
