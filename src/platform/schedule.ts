/** What an idle moment is taken to offer where the browser cannot say, or when the wait ran out (ms). */
const SHORT_IDLE_MS = 4;

/**
 * Runs `task` when the browser is next idle, or after `timeout` ms at the latest, with the milliseconds
 * the idle moment has left (at least a short one's); returns a cancel. Where the browser cannot say when
 * it is idle (Safari, so the iPads of many a classroom), the moment just after the next paint stands for
 * an idle one: a frame is drawn between any two tasks, and work done in steps goes on at the page's
 * frame rate, not at one step per fixed wait.
 */
export function whenIdle(task: (idleMs: number) => void, timeout: number): () => void {
  if ('requestIdleCallback' in window) {
    const id = requestIdleCallback((deadline) => task(Math.max(deadline.timeRemaining(), SHORT_IDLE_MS)), { timeout });
    return () => cancelIdleCallback(id);
  }
  // A hidden tab paints nothing: the timeout still bounds the wait there.
  const cancel = (): void => {
    cancelPaint();
    clearTimeout(timer);
  };
  const run = (): void => {
    cancel();
    task(SHORT_IDLE_MS);
  };
  const cancelPaint = afterNextPaint(run);
  const timer = setTimeout(run, timeout);
  return cancel;
}

/** Runs `task` just after the next paint, so that it never holds back what the page is about to show. */
export function afterNextPaint(task: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(task, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/** How long a step of work done in idle moments may wait for one. */
const STEP_WAIT_MS = 1000;

/**
 * Runs work that pauses between its steps (a generator), one step per idle moment after a paint, so
 * that what the page shows now is drawn first, no single task holds the page for all of it, and a
 * picture still moving (a scene turning in) keeps its frames; `done` runs after the last step.
 * Returns a cancel.
 */
export function inSteps(steps: Iterator<void>, done: () => void): () => void {
  let cancel = (): void => undefined;
  const wait = (): void => {
    cancel = afterNextPaint(() => {
      cancel = whenIdle(next, STEP_WAIT_MS);
    });
  };
  const next = (): void => {
    if (steps.next().done) done();
    else wait();
  };
  wait();
  return () => cancel();
}
