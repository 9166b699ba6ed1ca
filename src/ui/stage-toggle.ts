/**
 * The button that opens the stage larger where it is a compact band above the story (one-column
 * layouts: tablets and phones), and closes it again. Elsewhere the stylesheet hides the button.
 */
import { byId } from './dom';

/** Shows and wires the toggle; returns a function that hides and unwires it. */
export function mountStageToggle(): () => void {
  const panel = byId('stage-panel');
  const button = byId('stage-toggle');
  const set = (open: boolean): void => {
    panel.classList.toggle('stage-panel--open', open);
    button.setAttribute('aria-expanded', String(open));
    button.textContent = open ? 'Smaller picture' : 'Larger picture';
  };
  const toggle = (): void => set(button.getAttribute('aria-expanded') !== 'true');
  set(false);
  button.hidden = false;
  button.addEventListener('click', toggle);
  return () => {
    button.removeEventListener('click', toggle);
    set(false);
    button.hidden = true;
  };
}
