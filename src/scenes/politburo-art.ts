/**
 * The Politburo room drawn in code: the wall, the long table with its name plates, the chairs and the
 * members at them, Stalin's shadow on the wall, and the player standing on the floor before it.
 * Pure drawing; PolitburoScene decides what changed and animates it.
 */
import Phaser from './phaser';
import { PALETTE, STAGE } from '../config';
import { drawFigure, fillPoly, GREY, INK, PAPER, PAPER_DARK, strokeSegments, type Segment } from './hall-art';
import type { MemberStanding } from '../narrative/world';
import { FIGURE } from './seats';
import { display } from './stage-art';

/** The room's geometry, in stage units. */
export const ROOM = {
  seatLeft: 66,
  seatStep: 75.3,
  chairTop: 186,
  chairWidth: 46,
  chairHeight: 76,
  headY: 206,
  headRadius: 15,
  shoulderTop: 224,
  shoulderWidth: 40,
  shoulderBase: 56,
  tableTop: 262,
  tableLip: 18,
  tableLeft: 26,
  tableRight: 934,
  frontBottom: 372,
  plateRows: [290, 328],
  plateHeight: 30,
  platePad: 8,
  plateSize: 19,
  title: { x: 184, y: 20, size: 40, subSize: 18, subY: 68, text: 'POLITBURO', sub: 'OF THE CENTRAL COMMITTEE' },
  wedge: [[600, 0], [STAGE.width, 0], [STAGE.width, 104]] as const,
  candidateScale: 0.8,
  dash: 6,
} as const;

/** Stalin's shadow on the wall: its height and darkness grow with his power. */
const SHADOW = { minHeight: 110, maxHeight: 330, minAlpha: 0.1, maxAlpha: 0.3, widthRatio: 0.95, headRatio: 0.22 } as const;

/** The x of a seat's centre. */
export function seatX(index: number): number {
  return ROOM.seatLeft + index * ROOM.seatStep;
}

/** The wall, the red wedge and the title: drawn once. */
export function drawRoom(scene: Phaser.Scene): Phaser.GameObjects.GameObject[] {
  const g = scene.add.graphics();
  g.fillStyle(PAPER_DARK, 1).fillRect(0, ROOM.frontBottom, STAGE.width, STAGE.height - ROOM.frontBottom);
  const title = scene.add.text(ROOM.title.x, ROOM.title.y, ROOM.title.text, { ...display(ROOM.title.size, PALETTE.ink), letterSpacing: 4 });
  const sub = scene.add.text(ROOM.title.x + 2, ROOM.title.subY, ROOM.title.sub, { ...display(ROOM.title.subSize, PALETTE.grey), letterSpacing: 2 });
  return [g, title, sub];
}

/** The red wedge across the top right, in the picture's accent. */
export function drawWedge(g: Phaser.GameObjects.Graphics, accent: number): void {
  g.fillStyle(accent, 1);
  fillPoly(g, ROOM.wedge);
}

/** Stalin's shadow rising up the wall behind his chair; drawn with its foot at (0, 0) so it can be scaled. */
export function drawShadow(scene: Phaser.Scene, x: number, stalinPower: number): Phaser.GameObjects.Graphics {
  const share = stalinPower / 100;
  const height = SHADOW.minHeight + share * (SHADOW.maxHeight - SHADOW.minHeight);
  const half = (height * SHADOW.widthRatio) / 2;
  const head = height * SHADOW.headRatio;
  const g = scene.add.graphics({ x, y: ROOM.tableTop });
  g.fillStyle(INK, SHADOW.minAlpha + share * (SHADOW.maxAlpha - SHADOW.minAlpha));
  // One path, so shoulders and head do not darken each other where they meet.
  g.beginPath();
  g.moveTo(-half, 0);
  g.lineTo(-half * 0.8, -(height - head * 2) * 0.55);
  g.lineTo(-head * 0.55, -(height - head * 2));
  g.arc(0, -(height - head), head, Math.PI * 0.62, Math.PI * 2.38, false);
  g.lineTo(half * 0.8, -(height - head * 2) * 0.55);
  g.lineTo(half, 0);
  g.closePath();
  g.fillPath();
  return g;
}

/** The table: a slab in the accent colour and an ink front that carries the name plates. */
export function drawTable(g: Phaser.GameObjects.Graphics, accent: number): void {
  const { tableTop: top, tableLip: lip, tableLeft: left, tableRight: right, frontBottom } = ROOM;
  g.fillStyle(accent, 1);
  fillPoly(g, [[left, top], [right, top], [right + 12, top + lip], [left - 12, top + lip]]);
  g.fillStyle(INK, 1).fillRect(left - 12, top + lip, right - left + 24, frontBottom - top - lip);
}

/** A rectangle outlined in dashes (Graphics draws no dashed lines of its own), in one stroke. */
export function dashedRect(g: Phaser.GameObjects.Graphics, x: number, y: number, width: number, height: number): void {
  strokeSegments(g, dashes([[x, y], [x + width, y], [x + width, y + height], [x, y + height], [x, y]]));
}

/** The dashes along a line through `corners`. */
function* dashes(corners: readonly (readonly [number, number])[]): Generator<Segment> {
  for (let i = 1; i < corners.length; i++) {
    const [x0, y0] = corners[i - 1] ?? [0, 0];
    const [x1, y1] = corners[i] ?? [0, 0];
    const length = Math.hypot(x1 - x0, y1 - y0);
    for (let at = 0; at < length; at += ROOM.dash * 2) {
      const end = Math.min(length, at + ROOM.dash);
      yield [
        [x0 + ((x1 - x0) * at) / length, y0 + ((y1 - y0) * at) / length],
        [x0 + ((x1 - x0) * end) / length, y0 + ((y1 - y0) * end) / length],
      ];
    }
  }
}

/** A chair: solid where a member sits or sat, dashed where the seat is not yet theirs. */
export function drawChair(g: Phaser.GameObjects.Graphics, x: number, standing: MemberStanding): void {
  const left = x - ROOM.chairWidth / 2;
  if (standing === 'absent') {
    g.lineStyle(2, GREY, 1);
    dashedRect(g, left, ROOM.chairTop, ROOM.chairWidth, ROOM.chairHeight);
    return;
  }
  g.fillStyle(PAPER_DARK, 1).fillRect(left, ROOM.chairTop, ROOM.chairWidth, ROOM.chairHeight);
  g.lineStyle(2, INK, 1).strokeRect(left, ROOM.chairTop, ROOM.chairWidth, ROOM.chairHeight);
}

/** A seated member, head and shoulders above the table, drawn about the table's edge below his seat; a candidate is smaller and grey. */
export function paintMember(g: Phaser.GameObjects.Graphics, candidate: boolean): void {
  const scale = candidate ? ROOM.candidateScale : 1;
  g.fillStyle(candidate ? GREY : INK, 1);
  const top = (ROOM.shoulderTop - ROOM.tableTop) * scale;
  const [shoulder, base] = [(ROOM.shoulderWidth / 2) * scale, (ROOM.shoulderBase / 2) * scale];
  fillPoly(g, [[-shoulder, top], [shoulder, top], [base, 0], [-base, 0]]);
  g.fillCircle(0, (ROOM.headY - ROOM.tableTop) * scale, ROOM.headRadius * scale);
}

/** Lenin's death: a black mourning ribbon across the corner of his chair. */
export function drawMourning(g: Phaser.GameObjects.Graphics, x: number): void {
  const right = x + ROOM.chairWidth / 2;
  g.fillStyle(INK, 1);
  fillPoly(g, [[right - 26, ROOM.chairTop], [right, ROOM.chairTop], [right, ROOM.chairTop + 26], [right - 8, ROOM.chairTop + 34], [right - 34, ROOM.chairTop + 8]]);
}

/**
 * A name plate on the table's front: `name` (made once by the scene) is re-coloured and placed on it;
 * `strike` crosses the name out once the member has left, in the colour of his fate.
 */
export function paintPlate(
  plate: Phaser.GameObjects.Graphics,
  strike: Phaser.GameObjects.Graphics,
  name: Phaser.GameObjects.Text,
  at: { x: number; row: number },
  look: { standing: MemberStanding; strike: number | null },
): void {
  const y = ROOM.plateRows[at.row % ROOM.plateRows.length] ?? ROOM.plateRows[0];
  const absent = look.standing === 'absent';
  const candidate = look.standing === 'candidate';
  const colour = absent ? PALETTE.paperDark : candidate ? PALETTE.paper : PALETTE.ink;
  if (name.style.color !== colour) name.setColor(colour);
  name.setPosition(at.x, y + ROOM.plateHeight / 2);
  const width = name.width + ROOM.platePad * 2;
  plate.clear();
  if (absent) plate.lineStyle(1.5, PAPER_DARK, 1).strokeRect(at.x - width / 2, y, width, ROOM.plateHeight);
  else plate.fillStyle(candidate ? GREY : PAPER, 1).fillRect(at.x - width / 2, y, width, ROOM.plateHeight);
  strike.clear();
  if (look.strike !== null) {
    const middle = y + ROOM.plateHeight / 2;
    strike.lineStyle(3, look.strike, 1).lineBetween(at.x - width / 2 - 3, middle + 1, at.x + width / 2 + 3, middle - 1);
  }
}

/** The style every name plate's text is made with. */
export const PLATE_STYLE = { ...display(ROOM.plateSize, PALETTE.ink), letterSpacing: 1 };

/** The player: a figure in the accent colour standing on the floor, or its empty outline once taken away. */
export function drawPlayer(scene: Phaser.Scene, x: number, feet: number, scale: number, accent: number, gone: boolean): Phaser.GameObjects.Graphics {
  const g = scene.add.graphics({ x, y: feet });
  if (gone) {
    const { bodyWidth, bodyHeight, headRadius, neck } = FIGURE;
    g.lineStyle(2, accent, 1);
    g.strokeRect((-bodyWidth / 2) * scale, -bodyHeight * scale, bodyWidth * scale, bodyHeight * scale);
    g.strokeCircle(0, -(bodyHeight + neck + headRadius) * scale, headRadius * scale);
  } else {
    g.fillStyle(accent, 1);
    drawFigure(g, 0, 0, scale);
  }
  return g;
}

/**
 * The shadow that reaches from Stalin's place to the player as their safety falls: a wedge across
 * the floor, darker the greater the danger.
 */
export function drawReach(scene: Phaser.Scene, from: { x: number; y: number }, to: { x: number; y: number }, danger: number): Phaser.GameObjects.Graphics {
  const g = scene.add.graphics();
  const angle = Math.atan2(to.y - from.y, to.x - from.x);
  const spread = 26;
  g.fillStyle(INK, danger);
  g.fillTriangle(from.x, from.y, to.x + Math.sin(angle) * spread, to.y - Math.cos(angle) * spread, to.x - Math.sin(angle) * spread, to.y + Math.cos(angle) * spread);
  return g;
}
