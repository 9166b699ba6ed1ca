import { describe, expect, it } from 'vitest';
import story from '../../story/main.ink';
import { StoryEngine } from '../../src/narrative/engine';
import { describeStage } from '../../src/scenes/describe';
import { voteAt } from '../../src/scenes/hall';

/** Plays the real story with the first choice until the ban vote is on offer. */
function atTheVote(): StoryEngine {
  const engine = new StoryEngine(story);
  while (!engine.current.choices.some((choice) => choice.decision === 'ban')) {
    const first = engine.current.choices[0];
    if (!first) throw new Error('the story ended before the ban vote');
    engine.choose(first.index);
  }
  return engine;
}

describe('the stage in words', () => {
  it('shows the hall in camps while the vote is on offer', () => {
    const engine = atTheVote();
    expect(voteAt(engine.current, engine.decisions)).toBe('pending');
    expect(describeStage(engine.current, engine.decisions)).toMatch(/three camps before the vote/);
  });

  it('says something different for each way of voting, and keeps saying it on later beats', () => {
    const engine = atTheVote();
    const turn = engine.transcript.length - 1;
    const said = new Set<string>();
    for (const choice of engine.current.choices) {
      engine.choose(choice.index);
      expect(voteAt(engine.current, engine.decisions)).toBe(choice.option);
      const text = describeStage(engine.current, engine.decisions);
      expect(text).toMatch(/adopted/);
      said.add(text.split('.')[0] ?? '');
      while (engine.current.choices.length > 0) engine.choose(engine.current.choices[0]!.index);
      expect(voteAt(engine.current, engine.decisions)).toBe(choice.option);
      engine.rewindTo(turn);
    }
    expect(said.size).toBe(4);
  });
});
