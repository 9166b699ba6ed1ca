type Child = Node | string | null | undefined | false;

/** Attributes for `h`: strings become attributes, `true` an empty attribute, false/undefined nothing. */
type Attributes = Record<string, string | number | boolean | undefined>;

/**
 * Makes an element with attributes and children. Text is always set as text, never as HTML, so
 * nothing from the story or a pasted run code can inject markup.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === undefined) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child);
  }
  return element;
}

/** Finds an element the page's HTML must hold; a missing one is a bug worth a clear message. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`index.html has no element #${id}`);
  return element as T;
}
