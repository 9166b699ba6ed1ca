/**
 * The congress hall's fixed pieces, drawn in code in the manner of a Klucis or Lissitzky poster:
 * the raked floor, the red banner, Lissitzky's leaning tribune, the shadow and the year.
 */
import Phaser from './phaser';
import { PALETTE, STAGE } from '../config';
import { FIGURE, SPEAKER } from './seats';

type Point = readonly [number, number];

/** Converts a palette entry ('#rrggbb') to the number Phaser's Graphics wants. */
export function tone(css: string): number {
  return Number.parseInt(css.slice(1), 16);
}

/** The reverse of `tone`, for Text styles. */
export function cssOf(colour: number): string {
  return `#${colour.toString(16).padStart(6, '0')}`;
}

export const INK = tone(PALETTE.ink);
export const PAPER = tone(PALETTE.paper);
export const PAPER_DARK = tone(PALETTE.paperDark);
export const GREY = tone(PALETTE.grey);

/** The condensed poster face the page loads from @fontsource. */
export const DISPLAY_FONT = 'Oswald, "Arial Narrow", sans-serif';

/** Fills a closed polygon. */
export function fillPoly(g: Phaser.GameObjects.Graphics, points: readonly Point[]): void {
  const [first, ...rest] = points;
  if (!first) return;
  g.beginPath();
  g.moveTo(first[0], first[1]);
  for (const [x, y] of rest) g.lineTo(x, y);
  g.closePath();
  g.fillPath();
}

/** A line from one point to another. */
export type Segment = readonly [Point, Point];

/**
 * Strokes many separate lines as one path, in the current line style: one stroke for the canvas to
 * draw where `lineBetween` makes one for each line, and a picture redraws every line on every frame.
 */
export function strokeSegments(g: Phaser.GameObjects.Graphics, segments: Iterable<Segment>): void {
  g.beginPath();
  for (const [from, to] of segments) {
    g.moveTo(from[0], from[1]);
    g.lineTo(to[0], to[1]);
  }
  g.strokePath();
}

/** The picture's one diagonal: the banner, the floor's edge and the rake all climb at this slope. */
export const RISE = -0.135;
const RISE_ANGLE = Math.atan(RISE);

const FLOOR_EDGE_Y = 300;
/** Line widths of the floor's edge and of the compass construction lines. */
const RULE = { floor: 2, construction: 1 } as const;
const BANNER = { top: 118, thickness: 64, text: 'X CONGRESS  ·  R.C.P.(B)', textX: 250, size: 38 } as const;
const DISC = { x: 820, y: 188, radius: 150 } as const;
const YEAR = { x: 28, y: 22, width: 132, height: 64, size: 46 } as const;

/** Lissitzky's Lenin Tribune: a lattice mast leaning over the hall, a platform and a screen. */
const MAST = { baseX: 900, topX: 792, topY: 214, width: 40, rungs: 11, rail: 5, brace: 2 } as const;
const PLATFORM = { x: 724, y: 204, width: 128, height: 14 } as const;
const SCREEN = { x: 842, y: 92, width: 74, height: 46, pole: 3 } as const;
/** The speaker's arm, thrown out towards the hall: a wedge from the shoulder, relative to it. */
const ARM: readonly Point[] = [[-6, 3], [-62, -27], [-58, -19], [2, 11]];

/**
 * The tribune's shadow lies across the floor from the mast's foot towards the hall, the speaker's
 * silhouette at its end; its reach, size and weight grow with Stalin's power.
 */
const SHADOW = {
  footX: 902,
  footY: STAGE.height,
  angle: Math.PI + 0.29,
  minReach: 170,
  maxReach: 640,
  band: 40,
  platform: 120,
  minAlpha: 0.14,
  maxAlpha: 0.34,
  minGrowth: 0.9,
  maxGrowth: 1.8,
} as const;

/** The paper ground: the raked floor and a compass circle behind the tribune. */
export function drawGround(scene: Phaser.Scene): Phaser.GameObjects.Graphics {
  const g = scene.add.graphics();
  g.fillStyle(PAPER_DARK, 1);
  fillPoly(g, [
    [0, FLOOR_EDGE_Y],
    [STAGE.width, FLOOR_EDGE_Y + STAGE.width * RISE],
    [STAGE.width, STAGE.height],
    [0, STAGE.height],
  ]);
  g.lineStyle(RULE.floor, INK, 1);
  g.lineBetween(0, FLOOR_EDGE_Y, STAGE.width, FLOOR_EDGE_Y + STAGE.width * RISE);
  g.strokeCircle(DISC.x, DISC.y, DISC.radius);
  g.lineStyle(RULE.construction, INK, 1);
  g.lineBetween(DISC.x - DISC.radius, DISC.y + DISC.radius, DISC.x + DISC.radius, DISC.y - DISC.radius);
  return g;
}

/** The red banner across the top, with the congress's name in condensed capitals. */
export function drawBanner(scene: Phaser.Scene, accent: number): Phaser.GameObjects.GameObject[] {
  const g = scene.add.graphics();
  g.fillStyle(accent, 1);
  const drop = STAGE.width * RISE;
  fillPoly(g, [
    [0, BANNER.top],
    [STAGE.width, BANNER.top + drop],
    [STAGE.width, BANNER.top + drop + BANNER.thickness],
    [0, BANNER.top + BANNER.thickness],
  ]);
  const midY = BANNER.top + BANNER.thickness / 2 + BANNER.textX * RISE;
  const text = scene.add
    .text(BANNER.textX, midY, BANNER.text, {
      fontFamily: DISPLAY_FONT,
      fontStyle: 'bold',
      fontSize: `${BANNER.size}px`,
      color: PALETTE.paper,
      letterSpacing: 3,
    })
    .setOrigin(0, 0.5)
    .setRotation(RISE_ANGLE);
  return [g, text];
}

/** Draws a standing figure with its feet at (x, y): a block body and a round head. */
export function drawFigure(g: Phaser.GameObjects.Graphics, x: number, y: number, scale: number): void {
  const width = FIGURE.bodyWidth * scale;
  const height = FIGURE.bodyHeight * scale;
  const radius = FIGURE.headRadius * scale;
  g.fillRect(x - width / 2, y - height, width, height);
  g.fillCircle(x, y - height - FIGURE.neck * scale - radius, radius);
}

/** The leaning mast, its platform and screen, and the speaker with his arm thrown towards the hall. */
export function drawTribune(scene: Phaser.Scene, accent: number): Phaser.GameObjects.Graphics {
  const g = scene.add.graphics();
  const lean = (MAST.topX - MAST.baseX) / (MAST.topY - STAGE.height);
  const railX = (y: number, offset: number): number => MAST.baseX + (y - STAGE.height) * lean + offset;
  g.lineStyle(MAST.rail, INK, 1);
  for (const offset of [0, MAST.width]) {
    g.lineBetween(railX(STAGE.height, offset), STAGE.height, railX(MAST.topY, offset), MAST.topY);
  }
  // The zigzag bracing is what makes it read as an engineered structure rather than a pole.
  g.lineStyle(MAST.brace, INK, 1);
  const step = (STAGE.height - MAST.topY) / MAST.rungs;
  for (let i = 0; i < MAST.rungs; i++) {
    const y0 = STAGE.height - i * step;
    const y1 = y0 - step;
    const [from, to] = i % 2 === 0 ? [0, MAST.width] : [MAST.width, 0];
    g.lineBetween(railX(y0, from), y0, railX(y1, to), y1);
  }
  g.fillStyle(INK, 1);
  g.fillRect(PLATFORM.x, PLATFORM.y, PLATFORM.width, PLATFORM.height);
  g.lineStyle(SCREEN.pole, INK, 1);
  g.lineBetween(SCREEN.x, PLATFORM.y, SCREEN.x + SCREEN.width / 2, SCREEN.y + SCREEN.height);
  g.fillStyle(accent, 1);
  g.fillRect(SCREEN.x, SCREEN.y, SCREEN.width, SCREEN.height);
  g.fillStyle(INK, 1);
  drawFigure(g, SPEAKER.x, SPEAKER.feet, SPEAKER.scale);
  const shoulderY = SPEAKER.feet - FIGURE.bodyHeight * SPEAKER.scale;
  fillPoly(g, ARM.map(([x, y]): Point => [SPEAKER.x + x, shoulderY + y]));
  return g;
}

/** The tribune's cast shadow, drawn along its own axis: x runs from the mast's foot towards the hall. */
export function drawShadow(scene: Phaser.Scene, stalinPower: number): Phaser.GameObjects.Graphics {
  const share = stalinPower / 100;
  const reach = SHADOW.minReach + share * (SHADOW.maxReach - SHADOW.minReach);
  const growth = SHADOW.minGrowth + share * (SHADOW.maxGrowth - SHADOW.minGrowth);
  const g = scene.add.graphics({ x: SHADOW.footX, y: SHADOW.footY });
  g.setRotation(SHADOW.angle);
  g.fillStyle(INK, SHADOW.minAlpha + share * (SHADOW.maxAlpha - SHADOW.minAlpha));
  // One path, so the overlapping parts do not darken each other.
  const body = FIGURE.bodyHeight * SPEAKER.scale * growth;
  const half = (FIGURE.bodyWidth * SPEAKER.scale * growth) / 2;
  const radius = FIGURE.headRadius * SPEAKER.scale * growth;
  const platform = SHADOW.platform / 2;
  fillPoly(g, [
    [0, -SHADOW.band / 2],
    [reach, -SHADOW.band / 2],
    [reach, -platform],
    [reach + PLATFORM.height, -platform],
    [reach + PLATFORM.height, -half],
    [reach + PLATFORM.height + body, -half],
    [reach + PLATFORM.height + body, half],
    [reach + PLATFORM.height, half],
    [reach + PLATFORM.height, platform],
    [reach, platform],
    [reach, SHADOW.band / 2],
    [0, SHADOW.band / 2],
  ]);
  g.fillCircle(reach + PLATFORM.height + body + radius + FIGURE.neck * growth, 0, radius);
  return g;
}

/** The year in a fixed ink block, top left; nothing when the story has not named one. */
export function drawYear(scene: Phaser.Scene, year: number | null): Phaser.GameObjects.GameObject[] {
  if (year === null) return [];
  const g = scene.add.graphics();
  g.fillStyle(INK, 1);
  g.fillRect(YEAR.x, YEAR.y, YEAR.width, YEAR.height);
  const text = scene.add
    .text(YEAR.x + YEAR.width / 2, YEAR.y + YEAR.height / 2, String(year), {
      fontFamily: DISPLAY_FONT,
      fontStyle: 'bold',
      fontSize: `${YEAR.size}px`,
      color: PALETTE.paper,
      letterSpacing: 2,
    })
    .setOrigin(0.5);
  return [g, text];
}
