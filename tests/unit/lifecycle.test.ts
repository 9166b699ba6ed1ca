import { describe, expect, it } from 'vitest';
import { Lifecycle, parseHash, type LifecycleEvent, type Phase } from '../../src/app/lifecycle';

function run(...events: LifecycleEvent[]): Lifecycle {
  const lifecycle = new Lifecycle();
  for (const event of events) lifecycle.send(event);
  return lifecycle;
}

describe('the app lifecycle', () => {
  it('goes from loading to the title to play, and takes one choice at a time', () => {
    const lifecycle = run('loaded', 'start');
    expect(lifecycle.phase).toBe('playing');
    expect(lifecycle.takesChoices).toBe(true);
    expect(lifecycle.send('choose')).toBe(true);
    expect(lifecycle.takesChoices).toBe(false);
    // A second choice before the first is shown (a held key, a double click) is refused.
    expect(lifecycle.send('choose')).toBe(false);
    lifecycle.send('shown');
    expect(lifecycle.takesChoices).toBe(true);
  });

  it('shows exactly one view in every phase', () => {
    const seen: string[] = [];
    const lifecycle = new Lifecycle();
    lifecycle.subscribe((phase, view) => seen.push(`${phase}:${view}`));
    for (const event of ['loaded', 'start', 'choose', 'end', 'class', 'home', 'essay', 'home', 'view-run', 'home'] as const) lifecycle.send(event);
    expect(seen).toEqual([
      'loading:title',
      'title:title',
      'playing:story',
      'choosing:story',
      'ended:story',
      'class:class',
      'ended:story',
      'essay:essay',
      'ended:story',
      'viewing-run:story',
      'ended:story',
    ]);
  });

  it('opens the class board while the story loads, and comes back to the wait', () => {
    const lifecycle = run('class');
    expect(lifecycle.view).toBe('class');
    lifecycle.send('loaded');
    expect(lifecycle.phase).toBe('class');
    lifecycle.send('home');
    expect(lifecycle.phase).toBe('title');
    expect(run('class', 'home').phase).toBe('loading');
  });

  it('offers a retry after a failed load, and nothing else', () => {
    const lifecycle = run('load-failed');
    expect(lifecycle.phase).toBe('failed');
    expect(lifecycle.send('start')).toBe(false);
    expect(lifecycle.send('view-run')).toBe(false);
    lifecycle.send('retry');
    lifecycle.send('loaded');
    expect(lifecycle.phase).toBe('title');
  });

  it('never lets a run link take choices or end a game of the player’s own', () => {
    const lifecycle = run('loaded', 'view-run');
    expect(lifecycle.takesChoices).toBe(false);
    expect(lifecycle.send('choose')).toBe(false);
    expect(lifecycle.send('end')).toBe(false);
    expect(lifecycle.send('start')).toBe(true);
    expect(lifecycle.phase).toBe('playing');
  });

  it('ignores every event that does not apply, from every phase', () => {
    const events: LifecycleEvent[] = ['loaded', 'load-failed', 'retry', 'start', 'choose', 'shown', 'end', 'rewind', 'view-run', 'class', 'teacher', 'essay', 'home', 'title'];
    const phases = new Set<Phase>();
    for (const first of events) for (const second of events) for (const third of events) {
      const lifecycle = run(first, second, third);
      phases.add(lifecycle.phase);
      expect(['title', 'story', 'class', 'teacher', 'essay']).toContain(lifecycle.view);
    }
    expect(phases.size).toBeGreaterThan(6);
  });
});

describe('the address', () => {
  it.each([
    ['', { kind: 'game' }],
    ['#class', { kind: 'class' }],
    ['#teacher', { kind: 'teacher' }],
    ['#essay', { kind: 'essay', line: null }],
    ['#essay-L42', { kind: 'essay', line: 42 }],
    ['#run=LH2-F2%20X', { kind: 'run', code: 'LH2-F2 X' }],
  ])('reads %s', (hash, route) => {
    expect(parseHash(hash)).toEqual(route);
  });

  it.each(['#run=%E0%A4%A', '#run=%', '#run=%zz', '#run=%C0%AF', '#nonsense'])('says what is wrong with %s instead of throwing', (hash) => {
    expect(parseHash(hash)).toMatchObject({ kind: 'bad', message: expect.any(String) });
  });
});
