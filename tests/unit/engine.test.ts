import { describe, expect, it } from 'vitest';
import tiny from '../fixtures/tiny.ink';
import { StoryEngine } from '../../src/narrative/engine';

/** Plays the fixture by choice texts, which reads better in a test than indices. */
function play(engine: StoryEngine, ...texts: string[]): void {
  for (const text of texts) {
    const choice = engine.current.choices.find((option) => option.text === text);
    if (!choice) throw new Error(`no choice "${text}" among ${engine.current.choices.map((c) => c.text).join(', ')}`);
    engine.choose(choice.index);
  }
}

describe('StoryEngine', () => {
  it('takes the route as a start option, sets the story’s route before the first line and exposes it', () => {
    const full = new StoryEngine(tiny);
    expect(full.route).toBe('full');
    expect(full.current.choices.map((choice) => choice.id)).toEqual(['corridor.report', 'corridor.listen']);
    const lesson = new StoryEngine(tiny, 2, { route: 'lesson' });
    expect(lesson.route).toBe('lesson');
    expect(lesson.current.lines.map((line) => line.text)).toEqual(['The hall fills.', 'Point 7 stays secret.', 'The vote is called.']);
    expect(lesson.current.choices.map((choice) => choice.id)).toEqual(['ban.for', 'ban.against']);
    expect(new StoryEngine(tiny, 2, { route: 'full' }).fingerprint()).toBe(full.fingerprint());
    expect(lesson.fingerprint()).not.toBe(full.fingerprint());
  });

  it('hands out the first beat with its status, cues and world', () => {
    const beat = new StoryEngine(tiny).current;
    expect(beat.lines.map((line) => line.text)).toEqual(['The hall fills.', 'Point 7 stays secret.']);
    expect(beat.lines[1]?.doc).toBe('Resolution "On Party Unity"');
    expect(beat.status).toMatchObject({ chapter: 'test-hall', year: 1921, date: '1921-03-08', record: 'history', scene: 'congress', ending: null });
    expect(beat.cues).toEqual([{ kind: 'music', id: 'murmur' }]);
    expect(beat.world).toMatchObject({ debate: 60, standing: 50 });
    expect(beat.choices.map((choice) => choice.decision)).toEqual([null, null]);
  });

  it('parses decision, option, arguments and actual from choice tags', () => {
    const engine = new StoryEngine(tiny);
    play(engine, 'Read the report');
    const [forIt, against] = engine.current.choices;
    expect(forIt).toMatchObject({ text: 'Vote for', decision: 'ban', option: 'for', args: ['ban-motive'], actual: true });
    expect(against).toMatchObject({ decision: 'ban', option: 'against', args: ['ban-excuse', 'democratic-centralism'], actual: false });
    expect(engine.current.cues).toContainEqual({ kind: 'sfx', id: 'typewriter' });
  });

  it('keeps the record until the story changes it, per line', () => {
    const engine = new StoryEngine(tiny);
    play(engine, 'Go to the corridor', 'Vote against');
    const beat = engine.current;
    expect(beat.lines.map((line) => [line.text, line.record])).toEqual([
      ['Nobody in 1921 did this.', 'counterfactual'],
      ['The congress ends.', 'counterfactual'],
    ]);
    expect(beat.status.year).toBe(1922);
    expect(beat.world.standing).toBe(30);
  });

  it('reports tags it does not understand instead of dropping them silently', () => {
    const engine = new StoryEngine(tiny);
    play(engine, 'Go to the corridor', 'Vote for');
    expect(engine.current.problems.join('\n')).toMatch(/bogus/);
  });

  it('logs only historical decisions, in order, and reaches the ending', () => {
    const engine = new StoryEngine(tiny);
    play(engine, 'Read the report', 'Vote against', 'Refuse');
    expect(engine.decisions.map((d) => `${d.decision}.${d.option}`)).toEqual(['ban.against', 'gensec.against']);
    expect(engine.decisions[0]).toMatchObject({ year: 1921, chapter: 'test-hall', actual: false, turn: 1 });
    expect(engine.ended).toBe(true);
    expect(engine.current.status.ending).toBe('test-end');
    expect(engine.steps.map((step) => step.id)).toEqual(['corridor.report', 'ban.against', 'gensec.against']);
  });

  it('refuses a choice that is not on offer', () => {
    const engine = new StoryEngine(tiny);
    expect(() => engine.choose(7)).toThrow(RangeError);
  });

  it('rewinds to a decision with the story exactly as it stood then', () => {
    const engine = new StoryEngine(tiny);
    play(engine, 'Read the report', 'Vote against', 'Refuse');
    engine.setReason(1, 'Debate keeps a party honest.');
    engine.setReason(3, 'later reason');
    const beat = engine.rewindTo(1);
    expect(beat.lines.map((line) => line.text)).toEqual(['You read it.', 'The vote is called.']);
    expect(engine.decisions).toEqual([]);
    expect(engine.transcript).toHaveLength(2);
    expect(engine.allReasons).toEqual({});
    play(engine, 'Vote for');
    expect(engine.current.world).toMatchObject({ debate: 40, standing: 50 });
    expect(engine.current.lines[0]?.record).toBe('history');
    expect(engine.decisions.map((d) => d.option)).toEqual(['for']);
  });

  it('returns to the same turn as often as it is asked, each time with the story as it stood there', () => {
    const engine = new StoryEngine(tiny);
    play(engine, 'Read the report');
    const vote = engine.fingerprint();
    const taken = ['Vote for', 'Vote against', 'Vote for'].map((text) => {
      play(engine, text, 'Refuse');
      engine.rewindTo(2);
      const beat = engine.rewindTo(1);
      const back = engine.fingerprint() === vote;
      const debate = engine.choose(engine.current.choices[0]!.index).world.debate;
      engine.rewindTo(1);
      return [beat.lines.map((line) => line.text), back, debate];
    });
    expect(taken).toEqual(Array(3).fill([['You read it.', 'The vote is called.'], true, 40]));
  });

  it('rewinds alike whether the page kept the state while the player read or the choice kept it', () => {
    const kept = new StoryEngine(tiny);
    const unkept = new StoryEngine(tiny);
    for (const text of ['Read the report', 'Vote against']) {
      kept.checkpoint();
      kept.checkpoint();
      play(kept, text);
      play(unkept, text);
    }
    const before = kept.fingerprint();
    kept.checkpoint();
    play(kept, 'Refuse');
    expect(kept.rewindTo(2)).toEqual(unkept.current);
    expect(kept.fingerprint()).toBe(before);
    expect(kept.rewindTo(1)).toEqual(unkept.rewindTo(1));
    expect(kept.fingerprint()).toBe(unkept.fingerprint());
  });

  it('takes a choice worked out ahead exactly as one worked out when taken, and rewinds alike', () => {
    // Every path through the fixture, each choice taken once prepared and once not.
    const paths = (engine: StoryEngine, path: number[] = []): number[][] =>
      engine.ended ? [path] : engine.current.choices.flatMap((choice) => {
        const next = new StoryEngine(tiny, 1);
        for (const index of [...path, choice.index]) next.choose(index);
        return paths(next, [...path, choice.index]);
      });
    const all = paths(new StoryEngine(tiny, 1));
    expect(all.length).toBe(8);
    for (const path of all) {
      const ahead = new StoryEngine(tiny, 1);
      const plain = new StoryEngine(tiny, 1);
      for (const index of path) {
        const before = ahead.fingerprint();
        while (ahead.prepareNext());
        // Preparing leaves the story where it was.
        expect(ahead.fingerprint()).toBe(before);
        expect(ahead.current).toEqual(plain.current);
        expect(ahead.choose(index)).toEqual(plain.choose(index));
        expect(ahead.fingerprint()).toBe(plain.fingerprint());
      }
      expect([ahead.steps, ahead.decisions, ahead.transcript]).toEqual([plain.steps, plain.decisions, plain.transcript]);
      expect(ahead.rewindTo(1)).toEqual(plain.rewindTo(1));
      expect(ahead.fingerprint()).toBe(plain.fingerprint());
    }
  });

  it('prepares one open choice at a time, and says when none is left', () => {
    const engine = new StoryEngine(tiny);
    expect(engine.current.choices).toHaveLength(2);
    expect([engine.prepareNext(), engine.prepareNext(), engine.prepareNext()]).toEqual([true, false, false]);
    play(engine, 'Read the report', 'Vote for', 'Agree');
    expect([engine.ended, engine.prepareNext()]).toEqual([true, false]);
  });

  it('forgets the choices it prepared when the fortune changes or the story goes back', () => {
    const engine = new StoryEngine(tiny, 1);
    play(engine, 'Read the report', 'Vote for');
    while (engine.prepareNext());
    engine.setFortune(3);
    play(engine, 'Agree');
    expect(engine.current.lines.map((line) => line.text)).toEqual(['The end.']);
    engine.rewindTo(2);
    engine.setFortune(1);
    while (engine.prepareNext());
    engine.rewindTo(1);
    play(engine, 'Vote against');
    expect(engine.current.lines.map((line) => line.text)).toEqual(['Nobody in 1921 did this.', 'The congress ends.']);
  });

  it('refuses to rewind to a turn that was never played', () => {
    expect(() => new StoryEngine(tiny).rewindTo(3)).toThrow(RangeError);
  });

  it('hands its fortune to the story, which alone decides chance', () => {
    const unlucky = new StoryEngine(tiny, 1);
    play(unlucky, 'Read the report', 'Vote for', 'Agree');
    expect(unlucky.current.lines.map((line) => line.text)).toEqual(['Luck ran out.', 'The end.']);
    const lucky = new StoryEngine(tiny, 3);
    play(lucky, 'Read the report', 'Vote for', 'Agree');
    expect(lucky.current.lines.map((line) => line.text)).toEqual(['The end.']);
  });

  it('gives the same fingerprint to the same moment reached by different flavour choices', () => {
    const one = new StoryEngine(tiny);
    play(one, 'Read the report');
    const other = new StoryEngine(tiny);
    play(other, 'Go to the corridor');
    expect(one.fingerprint()).toBe(other.fingerprint());
    play(one, 'Vote for');
    play(other, 'Vote against');
    expect(one.fingerprint()).not.toBe(other.fingerprint());
  });
});
