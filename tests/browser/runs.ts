import story from '../../story/main.ink';
import { StoryEngine } from '../../src/narrative/engine';
import { encodeRunCode, recordOf, type PlaythroughRecord } from '../../src/narrative/record';
import { toSave } from '../../src/narrative/save';

/**
 * A whole playthrough made in Node, far faster than clicking one through: always the first choice, or
 * with `last` set, the last choice at every historical decision.
 */
export function finishedRun(last: 0 | 1 = 0): { record: PlaythroughRecord; code: string; save: string } {
  const engine = new StoryEngine(story, 2);
  while (!engine.ended) {
    const choices = engine.current.choices;
    const decision = choices.some((choice) => choice.decision);
    engine.choose((last && decision ? choices.at(-1) : choices[0])!.index);
  }
  const record = recordOf(engine);
  return { record, code: encodeRunCode(record), save: JSON.stringify(toSave(story.id, record, 1, 'another-visit')) };
}
