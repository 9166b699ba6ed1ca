import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { inSteps, whenIdle } from '../../src/platform/schedule';

/** A page that paints a frame every 16 ms, or none at all (a hidden tab). */
function stubPage({ paints, idleCallbacks }: { paints: boolean; idleCallbacks: boolean }): void {
  vi.useFakeTimers();
  const frame = (callback: FrameRequestCallback): number => (paints ? setTimeout(() => callback(performance.now()), 16) : setTimeout(() => undefined, 1e9)) as unknown as number;
  vi.stubGlobal('requestAnimationFrame', frame);
  vi.stubGlobal('cancelAnimationFrame', (id: number) => clearTimeout(id));
  const idle = idleCallbacks
    ? {
        // Idle 100 ms from now, as a busy page might be.
        requestIdleCallback: (callback: IdleRequestCallback) => setTimeout(() => callback({ didTimeout: false, timeRemaining: () => 12 }), 100),
        cancelIdleCallback: (id: number) => clearTimeout(id),
      }
    : {};
  for (const [name, value] of Object.entries(idle)) vi.stubGlobal(name, value);
  vi.stubGlobal('window', idle);
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('whenIdle, where the browser has no requestIdleCallback (Safari)', () => {
  beforeEach(() => stubPage({ paints: true, idleCallbacks: false }));

  it('runs the task just after the next paint, once, with a short idle moment', () => {
    const task = vi.fn();
    whenIdle(task, 1000);
    vi.advanceTimersByTime(15);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(2);
    expect(task.mock.calls).toEqual([[4]]);
    vi.advanceTimersByTime(2000);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('runs nothing once cancelled', () => {
    const task = vi.fn();
    whenIdle(task, 1000)();
    vi.advanceTimersByTime(2000);
    expect(task).not.toHaveBeenCalled();
  });

  it('builds work done in steps at the frame rate: twenty steps in well under a second', () => {
    let left = 20;
    const done = vi.fn();
    inSteps({ next: () => ({ done: (left -= 1) < 0, value: undefined }) }, done);
    // Each step waits for a paint, then for the moment after the next: two frames a step.
    vi.advanceTimersByTime(800);
    expect([left, done.mock.calls.length]).toEqual([-1, 1]);
  });
});

describe('whenIdle in a hidden tab without requestIdleCallback', () => {
  beforeEach(() => stubPage({ paints: false, idleCallbacks: false }));

  it('still runs the task when the timeout runs out', () => {
    const task = vi.fn();
    whenIdle(task, 300);
    vi.advanceTimersByTime(299);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(task).toHaveBeenCalledTimes(1);
  });
});

describe('whenIdle where the browser has requestIdleCallback', () => {
  beforeEach(() => stubPage({ paints: true, idleCallbacks: true }));

  it('waits for the idle moment the browser gives, not for a paint, and passes on the time it has left', () => {
    const task = vi.fn();
    whenIdle(task, 1000);
    vi.advanceTimersByTime(99);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(task.mock.calls).toEqual([[12]]);
  });
});
