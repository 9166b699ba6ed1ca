/**
 * Drawing pieces the outcome scenes share: the palette as Phaser numbers, text styles in the page's
 * faces, the year block and the rubber stamp. Everything is drawn in code; nothing is loaded.
 */
import Phaser from './phaser';
import { PALETTE } from '../config';
import { cssOf, DISPLAY_FONT, GREY, INK, PAPER, tone } from './hall-art';

export const RED = tone(PALETTE.red);
export const STEEL = tone(PALETTE.steel);

/** Paper as red, green and blue, for camera fades. */
export const PAPER_RGB = [1, 3, 5].map((at) => Number.parseInt(PALETTE.paper.slice(at, at + 2), 16)) as [number, number, number];

/** The story's serif, for sentences on the canvas (the reasons under the meters). */
export const BODY_FONT = '"PT Serif", Georgia, serif';

/** True while a scene is being created or is running: the times it may draw (asleep, it must not). */
export function canDraw(scene: Phaser.Scene): boolean {
  const status = scene.sys.settings.status;
  return status === Phaser.Scenes.CREATING || status === Phaser.Scenes.RUNNING;
}

/** The accent of a picture: red on the historical record, steel blue on a counterfactual one. */
export function accentOf(counterfactual: boolean): number {
  return counterfactual ? STEEL : RED;
}

/** A condensed poster-face style. */
export function display(size: number, colour: string, bold = true): Phaser.Types.GameObjects.Text.TextStyle {
  return { fontFamily: DISPLAY_FONT, fontStyle: bold ? 'bold' : 'normal', fontSize: `${size}px`, color: colour };
}

/** A serif style for sentences. */
export function body(size: number, colour: string): Phaser.Types.GameObjects.Text.TextStyle {
  return { fontFamily: BODY_FONT, fontSize: `${size}px`, color: colour };
}

/**
 * The width `text` would take showing `words` at `size` px, measured on its own canvas without
 * redrawing it (every change to a Phaser Text redraws it, which is not free on a slow laptop). It sums
 * a line as Phaser does (GetTextSize): its glyphs, or each letter with the spacing between, rounded up,
 * with the stroke and the padding. (The text's next redrawing sets its canvas's font back.)
 */
export function widthOf(text: Phaser.GameObjects.Text, words: string, size: number): number {
  const { style, padding, context, letterSpacing } = text;
  context.font = [style.fontStyle, `${size}px`, style.fontFamily].join(' ').trim();
  let glyphs = 0;
  if (letterSpacing === 0) glyphs = context.measureText(words).width;
  else {
    for (let i = 0; i < words.length; i += 1) glyphs += context.measureText(words.charAt(i)).width;
    if (words.length > 1) glyphs += letterSpacing * (words.length - 1);
  }
  return Math.ceil(style.strokeThickness + glyphs) + (padding.left ?? 0) + (padding.right ?? 0);
}

/**
 * The size, from `size` down to no less than `min` px, at which `text` shows `words` within `width`.
 * Widths grow almost in proportion to the size, so one guess and a step or two settle it.
 */
export function fittedSize(text: Phaser.GameObjects.Text, words: string, width: number, size: number, min: number): number {
  const full = widthOf(text, words, size);
  if (full <= width) return size;
  let current = Math.max(min, Math.floor((size * width) / full));
  while (current > min && widthOf(text, words, current) > width) current -= 1;
  return current;
}

/**
 * Sets a text's words, and its colour and size where given, drawing it once (twice when both the words
 * and the size change), and not at all when nothing does: Phaser draws a text again at every setText,
 * setColor and setFontSize.
 */
export function retell(text: Phaser.GameObjects.Text, words: string, look: { colour?: string; size?: number } = {}): void {
  const { style } = text;
  const newWords = words !== text.text;
  const newColour = look.colour !== undefined && look.colour !== style.color;
  const newSize = look.size !== undefined && style.fontSize !== `${look.size}px`;
  // The colour is read when the text is next drawn, just below.
  if (look.colour !== undefined) style.color = look.colour;
  if (newWords) text.setText(words);
  // A new size measures the face again before it draws.
  if (newSize && look.size !== undefined) text.setFontSize(look.size);
  else if (newColour && !newWords) text.updateText();
}

/** Sets a text's size only when it differs: each change redraws the text. */
export function resize(text: Phaser.GameObjects.Text, size: number): void {
  if (text.style.fontSize !== `${size}px`) text.setFontSize(size);
}

/** Shrinks a text until it fits `width`, never below `min` px; returns the size used. */
export function fitText(text: Phaser.GameObjects.Text, width: number, size: number, min: number): number {
  const fitted = fittedSize(text, text.text, width, size, min);
  resize(text, fitted);
  return fitted;
}

const YEAR = { x: 28, y: 22, width: 132, height: 64, size: 46, spacing: 2 } as const;

/** The year in a fixed ink block, top left, as the congress hall has it; made once, then only retold. */
export class YearBlock {
  private readonly block: Phaser.GameObjects.Graphics;
  private readonly label: Phaser.GameObjects.Text;

  constructor(scene: Phaser.Scene) {
    this.block = scene.add.graphics().fillStyle(INK, 1).fillRect(YEAR.x, YEAR.y, YEAR.width, YEAR.height);
    this.label = scene.add
      .text(YEAR.x + YEAR.width / 2, YEAR.y + YEAR.height / 2, '', { ...display(YEAR.size, PALETTE.paper), letterSpacing: YEAR.spacing })
      .setOrigin(0.5);
  }

  set(year: number | null): void {
    const text = year === null ? '' : String(year);
    if (this.label.text !== text) this.label.setText(text);
    this.block.setVisible(year !== null);
  }

  /** Keeps the block above whatever was drawn after it. */
  raise(depth: number): void {
    this.block.setDepth(depth);
    this.label.setDepth(depth);
  }
}

const STAMP = { padX: 7, padY: 4, border: 3, inner: 1, inset: 4, paperAlpha: 0.92, dateRatio: 0.85, minRatio: 0.7, lineSpacing: -6 } as const;

/** The colour of a stamp's tone. */
export function stampColour(toneName: 'grey' | 'ink' | 'red'): number {
  return toneName === 'red' ? RED : toneName === 'grey' ? GREY : INK;
}

/**
 * A rubber stamp: a double frame round a word and, beneath it, a date, slapped on askew. Made once
 * and then re-inked, because making text is the dear part of drawing. The word shrinks to fit
 * `maxWidth`, so a long fate ("MURDERED") still fits its chair.
 */
export class StampBox {
  readonly container: Phaser.GameObjects.Container;
  private readonly frame: Phaser.GameObjects.Graphics;
  private readonly word: Phaser.GameObjects.Text;
  private readonly date: Phaser.GameObjects.Text;
  private key = '';

  constructor(
    scene: Phaser.Scene,
    at: { x: number; y: number; angle: number },
    private readonly look: { size: number; maxWidth: number },
  ) {
    this.frame = scene.add.graphics();
    this.word = scene.add.text(0, 0, '', display(look.size, PALETTE.ink)).setOrigin(0.5, 0);
    this.date = scene.add.text(0, 0, '', display(Math.round(look.size * STAMP.dateRatio), PALETTE.ink)).setOrigin(0.5, 0);
    this.container = scene.add.container(at.x, at.y, [this.frame, this.word, this.date]).setRotation(at.angle).setVisible(false);
  }

  /** Inks the stamp with `words` in `colour`, or lifts it for null; returns true when it changed. */
  set(words: { word: string; date: string } | null, colour: number): boolean {
    const key = words ? `${words.word}|${words.date}|${colour}` : '';
    if (key === this.key) return false;
    this.key = key;
    this.container.setVisible(words !== null);
    if (!words) return true;
    const css = cssOf(colour);
    const room = this.look.maxWidth - STAMP.padX * 2;
    const size = fittedSize(this.word, words.word, room, this.look.size, Math.round(this.look.size * STAMP.minRatio));
    retell(this.word.setScale(1), words.word, { colour: css, size });
    // A word still too long at the smallest size is condensed, as a rubber stamp's letters are, never cut off.
    this.word.setScale(Math.min(1, room / this.word.width), 1);
    retell(this.date.setVisible(words.date !== '').setScale(1), words.date, { colour: css });
    this.date.setScale(Math.min(1, room / Math.max(1, this.date.width)), 1);
    const dated = words.date !== '';
    const width = Math.min(this.look.maxWidth, Math.max(this.word.displayWidth, dated ? this.date.displayWidth : 0) + STAMP.padX * 2);
    const height = this.word.height + (dated ? this.date.height + STAMP.lineSpacing : 0) + STAMP.padY * 2;
    this.word.setY(-height / 2 + STAMP.padY);
    // Oswald's line box is tall: the date tucks up under the word, as on a rubber stamp.
    this.date.setY(this.word.y + this.word.height + STAMP.lineSpacing);
    const inset = STAMP.inset;
    this.frame
      .clear()
      .fillStyle(PAPER, STAMP.paperAlpha)
      .fillRect(-width / 2, -height / 2, width, height)
      .lineStyle(STAMP.border, colour, 1)
      .strokeRect(-width / 2, -height / 2, width, height)
      .lineStyle(STAMP.inner, colour, 1)
      .strokeRect(-width / 2 + inset, -height / 2 + inset, width - inset * 2, height - inset * 2);
    return true;
  }
}
