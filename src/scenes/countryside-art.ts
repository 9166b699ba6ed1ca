/**
 * The countryside drawn in code, flat and sober: a raked horizon with the factories of the plan on
 * it, the village, the fields (strips of private land, or one collective field), the grain that stays
 * as sheaves and the grain that leaves in wagons, and in the worst years the closed wagons of the
 * deported. No figure of a starving person is ever drawn: absence carries it.
 */
import Phaser from './phaser';
import { STAGE } from '../config';
import { fillPoly, GREY, INK, PAPER, PAPER_DARK, RISE, strokeSegments, type Segment } from './hall-art';
import { MOST, type CountrysideView } from './countryside';
import { RED, STEEL } from './stage-art';

type Point = readonly [number, number];

/** The picture's geometry, in stage units. */
export const LAND = {
  horizon: 268,
  village: { left: 70, step: 74, count: MOST.huts, drop: 44, wall: { width: 46, height: 30 }, roof: 18, window: 10 },
  fieldTop: 96,
  plots: { strips: 16, spread: 1.5 },
  furrow: 14,
  sheaves: { left: 60, right: 560, top: 150, rows: 2, size: 16 },
  factories: { left: 660, step: 38, width: 14, minHeight: 46, heightStep: 9 },
  rail: { from: [330, 540] as Point, to: [STAGE.width, 452] as Point, gauge: 10, sleepers: 26 },
  deport: { from: [0, 526] as Point, to: [360, 474] as Point },
  relief: { from: [0, 452] as Point, to: [330, 404] as Point },
  wagon: { width: 58, height: 30, gap: 10, sack: 9 },
  board: { x: 28, width: 34, height: 24, post: 40 },
  frame: 12,
} as const;

/** The y of the horizon at x: it climbs to the right at the picture's one diagonal. */
export function horizonAt(x: number): number {
  return LAND.horizon + x * RISE;
}

/** The sky (dimmed in a famine), the land below the horizon, and the mourning frame of a famine. */
export function drawLand(g: Phaser.GameObjects.Graphics, view: CountrysideView): void {
  if (view.famine) g.fillStyle(PAPER_DARK, 0.55).fillRect(0, 0, STAGE.width, STAGE.height);
  g.fillStyle(view.famine ? GREY : PAPER_DARK, view.famine ? 0.45 : 1);
  fillPoly(g, [[0, horizonAt(0)], [STAGE.width, horizonAt(STAGE.width)], [STAGE.width, STAGE.height], [0, STAGE.height]]);
  g.lineStyle(2, INK, 1).lineBetween(0, horizonAt(0), STAGE.width, horizonAt(STAGE.width));
}

/** A black border round the whole picture: the famine years are framed as mourning. */
export function drawMourningFrame(g: Phaser.GameObjects.Graphics): void {
  g.lineStyle(LAND.frame, INK, 1).strokeRect(LAND.frame / 2, LAND.frame / 2, STAGE.width - LAND.frame, STAGE.height - LAND.frame);
}

/** The plan's factories on the horizon, their number by industry; smoke once industry is under way. */
export function drawFactories(g: Phaser.GameObjects.Graphics, chimneys: number, smoke: boolean): void {
  const { left, step, width, minHeight, heightStep } = LAND.factories;
  for (let i = 0; i < chimneys; i++) {
    const x = left + i * step;
    const base = horizonAt(x);
    const height = minHeight + (i % 3) * heightStep;
    g.fillStyle(INK, 1).fillRect(x, base - height, width, height);
    g.fillRect(x - 10, base - 22, width + 24, 22);
    if (smoke) g.fillStyle(GREY, 0.5).fillCircle(x + width / 2 + 6, base - height - 10, 8).fillCircle(x + width / 2 + 16, base - height - 20, 6);
  }
}

/** The village along the horizon: huts with lit or dark windows, smoke from the lit ones. */
export function drawVillage(g: Phaser.GameObjects.Graphics, lit: number): void {
  const { left, step, count, drop, wall, roof, window } = LAND.village;
  for (let i = 0; i < count; i++) {
    const x = left + i * step;
    const base = horizonAt(x) + drop + (i % 2) * 14;
    g.fillStyle(INK, 1).fillRect(x, base - wall.height, wall.width, wall.height);
    fillPoly(g, [[x - 5, base - wall.height], [x + wall.width / 2, base - wall.height - roof], [x + wall.width + 5, base - wall.height]]);
    const on = i < lit;
    g.fillStyle(on ? PAPER : GREY, 1).fillRect(x + wall.width / 2 - window / 2, base - wall.height + 9, window, window);
    if (on) g.lineStyle(2, GREY, 0.7).lineBetween(x + 34, base - wall.height - roof + 6, x + 38, base - wall.height - roof - 14);
  }
}

/** A blacklist board at the village's edge (the decree of 20 November 1932). */
export function drawBoard(g: Phaser.GameObjects.Graphics): void {
  const { x, width, height, post } = LAND.board;
  const base = horizonAt(x) + LAND.village.drop + 16;
  g.fillStyle(INK, 1).fillRect(x + width / 2 - 2, base - post, 4, post);
  g.fillRect(x, base - post - height, width, height);
}

/**
 * The fields: the NEP village's long private strips, each family's its own, running to the horizon;
 * or one collective field ploughed in long straight rows; or, in between, both.
 */
export function drawFields(g: Phaser.GameObjects.Graphics, fields: CountrysideView['fields'], famine: boolean): void {
  const top = (x: number): number => horizonAt(x) + LAND.fieldTop;
  const split = fields === 'mixed' ? STAGE.width / 2 : fields === 'collective' ? 0 : STAGE.width;
  const { strips, spread } = LAND.plots;
  for (let i = 0; i < strips && split > 0; i++) {
    const x0 = (i / strips) * split;
    const x1 = ((i + 1) / strips) * split;
    const foot = (x: number): number => (x - split / 2) * spread + split / 2;
    g.fillStyle(i % 2 === 0 ? PAPER : PAPER_DARK, famine ? 0.35 : 1);
    fillPoly(g, [[x0, top(x0)], [x1, top(x1)], [foot(x1), STAGE.height], [foot(x0), STAGE.height]]);
    g.lineStyle(1.5, INK, famine ? 0.3 : 0.7).lineBetween(x1, top(x1), foot(x1), STAGE.height);
  }
  if (split >= STAGE.width) return;
  const furrows: Segment[] = [];
  for (let y = 0; y < STAGE.height; y += LAND.furrow) furrows.push([[split, top(split) + y], [STAGE.width, top(STAGE.width) + y]]);
  strokeSegments(g.lineStyle(1.5, INK, famine ? 0.25 : 0.55), furrows);
}

/** The grain that stays: sheaves standing in the field. */
export function drawSheaves(g: Phaser.GameObjects.Graphics, count: number): void {
  const { left, right, top, rows, size } = LAND.sheaves;
  const perRow = Math.ceil(count / rows);
  for (let i = 0; i < count; i++) {
    const row = i % rows;
    const column = Math.floor(i / rows);
    const x = left + ((column + 0.5) * (right - left)) / Math.max(perRow, 1) + row * 18;
    const y = horizonAt(x) + top + row * 46;
    g.fillStyle(PAPER, 1);
    fillPoly(g, [[x, y - size * 1.6], [x + size * 0.7, y], [x - size * 0.7, y]]);
    g.lineStyle(2, INK, 1).strokeTriangle(x, y - size * 1.6, x + size * 0.7, y, x - size * 0.7, y);
    // The band that ties a sheaf, so that it reads as grain and not as a tent.
    g.lineStyle(3, INK, 1).lineBetween(x - size * 0.42, y - size * 0.62, x + size * 0.42, y - size * 0.62);
  }
}

/** A railway line between two points, sleepers and rails. */
export function drawRail(g: Phaser.GameObjects.Graphics, from: Point, to: Point): void {
  const angle = Math.atan2(to[1] - from[1], to[0] - from[0]);
  const [nx, ny] = [-Math.sin(angle) * LAND.rail.gauge, Math.cos(angle) * LAND.rail.gauge];
  const length = Math.hypot(to[0] - from[0], to[1] - from[1]);
  const sleepers: Segment[] = [];
  for (let at = 0; at < length; at += LAND.rail.sleepers) {
    const x = from[0] + Math.cos(angle) * at;
    const y = from[1] + Math.sin(angle) * at;
    sleepers.push([[x - nx * 1.3, y - ny * 1.3], [x + nx * 0.3, y + ny * 0.3]]);
  }
  strokeSegments(g.lineStyle(2, INK, 1), sleepers);
  g.lineStyle(3, INK, 1).lineBetween(from[0] - nx, from[1] - ny, to[0] - nx, to[1] - ny).lineBetween(from[0], from[1], to[0], to[1]);
}

/**
 * A train of wagons on a line, drawn in its own Graphics so it can roll; `load` is 'grain' (sacks
 * heaped on open wagons), 'relief' (the same, coming the other way) or 'closed' (no window, no load).
 */
export function drawTrain(
  scene: Phaser.Scene,
  line: { from: Point; to: Point },
  wagons: number,
  load: 'grain' | 'relief' | 'closed',
): Phaser.GameObjects.Graphics {
  const { width, height, gap, sack } = LAND.wagon;
  const angle = Math.atan2(line.to[1] - line.from[1], line.to[0] - line.from[0]);
  const inbound = load === 'relief';
  // Outbound trains are led off the picture at the far end; relief enters from it.
  const lead = inbound ? 170 : Math.hypot(line.to[0] - line.from[0], line.to[1] - line.from[1]) - 150;
  const g = scene.add.graphics({ x: line.from[0] + Math.cos(angle) * lead, y: line.from[1] + Math.sin(angle) * lead });
  g.setRotation(angle);
  const colour = load === 'relief' ? STEEL : INK;
  for (let i = 0; i < wagons; i++) {
    const x = inbound ? i * (width + gap) : -(i + 1) * (width + gap);
    g.fillStyle(colour, 1).fillRect(x, -height - 4, width, height);
    if (load !== 'closed') {
      g.fillStyle(PAPER, 1);
      for (let s = 0; s < 3; s++) g.fillCircle(x + 12 + s * 17, -height - 4, sack);
    } else {
      g.fillStyle(GREY, 1).fillRect(x + width / 2 - 10, -height + 3, 20, 3);
    }
  }
  // The arrow at the head of the train: red for grain taken, steel for grain given.
  const tip = inbound ? -26 : 30;
  const base = inbound ? -6 : 10;
  g.fillStyle(load === 'closed' ? INK : inbound ? STEEL : RED, 1);
  fillPoly(g, [[base, -height - 18], [tip, -height / 2 - 4], [base, 8]]);
  return g;
}
