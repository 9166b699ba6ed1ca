/**
 * A new beat's text goes onto the page in parts, each in a task of its own (StoryView.advance). The
 * browser lays out what a task changed before it draws the page, and the whole of a long beat at once,
 * with the choice's own work, held a slow laptop for longer than a frame of the stage may take. The
 * parts follow one another at once, with no wait between them, and the choices come with the last.
 */

/** About how many characters go into a part: a few paragraphs. */
const PART_CHARS = 600;

/** A paragraph (or a heading, a document, a label) and the element it belongs in. */
interface Piece {
  parent: Element;
  node: ChildNode;
  chars: number;
}

export type BeatPart = readonly Piece[];

/**
 * The section's pieces in order. A passage of several paragraphs (a record's run, a chapter held behind
 * its note) is a piece of its own, put back empty, followed by its paragraphs.
 */
function piecesOf(section: HTMLElement): Piece[] {
  const piece = (parent: Element, node: ChildNode): Piece => ({ parent, node, chars: node.textContent?.length ?? 0 });
  return [...section.childNodes].flatMap((node) =>
    node instanceof HTMLDivElement ? [{ parent: section, node, chars: 0 }, ...[...node.childNodes].map((child) => piece(node, child))] : [piece(section, node)],
  );
}

/**
 * Cuts a new beat's section into parts of about PART_CHARS characters, takes them out of the page and
 * returns them, in order, for `putBack`. A short beat is one part.
 */
export function splitBeat(section: HTMLElement): BeatPart[] {
  const parts: Piece[][] = [];
  let chars = PART_CHARS;
  for (const piece of piecesOf(section)) {
    if (chars >= PART_CHARS) {
      parts.push([]);
      chars = 0;
    }
    parts[parts.length - 1]?.push(piece);
    chars += piece.chars;
  }
  for (const part of parts) for (const { node } of part) node.remove();
  return parts;
}

/** Puts a part back where it was cut from. */
export function putBack(part: BeatPart): void {
  for (const { parent, node } of part) parent.append(node);
}
