import { describe, expect, it } from 'vitest';
import { CANVAS } from '../../src/config';
import { canvasAt, scaleFor } from '../../src/scenes/resolution';

describe('the stage’s resolution', () => {
  it('gives the canvas as many pixels as the screen shows, in steps, and never more than one per unit', () => {
    // A laptop at 1366 × 768 shows the stage 720 pixels wide.
    expect(scaleFor({ width: 720, height: 584 }, 1)).toBe(0.75);
    expect(canvasAt(0.75)).toEqual({ width: 720, height: 585, stripTop: 405 });
    // A little wider rounds up to the next step, so the browser never has to stretch the picture.
    expect(scaleFor({ width: 730, height: 593 }, 1)).toBe(0.8125);
    // A projector, or a tablet's two pixels to the point, gets the picture's full 960 × 780.
    expect(scaleFor({ width: 1114, height: 904 }, 1)).toBe(1);
    expect(scaleFor({ width: 600, height: 487 }, 2)).toBe(1);
    expect(canvasAt(1)).toEqual({ width: CANVAS.width, height: CANVAS.height, stripTop: 540 });
  });

  it('fits by the box’s narrower side, keeps small screens at three quarters, and leaves a hidden stage alone', () => {
    expect(scaleFor({ width: 2000, height: 585 }, 1)).toBe(0.75);
    expect(scaleFor({ width: 264, height: 213 }, 1)).toBe(0.75);
    expect(scaleFor({ width: 0, height: 0 }, 1)).toBeNull();
  });
});
