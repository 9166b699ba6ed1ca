/**
 * The strip under every scene, drawn in code: seven meters with their arrows, the lines saying why
 * they moved, and the 1921–1938 timeline with history's course and the player's. Pure drawing and
 * layout; StripScene decides when to redraw and what to animate.
 */
import Phaser from './phaser';
import { CANVAS, STRIP } from '../config';
import type { WorldMeter } from '../narrative/world';
import { GREY, INK, PAPER, PAPER_DARK, strokeSegments, type Segment } from './hall-art';
import type { MeterMove } from './meters';
import { RED, STEEL } from './stage-art';
import type { TimelineView } from './timeline';

/**
 * Names short enough for a meter's cell at a size a projector shows from the back of the room (14 px
 * at 1280 × 720); the caption and the help page use the full ones. The player's own two are in red.
 */
export const METER_SHORT: Readonly<Record<WorldMeter, string>> = {
  stalin_power: 'STALIN',
  debate: 'DEBATE',
  repression: 'REPRESSION',
  peasants: 'PEASANTS',
  industry: 'INDUSTRY',
  standing: 'STANDING',
  safety: 'SAFETY',
};

/** The strip's layout, in its own units: (0, 0) is its top left corner, under the scene. */
export const LAYOUT = {
  rule: 5,
  cells: {
    top: 10,
    world: { left: 12, width: 134 },
    own: { left: 696, width: 131 },
    label: 24,
    minLabel: 21,
    barY: 46,
    barHeight: 14,
    arrowRoom: 24,
    arrow: { width: 18, height: 16 },
  },
  reasons: { top: 78, line: 30, size: 21, minSize: 16, chip: 18, left: 16, right: CANVAS.width - 16, max: 3, gap: 8 },
  timeline: {
    left: 128,
    right: CANVAS.width - 26,
    youY: 184,
    historyY: 206,
    parted: 168,
    partRun: 0.6,
    labelX: 16,
    label: 17,
    tick: 5,
    yearsY: 212,
    year: 18,
    mark: 12,
    markStep: 14,
    line: { history: 3, you: 4 },
    stub: { dx: 22, dy: -13, ring: 4 },
    pointer: 9,
    courseLabel: 15,
  },
} as const;

/** The x of a meter's cell: the country's five on the left, the player's two apart on the right. */
export function cellOf(index: number, own: boolean, ownIndex: number): { x: number; width: number } {
  const { world, own: mine } = LAYOUT.cells;
  return own ? { x: mine.left + ownIndex * mine.width, width: mine.width } : { x: world.left + index * world.width, width: world.width };
}

/** A meter's bar: a paper track, the value filled in ink (or the accent for the player's own). */
export function drawBar(g: Phaser.GameObjects.Graphics, cell: { x: number; width: number }, value: number, previous: number | null, colour: number): void {
  const { barY, barHeight, arrowRoom } = LAYOUT.cells;
  const width = cell.width - arrowRoom - 8;
  g.fillStyle(PAPER_DARK, 1).fillRect(cell.x, barY, width, barHeight);
  g.fillStyle(colour, 1).fillRect(cell.x, barY, (width * value) / 100, barHeight);
  g.lineStyle(1.5, INK, 1).strokeRect(cell.x, barY, width, barHeight);
  // Where the meter stood before its last move: a thin mark, so the distance travelled shows.
  if (previous !== null && previous !== value) {
    const x = cell.x + (width * previous) / 100;
    g.lineStyle(3, colour === INK ? GREY : INK, 1).lineBetween(x, barY - 4, x, barY + barHeight + 4);
  }
}

/** The arrow of a move, pointing the way the meter went; its apex at (0, 0) is placed by the caller. */
export function drawArrow(g: Phaser.GameObjects.Graphics, up: boolean, colour: number, scale = 1): void {
  const w = (LAYOUT.cells.arrow.width / 2) * scale;
  const h = LAYOUT.cells.arrow.height * scale;
  g.fillStyle(colour, 1);
  if (up) g.fillTriangle(0, 0, -w, h, w, h);
  else g.fillTriangle(0, h, -w, 0, w, 0);
}

/** The x of a year on the timeline. */
export function yearX(timeline: TimelineView, year: number): number {
  const { left, right } = LAYOUT.timeline;
  return left + ((year - timeline.first) / (timeline.last - timeline.first)) * (right - left);
}

/** The years labelled under the line: every other year, and the last. */
export function labelledYears(timeline: TimelineView): number[] {
  const years: number[] = [];
  for (let year = timeline.first; year <= timeline.last; year += 2) years.push(year);
  if (years[years.length - 1] !== timeline.last) years.push(timeline.last);
  return years;
}

/**
 * The timeline: history's course in ink from 1921 to 1938; the player's course above it in red up to
 * the year now, bending away in steel blue where a counterfactual course opened; a square for each
 * decision (filled where the player did what the majority did), and a short stub where the player
 * first broke with the majority while history went on regardless.
 */
export function drawTimeline(g: Phaser.GameObjects.Graphics, timeline: TimelineView): void {
  const T = LAYOUT.timeline;
  g.lineStyle(T.line.history, INK, 1).lineBetween(yearX(timeline, timeline.first), T.historyY, yearX(timeline, timeline.last), T.historyY);
  const ticks: Segment[] = [];
  for (let year = timeline.first; year <= timeline.last; year++) {
    const x = yearX(timeline, year);
    ticks.push([[x, T.historyY], [x, T.historyY + T.tick]]);
  }
  strokeSegments(g.lineStyle(1.5, INK, 1), ticks);
  if (timeline.year === null) return;
  const now = yearX(timeline, timeline.year);
  const start = yearX(timeline, timeline.first);
  const step = yearX(timeline, timeline.first + 1) - start;
  const yAt = (x: number): number => {
    if (!timeline.diverged) return T.youY;
    const from = yearX(timeline, timeline.diverged.year);
    if (x <= from) return T.youY;
    return x >= from + step * T.partRun ? T.parted : T.youY + ((x - from) / (step * T.partRun)) * (T.parted - T.youY);
  };
  if (timeline.diverged) {
    const from = Math.min(now, yearX(timeline, timeline.diverged.year));
    const bend = Math.min(now, from + step * T.partRun);
    g.lineStyle(T.line.you, RED, 1).lineBetween(start, T.youY, from, T.youY);
    g.lineStyle(T.line.you, STEEL, 1).lineBetween(from, T.youY, bend, yAt(bend));
    if (now > bend) g.lineBetween(bend, T.parted, now, T.parted);
  } else {
    g.lineStyle(T.line.you, RED, 1).lineBetween(start, T.youY, now, T.youY);
  }
  const endColour = timeline.diverged ? STEEL : RED;
  g.fillStyle(endColour, 1).fillTriangle(now + T.pointer, yAt(now), now, yAt(now) - T.pointer * 0.7, now, yAt(now) + T.pointer * 0.7);

  const perYear = new Map<number, number>();
  if (timeline.dissent) {
    const x = yearX(timeline, timeline.dissent.year);
    g.lineStyle(2, STEEL, 0.8).lineBetween(x, T.youY, x + T.stub.dx, T.youY + T.stub.dy);
    g.strokeCircle(x + T.stub.dx + T.stub.ring * 0.7, T.youY + T.stub.dy - T.stub.ring * 0.7, T.stub.ring);
  }
  for (const mark of timeline.marks) {
    const order = perYear.get(mark.year) ?? 0;
    perYear.set(mark.year, order + 1);
    const x = yearX(timeline, mark.year) + order * T.markStep - T.mark / 2;
    const y = yAt(x + T.mark / 2);
    const colour = timeline.diverged && mark.year >= timeline.diverged.year && x > yearX(timeline, timeline.diverged.year) ? STEEL : RED;
    if (mark.actual) g.fillStyle(colour, 1).fillRect(x, y - T.mark / 2, T.mark, T.mark);
    else g.fillStyle(PAPER, 1).fillRect(x, y - T.mark / 2, T.mark, T.mark).lineStyle(2, colour, 1).strokeRect(x, y - T.mark / 2, T.mark, T.mark);
  }
}

/** The ink rule that parts the strip from the scene above it, and the strip's paper. */
export function drawGround(g: Phaser.GameObjects.Graphics): void {
  g.fillStyle(PAPER, 1).fillRect(0, 0, CANVAS.width, STRIP.height);
  g.fillStyle(INK, 1).fillRect(0, 0, CANVAS.width, LAYOUT.rule);
  // A thin rule between the country's meters and the player's own.
  const x = LAYOUT.cells.own.left - 12;
  g.lineStyle(2, INK, 1).lineBetween(x, LAYOUT.cells.top, x, LAYOUT.cells.barY + LAYOUT.cells.barHeight);
}

/** The colour a move's words and arrow take. */
export function moveColour(move: Pick<MeterMove, 'counterfactual'>, own: boolean): number {
  if (move.counterfactual) return STEEL;
  return own ? RED : INK;
}
