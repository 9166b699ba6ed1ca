/**
 * Runs `task` when the browser is next idle, or after `timeout` ms at the latest (at once-ish where the
 * browser cannot say when it is idle); returns a cancel.
 */
export function whenIdle(task: () => void, timeout: number): () => void {
  if ('requestIdleCallback' in window) {
    const id = requestIdleCallback(() => task(), { timeout });
    return () => cancelIdleCallback(id);
  }
  const timer = setTimeout(task, Math.min(timeout, 200));
  return () => clearTimeout(timer);
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
