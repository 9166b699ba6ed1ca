/**
 * On Canvas, Phaser writes each text into a little canvas of its own, and the browser puts off drawing
 * the letters until that canvas is first copied: onto the stage, in the middle of a frame. A scene's
 * words drawn there for the first time held a slow laptop's frame for 16 ms of its own (profiled at 4×,
 * the Politburo turning in). Copying each text's canvas to a one-pixel canvas has the letters drawn
 * then, in a task between frames (director.ts: just after a scene's warm-up or its drawing of a beat),
 * and the frame only copies finished pictures. Under WebGL, Phaser hands each text to the graphics card
 * as it changes, which draws it then, so there is nothing to do.
 */
import Phaser from './phaser';

let scratch: CanvasRenderingContext2D | null = null;

/** Has the browser draw now the letters of every text in `scene` that it has not drawn yet. */
export function drawTextsNow(scene: Phaser.Scene): void {
  if (scene.sys.game.config.renderType !== Phaser.CANVAS) return;
  scratch ??= onePixel();
  if (!scratch) return;
  drawAll(scratch, scene.children.list);
  // Clearing the whole canvas lets the browser forget the copies, and with them the texts' pictures.
  scratch.clearRect(0, 0, 1, 1);
}

function onePixel(): CanvasRenderingContext2D | null {
  const canvas = document.createElement('canvas');
  canvas.width = 1;
  canvas.height = 1;
  return canvas.getContext('2d');
}

function drawAll(into: CanvasRenderingContext2D, objects: readonly Phaser.GameObjects.GameObject[]): void {
  for (const object of objects) {
    if (object instanceof Phaser.GameObjects.Container) drawAll(into, object.list);
    // An empty text has a canvas with no pixels, which cannot be copied (nor needs to be).
    else if (object instanceof Phaser.GameObjects.Text && object.canvas.width > 0 && object.canvas.height > 0) {
      into.drawImage(object.canvas, 0, 0, 1, 1);
    }
  }
}
