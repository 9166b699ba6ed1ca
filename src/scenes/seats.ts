/**
 * Where every delegate sits and where the voices fly, for each vote: pure geometry in stage units,
 * kept apart from the drawing so the layout can be read (and tested) on its own.
 */
import { emptySeatCount, voiceCount, type HallView, type Vote } from './hall';

export type Faction = 'workers-opposition' | 'majority' | 'democratic-centralists';

/** The camps of March 1921, left to right, with their labels and how many columns of seats each holds. */
export const FACTIONS: readonly { id: Faction; label: string; columns: number }[] = [
  { id: 'workers-opposition', label: "WORKERS' OPP.", columns: 3 },
  { id: 'majority', label: 'MAJORITY', columns: 11 },
  { id: 'democratic-centralists', label: 'DEM. CENTRALISTS', columns: 3 },
];

export interface Seat {
  x: number;
  /** The delegate's feet: figures are drawn upwards from here. */
  y: number;
  scale: number;
  faction: Faction;
  player: boolean;
  empty: boolean;
}

export interface Voice {
  x: number;
  y: number;
  /** Radians; 0 points right, negative angles point up. */
  angle: number;
  length: number;
  accent: boolean;
}

/** A delegate's figure at scale 1: a block body and a round head. */
export const FIGURE = { bodyWidth: 20, bodyHeight: 26, headRadius: 7, neck: 2 } as const;

/** The raked hall: back row first; rows climb to the right, towards the tribune. */
const ROWS = 5;
const HALL_LEFT = 48;
const BACK_ROW_Y = 318;
const ROW_STEP = 44;
const ROW_INDENT = 20;
const SLANT = 0.14;
const BACK_SCALE = 0.74;
const SCALE_STEP = 0.085;
const SEAT_STEP = 33;
const FACTION_GAP = 30;

/** The permanent ban locks the hall into an orthogonal grid: no rake, no diagonal, one size. */
const GRID = { left: 66, top: 300, stepX: 34, stepY: 46, scale: 0.9 } as const;

/** The player's seat: front row, inside the majority; the isolated spot sits before the tribune. */
const PLAYER = { row: ROWS - 1, column: 9 } as const;
const ISOLATED = { x: 724, y: 476, scale: 1.15 } as const;

/** Voices before the vote fly every way; after it they all point the tribune's way. */
const VOICE_SPREAD = [-1.2, -0.35, -2.3, -0.8, -1.9, -0.55, -2.6, -1.45, -0.25, -2.0, -1.05, -2.85, -0.65, -1.65];
const VOICE_ALIGNED = -0.42;
const VOICE_LENGTH = { min: 70, step: 23, variants: 4 } as const;
/** Stride through the seats, so the speakers spread over every camp and row. */
const SPEAKER_STRIDE = 23;
/** Stride for picking empty seats: coprime with the seat count, so the gaps scatter. */
const EMPTY_STRIDE = 37;

export const COLUMNS = FACTIONS.reduce((sum, faction) => sum + faction.columns, 0);

function factionOf(column: number): { faction: Faction; index: number } {
  let first = 0;
  for (const [index, { id, columns }] of FACTIONS.entries()) {
    if (column < first + columns) return { faction: id, index };
    first += columns;
  }
  throw new RangeError(`No faction holds column ${column}.`);
}

/** The raked position of a seat; `gaps` is how many faction gaps lie to its left. */
export function rakedSeat(row: number, column: number, gaps: number): { x: number; y: number; scale: number } {
  const scale = BACK_SCALE + row * SCALE_STEP;
  const x = HALL_LEFT + (ROWS - 1 - row) * ROW_INDENT + column * SEAT_STEP * scale + gaps * FACTION_GAP;
  return { x, y: BACK_ROW_Y + row * ROW_STEP - (x - HALL_LEFT) * SLANT, scale };
}

/** The offset a raked seat moves by when its camp closes ranks with the others. */
export function closingShift(factionIndex: number): { dx: number; dy: number } {
  const dx = (factionIndex - 1) * FACTION_GAP;
  return { dx, dy: -dx * SLANT };
}

function place(vote: Vote, row: number, column: number, factionIndex: number): { x: number; y: number; scale: number } {
  if (vote === 'permanent') {
    return { x: GRID.left + column * GRID.stepX, y: GRID.top + row * GRID.stepY, scale: GRID.scale };
  }
  // Before the vote the camps sit apart; after it they close into one bloc, centred on the majority.
  return rakedSeat(row, column, vote === 'pending' ? factionIndex : 1);
}

/** Every seat in the hall for this vote and repression, back row first. */
export function seatPlan(vote: Vote, repression: number): Seat[] {
  const total = ROWS * COLUMNS;
  const empty = emptySeatCount(repression, total - 1);
  const seats: Seat[] = [];
  for (let row = 0; row < ROWS; row++) {
    for (let column = 0; column < COLUMNS; column++) {
      const { faction, index } = factionOf(column);
      const player = row === PLAYER.row && column === PLAYER.column;
      const spot = player && vote === 'against' ? ISOLATED : place(vote, row, column, index);
      const rank = (seats.length * EMPTY_STRIDE) % total;
      seats.push({ ...spot, faction, player, empty: !player && rank < empty });
    }
  }
  return seats;
}

/** The grid's outer frame and cell size, for drawing its bars. */
export function gridFrame(): { left: number; top: number; right: number; bottom: number; stepX: number; stepY: number } {
  const halfCell = GRID.stepX / 2;
  return {
    left: GRID.left - halfCell,
    top: GRID.top - GRID.stepY + FIGURE.neck,
    right: GRID.left + (COLUMNS - 1) * GRID.stepX + halfCell,
    bottom: GRID.top + (ROWS - 1) * GRID.stepY + FIGURE.neck,
    stepX: GRID.stepX,
    stepY: GRID.stepY,
  };
}

/** The head centre of a seated figure. */
export function headOf(seat: Seat): { x: number; y: number } {
  const lift = FIGURE.bodyHeight + FIGURE.neck + FIGURE.headRadius;
  return { x: seat.x, y: seat.y - lift * seat.scale };
}

/** The speech wedges: as many as the debate allows, from occupied seats spread over the hall. */
export function voices(view: HallView, seats: readonly Seat[]): Voice[] {
  const speakers = seats.filter((seat) => !seat.empty && !seat.player);
  const count = Math.min(voiceCount(view.debate), speakers.length);
  const result: Voice[] = [];
  for (let i = 0; i < count; i++) {
    const seat = speakers[(i * SPEAKER_STRIDE) % speakers.length];
    const spread = VOICE_SPREAD[i % VOICE_SPREAD.length];
    if (!seat || spread === undefined) continue;
    const head = headOf(seat);
    const pending = view.vote === 'pending';
    result.push({
      x: head.x,
      y: head.y,
      angle: pending ? spread : VOICE_ALIGNED,
      length: (VOICE_LENGTH.min + (i % VOICE_LENGTH.variants) * VOICE_LENGTH.step) * seat.scale,
      accent: pending ? i % 2 === 0 : false,
    });
  }
  return result;
}
