import type { Settings } from '../config';

/**
 * Whether answer keys belong on the page: only in teacher mode, which the teacher page switches on.
 * In student mode (the default) an answer key is never built, so it is neither on screen nor in print.
 */
export function answersShown(settings: Pick<Settings, 'teacherMode'>): boolean {
  return settings.teacherMode;
}

/**
 * An answer key, or nothing: in teacher mode, builds it and marks it `data-testid="answer"` (the
 * contract's hook); in student mode returns null without calling `build`. `h()` skips a null child,
 * so a view can write `h('li', {}, task, answerKey(settings, () => h('p', {}, answer)))`.
 */
export function answerKey<T extends HTMLElement>(settings: Pick<Settings, 'teacherMode'>, build: () => T): T | null {
  if (!answersShown(settings)) return null;
  const element = build();
  element.dataset.testid = 'answer';
  return element;
}
