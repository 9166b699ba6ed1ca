/**
 * The stage's resolution. The scenes draw in the units of a 960 × 780 picture (config.ts), but the
 * canvas has only as many pixels as the screen shows it with, up to one per unit: a school laptop that
 * shows the stage 720 pixels wide is spared drawing 960 every frame for the browser to shrink, nearly
 * half the pixels, which a machine without a graphics card draws on its processor. Each scene's camera
 * zooms its units onto its part of the canvas.
 */
import { CANVAS, STAGE } from '../config';

/**
 * No fewer pixels than this: below it the picture's hairlines (a unit wide) would fall between pixels
 * and fade to a faint grey; the browser shrinks the rest.
 */
const MIN_SCALE = 0.75;
/** The scale moves in steps: a window dragged wider does not resize the canvas at every pixel. */
const STEPS = 16;

/**
 * Canvas pixels per unit for a stage fitted into a box of this size (CSS pixels) on a screen with this
 * many device pixels to a CSS pixel; null for a box not laid out (a hidden stage keeps its scale).
 */
export function scaleFor(box: { width: number; height: number }, pixelRatio: number): number | null {
  const shown = Math.min(box.width, (box.height * CANVAS.width) / CANVAS.height) * pixelRatio;
  if (!(shown > 0)) return null;
  return Math.min(1, Math.max(MIN_SCALE, Math.ceil((shown / CANVAS.width) * STEPS) / STEPS));
}

/** The canvas's size in pixels at `scale`, and where the strip begins. */
export function canvasAt(scale: number): { width: number; height: number; stripTop: number } {
  return {
    width: Math.round(CANVAS.width * scale),
    height: Math.round(CANVAS.height * scale),
    stripTop: Math.round(STAGE.height * scale),
  };
}

/** Points a camera at its part of the canvas (the picture above the strip, or the strip) at `scale`. */
export function frameCamera(camera: Phaser.Cameras.Scene2D.Camera, part: 'picture' | 'strip', scale: number): void {
  const canvas = canvasAt(scale);
  const top = part === 'picture' ? 0 : canvas.stripTop;
  const bottom = part === 'picture' ? canvas.stripTop : canvas.height;
  camera.setViewport(0, top, canvas.width, bottom - top).setOrigin(0, 0).setZoom(scale);
}
