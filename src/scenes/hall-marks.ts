/**
 * What changes in the hall: the delegates and their camps, the voices, and the marks the vote leaves
 * (the stamp, the crack and hourglass of a time limit, the bars of a permanent ban).
 */
import Phaser from './phaser';
import { PALETTE } from '../config';
import { cssOf, drawFigure, DISPLAY_FONT, fillPoly, GREY, INK, PAPER, RISE, strokeSegments, type Segment } from './hall-art';
import type { Vote } from './hall';
import { FACTIONS, FIGURE, gridFrame, headOf, type Faction, type Seat, type Voice } from './seats';

/** The delegates, one Graphics per camp so a camp can slide as a whole, and the player apart. */
export interface Delegates {
  camps: Map<Faction, Phaser.GameObjects.Graphics>;
  player: Phaser.GameObjects.Graphics;
}

/** A seat emptied by repression: only its outline is left. */
const EMPTY_SEAT = { line: 1.5, alpha: 0.7 } as const;
const POINTER = { gap: 6, width: 16, height: 14 } as const;
const ISOLATION = { ring: 44, line: 2 } as const;
const VOICE = { mouth: 11, halfWidth: 7 } as const;
/** Camp labels are tags in the camp's colour, like the legend of a poster. */
const LABEL = { size: 20, drop: 10, padX: 7, padY: 2 } as const;
const STAMP = {
  x: 420,
  y: 178,
  angle: -0.16,
  text: 'ON PARTY UNITY  ·  16.III.1921',
  size: 30,
  padX: 22,
  padY: 12,
  inset: 6,
  border: 4,
  innerBorder: 1.5,
} as const;
const CRACK: readonly (readonly [number, number])[] = [
  [498, 116], [486, 150], [512, 196], [478, 262], [506, 318], [470, 384], [494, 446], [462, 540],
];
const CRACK_WIDTH = 9;
const HOURGLASS = { x: 78, y: 238, halfWidth: 28, halfHeight: 44, cap: 8, line: 4 } as const;
const BARS = { outer: 6, inner: 3 } as const;

function campColour(faction: Faction, pending: boolean, accent: number): number {
  if (!pending || faction === 'majority') return INK;
  return faction === 'workers-opposition' ? accent : GREY;
}

function drawEmptySeat(g: Phaser.GameObjects.Graphics, seat: Seat): void {
  const width = FIGURE.bodyWidth * seat.scale;
  const height = FIGURE.bodyHeight * seat.scale;
  const head = headOf(seat);
  g.lineStyle(EMPTY_SEAT.line, GREY, EMPTY_SEAT.alpha);
  g.strokeRect(seat.x - width / 2, seat.y - height, width, height);
  g.strokeCircle(head.x, head.y, FIGURE.headRadius * seat.scale);
}

/** The player's figure in the accent colour: under a pointer in the crowd, in a ring when isolated. */
function drawPlayer(scene: Phaser.Scene, seat: Seat, isolated: boolean, accent: number): Phaser.GameObjects.Graphics {
  const g = scene.add.graphics();
  g.fillStyle(accent, 1);
  drawFigure(g, seat.x, seat.y, seat.scale);
  const head = headOf(seat);
  if (isolated) {
    g.lineStyle(ISOLATION.line, accent, 1);
    g.strokeCircle(seat.x, head.y + FIGURE.headRadius * seat.scale, ISOLATION.ring * seat.scale);
    return g;
  }
  const top = head.y - FIGURE.headRadius * seat.scale - POINTER.gap;
  g.fillTriangle(
    head.x - POINTER.width / 2, top - POINTER.height,
    head.x + POINTER.width / 2, top - POINTER.height,
    head.x, top,
  );
  return g;
}

/** Draws every delegate; before the vote each camp has its own colour, after it they are one ink bloc. */
export function drawDelegates(scene: Phaser.Scene, seats: readonly Seat[], vote: Vote, accent: number): Delegates {
  const pending = vote === 'pending';
  const camps = new Map<Faction, Phaser.GameObjects.Graphics>();
  let player: Phaser.GameObjects.Graphics | null = null;
  for (const { id } of FACTIONS) camps.set(id, scene.add.graphics());
  for (const seat of seats) {
    const g = camps.get(seat.faction);
    if (!g) continue;
    if (seat.player) {
      player = drawPlayer(scene, seat, vote === 'against', accent);
    } else if (seat.empty) {
      drawEmptySeat(g, seat);
    } else {
      g.fillStyle(campColour(seat.faction, pending, accent), 1);
      drawFigure(g, seat.x, seat.y, seat.scale);
    }
  }
  if (!player) throw new Error('The seat plan has no seat for the player.');
  return { camps, player };
}

/** The speech wedges: an argument opens out from the mouth, an aimed voice narrows to its point. */
export function drawVoices(scene: Phaser.Scene, voices: readonly Voice[], accent: number): Phaser.GameObjects.Graphics {
  const g = scene.add.graphics();
  for (const voice of voices) {
    const cos = Math.cos(voice.angle);
    const sin = Math.sin(voice.angle);
    const startX = voice.x + cos * VOICE.mouth;
    const startY = voice.y + sin * VOICE.mouth;
    const endX = startX + cos * voice.length;
    const endY = startY + sin * voice.length;
    const [pointX, pointY, baseX, baseY] = voice.aimed ? [endX, endY, startX, startY] : [startX, startY, endX, endY];
    g.fillStyle(voice.accent ? accent : INK, 1);
    g.fillTriangle(
      pointX, pointY,
      baseX - sin * VOICE.halfWidth, baseY + cos * VOICE.halfWidth,
      baseX + sin * VOICE.halfWidth, baseY - cos * VOICE.halfWidth,
    );
  }
  return g;
}

/** Names the camps, under their front rows so the voices above stay clear; before the vote only. */
export function drawCampLabels(scene: Phaser.Scene, seats: readonly Seat[], accent: number): Phaser.GameObjects.Text[] {
  const frontRow = Math.max(...seats.map((seat) => seat.row));
  return FACTIONS.flatMap(({ id, label }) => {
    const front = seats.filter((seat) => seat.faction === id && seat.row === frontRow);
    const first = front[0];
    const last = front[front.length - 1];
    if (!first || !last) return [];
    return [
      scene.add
        .text((first.x + last.x) / 2, (first.y + last.y) / 2 + LABEL.drop, label, {
          fontFamily: DISPLAY_FONT,
          fontStyle: 'bold',
          fontSize: `${LABEL.size}px`,
          color: PALETTE.paper,
          backgroundColor: cssOf(campColour(id, true, accent)),
          padding: { x: LABEL.padX, y: LABEL.padY },
          letterSpacing: 1,
        })
        .setOrigin(0.5, 0)
        .setRotation(Math.atan(RISE)),
    ];
  });
}

/** The rubber stamp of the adopted resolution: a double frame and the title, slapped on askew. */
export function drawStamp(scene: Phaser.Scene, accent: number): Phaser.GameObjects.Container {
  const text = scene.add
    .text(0, 0, STAMP.text, {
      fontFamily: DISPLAY_FONT,
      fontStyle: 'bold',
      fontSize: `${STAMP.size}px`,
      color: cssOf(accent),
      letterSpacing: 2,
    })
    .setOrigin(0.5);
  const width = text.width + STAMP.padX * 2;
  const height = text.height + STAMP.padY * 2;
  const frame = scene.add.graphics();
  frame.fillStyle(PAPER, 0.92);
  frame.fillRect(-width / 2, -height / 2, width, height);
  frame.lineStyle(STAMP.border, accent, 1);
  frame.strokeRect(-width / 2, -height / 2, width, height);
  frame.lineStyle(STAMP.innerBorder, accent, 1);
  frame.strokeRect(-width / 2 + STAMP.inset, -height / 2 + STAMP.inset, width - STAMP.inset * 2, height - STAMP.inset * 2);
  return scene.add.container(STAMP.x, STAMP.y, [frame, text]).setRotation(STAMP.angle);
}

/** The crack of a ban meant to be temporary: a paper-white split through the stamp and the bloc. */
export function drawCrack(scene: Phaser.Scene): Phaser.GameObjects.Graphics {
  const g = scene.add.graphics();
  g.lineStyle(CRACK_WIDTH, PAPER, 1);
  for (let i = 1; i < CRACK.length; i++) {
    const from = CRACK[i - 1];
    const to = CRACK[i];
    if (from && to) g.lineBetween(from[0], from[1], to[0], to[1]);
  }
  for (const point of CRACK) g.fillStyle(PAPER, 1).fillCircle(point[0], point[1], CRACK_WIDTH / 2);
  return g;
}

/** An hourglass at the back of the hall, sand running: the limit the player asked for. */
export function drawHourglass(scene: Phaser.Scene, accent: number): Phaser.GameObjects.Graphics {
  const { halfWidth: w, halfHeight: h, cap } = HOURGLASS;
  const g = scene.add.graphics({ x: HOURGLASS.x, y: HOURGLASS.y });
  g.fillStyle(accent, 1);
  fillPoly(g, [[-w * 0.55, -h * 0.45], [w * 0.55, -h * 0.45], [0, 0]]);
  fillPoly(g, [[-w * 0.6, h], [w * 0.6, h], [0, h * 0.55]]);
  g.lineStyle(HOURGLASS.line, INK, 1);
  g.strokeTriangle(-w, -h, w, -h, 0, 0);
  g.strokeTriangle(-w, h, w, h, 0, 0);
  g.fillStyle(INK, 1);
  g.fillRect(-w - cap, -h - cap, (w + cap) * 2, cap);
  g.fillRect(-w - cap, h, (w + cap) * 2, cap);
  return g;
}

/** The bars of the permanent ban: every seat locked in its cell. */
export function drawBars(scene: Phaser.Scene): Phaser.GameObjects.Graphics {
  const frame = gridFrame();
  const g = scene.add.graphics();
  const bars: Segment[] = [];
  for (let x = frame.left + frame.stepX; x < frame.right - 1; x += frame.stepX) bars.push([[x, frame.top], [x, frame.bottom]]);
  for (let y = frame.top + frame.stepY; y < frame.bottom - 1; y += frame.stepY) bars.push([[frame.left, y], [frame.right, y]]);
  strokeSegments(g.lineStyle(BARS.inner, INK, 1), bars);
  g.lineStyle(BARS.outer, INK, 1);
  g.strokeRect(frame.left, frame.top, frame.right - frame.left, frame.bottom - frame.top);
  return g;
}
