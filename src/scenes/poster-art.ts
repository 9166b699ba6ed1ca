/**
 * Posters composed in code, in the manner of Lissitzky and Klucis: a red wedge driving into a paper
 * circle on black, a marching column, a slogan on a tilted band; and, for 1930, two heads in flat
 * geometry, Stalin's half hidden behind Lenin's. Pure drawing; PosterScene animates it.
 */
import Phaser from './phaser';
import { STAGE } from '../config';
import { drawFigure, fillPoly, INK, PAPER } from './hall-art';

type Point = readonly [number, number];

/** The slope of the outcome poster's band and slogan: gentler than the hall's, so two lines fit. */
const BAND_SLOPE = -0.1;

/** The outcome poster's geometry, in stage units. */
export const OUTCOME = {
  field: [[500, 0], [STAGE.width, 0], [STAGE.width, 254], [430, 307]] as readonly Point[],
  circle: { x: 748, y: 132, radius: 100 },
  wedge: [[56, 312], [726, 150], [128, 388]] as readonly Point[],
  column: { from: [128, 295] as Point, to: [420, 224] as Point, count: 8, scale: 0.95 },
  apart: { x: 84, y: 244, scale: 1.1, ring: 38 },
  band: { top: 376, slope: BAND_SLOPE, angle: Math.atan(BAND_SLOPE) },
  headline: { x: 36, y: 382, width: 880, size: 50, minSize: 28, leading: -12, foot: STAGE.height - 6 },
  sub: { x: 40, size: 20, gap: 0 },
  year: { x: 40, y: 14, size: 120, stroke: 5 },
} as const;

/** The 1930 poster's geometry. */
export const MASK = {
  band: [[0, 478], [STAGE.width, 318], [STAGE.width, 392], [0, 552]] as readonly Point[],
  stalin: { x: 652, y: 300, radius: 112 },
  lenin: { x: 560, y: 314, radius: 128 },
  slide: 84,
  outline: 7,
  title: { x: 36, y: 24, size: 38, width: 400 },
  credit: { x: 38, size: 18 },
  chimneys: { left: 790, step: 34, count: 5, width: 15, base: 540, height: 150 },
} as const;

/** The black field and the paper circle on it. */
export function drawOutcomeGround(g: Phaser.GameObjects.Graphics): void {
  g.fillStyle(INK, 1);
  fillPoly(g, OUTCOME.field);
  g.fillStyle(PAPER, 1).fillCircle(OUTCOME.circle.x, OUTCOME.circle.y, OUTCOME.circle.radius);
}

/** The wedge in the accent colour, driving into the circle. */
export function drawWedge(g: Phaser.GameObjects.Graphics, accent: number): void {
  g.fillStyle(accent, 1);
  fillPoly(g, OUTCOME.wedge);
}

/** The column marching up the wedge's edge towards the circle; the player in it, or apart from it. */
export function drawColumn(g: Phaser.GameObjects.Graphics, stance: 'with' | 'apart' | null, accent: number): void {
  const { from, to, count, scale } = OUTCOME.column;
  const player = stance === 'with' ? Math.floor(count / 2) : -1;
  for (let i = 0; i < count; i++) {
    const t = i / (count - 1);
    const x = from[0] + (to[0] - from[0]) * t;
    const y = from[1] + (to[1] - from[1]) * t;
    g.fillStyle(i === player ? accent : INK, 1);
    drawFigure(g, x, y, scale * (1 - t * 0.25));
  }
  if (stance !== 'apart') return;
  const { x, y, scale: big, ring } = OUTCOME.apart;
  g.fillStyle(accent, 1);
  drawFigure(g, x, y, big);
  g.lineStyle(2, accent, 1).strokeCircle(x, y - 20 * big, ring);
}

/** The tilted ink band that carries the slogan, across the foot of the poster. */
export function drawBand(g: Phaser.GameObjects.Graphics): void {
  const { top, slope } = OUTCOME.band;
  g.fillStyle(INK, 1);
  fillPoly(g, [[0, top], [STAGE.width, top + STAGE.width * slope], [STAGE.width, STAGE.height], [0, STAGE.height]]);
}

/** The red band of the 1930 poster and the chimneys of socialist construction before it. */
export function drawMaskGround(g: Phaser.GameObjects.Graphics, accent: number): void {
  g.fillStyle(accent, 1);
  fillPoly(g, MASK.band);
}

/** The chimneys along the bottom right, in front of the band. */
export function drawChimneys(g: Phaser.GameObjects.Graphics): void {
  const { left, step, count, width, base, height } = MASK.chimneys;
  g.fillStyle(INK, 1);
  for (let i = 0; i < count; i++) g.fillRect(left + i * step, base - height + (i % 2) * 36, width, height - (i % 2) * 36);
}

/** Points given in head radii about the head's centre, scaled to pixels. */
function scaled(points: readonly Point[], r: number): Point[] {
  return points.map(([x, y]): Point => [x * r, y * r]);
}

/** A profile facing right: the face's line from forehead to chin, in head radii. */
const LENIN_FACE: readonly Point[] = [
  [0.35, -0.88], [0.8, -0.5], [0.9, -0.14], [1.12, 0.12], [0.95, 0.25], [1.0, 0.37], [0.92, 0.5],
  [0.8, 1.12], [0.48, 1.0], [0.08, 0.8], [-0.3, 0.55], [0, 0],
];
const LENIN_COAT: readonly Point[] = [[-0.5, 0.55], [0.3, 0.85], [0.42, 2], [-1.0, 2]];
const STALIN_HAIR: readonly Point[] = [[-0.98, 0.05], [-0.86, -0.62], [-0.34, -1.1], [0.42, -1.12], [0.8, -0.8], [0.74, -0.52], [0.2, -0.64], [-0.5, -0.34]];
const STALIN_FACE: readonly Point[] = [
  [0.5, -0.8], [0.78, -0.52], [0.86, -0.2], [1.08, 0.1], [0.93, 0.22], [1.08, 0.3], [1.02, 0.44], [0.9, 0.48],
  [0.88, 0.76], [0.55, 0.98], [0.1, 0.9], [0, 0],
];
const STALIN_TUNIC: readonly Point[] = [[-0.52, 0.7], [0.45, 0.84], [0.62, 2.1], [-0.9, 2.1]];

function outlined(g: Phaser.GameObjects.Graphics, shapes: readonly Point[][], circle: number, width: number): void {
  g.lineStyle(width, PAPER, 1).strokeCircle(0, 0, circle);
  for (const shape of shapes) {
    const [first, ...rest] = shape;
    if (!first) continue;
    g.beginPath();
    g.moveTo(first[0], first[1]);
    for (const [x, y] of rest) g.lineTo(x, y);
    g.closePath();
    g.strokePath();
  }
}

/** Stalin's head in profile, flat and black, drawn about `g`'s place: the swept-back hair, the moustache, the tunic. */
export function drawStalinHead(g: Phaser.GameObjects.Graphics): void {
  const r = MASK.stalin.radius;
  const shapes = [scaled(STALIN_HAIR, r), scaled(STALIN_FACE, r), scaled(STALIN_TUNIC, r)];
  outlined(g, shapes, r, MASK.outline);
  g.fillStyle(INK, 1).fillCircle(0, 0, r);
  for (const shape of shapes) fillPoly(g, shape);
  // Paper lines give the black shape its features: hairline, eye, moustache, ear, collar.
  g.lineStyle(4, PAPER, 1);
  g.lineBetween(0.74 * r, -0.52 * r, 0.2 * r, -0.6 * r).lineBetween(0.2 * r, -0.6 * r, -0.5 * r, -0.32 * r);
  g.fillStyle(PAPER, 1).fillRect(0.5 * r, -0.16 * r, 0.24 * r, 0.06 * r);
  g.lineBetween(0.78 * r, 0.29 * r, 1.05 * r, 0.29 * r);
  g.strokeCircle(-0.12 * r, 0.06 * r, 0.15 * r);
  g.lineBetween(-0.46 * r, 0.98 * r, 0.5 * r, 1.08 * r);
}

/** Lenin's head in profile, flat, in the accent, drawn about `g`'s place: the great dome, the beard's wedge, the ear. */
export function drawLeninHead(g: Phaser.GameObjects.Graphics, accent: number): void {
  const r = MASK.lenin.radius;
  const shapes = [scaled(LENIN_FACE, r), scaled(LENIN_COAT, r)];
  outlined(g, shapes, r, MASK.outline);
  g.fillStyle(accent, 1).fillCircle(0, 0, r);
  for (const shape of shapes) fillPoly(g, shape);
  g.fillStyle(INK, 1).fillRect(0.52 * r, -0.14 * r, 0.24 * r, 0.06 * r);
  g.lineStyle(5, INK, 1).strokeCircle(-0.1 * r, 0.06 * r, 0.16 * r);
  g.lineBetween(0.7 * r, 0.36 * r, 0.98 * r, 0.36 * r);
}
