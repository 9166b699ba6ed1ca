/**
 * Where every delegate sits and where the voices fly, for each vote: pure geometry in stage units,
 * kept apart from the drawing so the layout can be read (and tested) on its own.
 */
import { voiceCount, type HallView, type Vote } from './hall';

export type Faction = 'workers-opposition' | 'majority' | 'democratic-centralists';

/** The camps of March 1921, left to right, with their labels and how many columns of seats each holds. */
export const FACTIONS: readonly { id: Faction; label: string; columns: number }[] = [
  { id: 'workers-opposition', label: "WORKERS' OPP.", columns: 3 },
  { id: 'majority', label: 'MAJORITY', columns: 11 },
  { id: 'democratic-centralists', label: 'DEM. CENTRALISTS', columns: 3 },
];

export interface Seat {
  /** 0 is the back row. */
  row: number;
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
  /** An argument spreads from the mouth; a voice aimed at the tribune narrows to a point. */
  aimed: boolean;
}

/** A delegate's figure at scale 1: a block body and a round head. */
export const FIGURE = { bodyWidth: 20, bodyHeight: 26, headRadius: 7, neck: 2 } as const;

/** The speaker on Lissitzky's tribune, drawn as a figure at this scale; aimed voices point at his chest. */
export const SPEAKER = { x: 770, feet: 204, scale: 1.45 } as const;
const SPEAKER_CHEST = { x: SPEAKER.x, y: SPEAKER.feet - (FIGURE.bodyHeight * SPEAKER.scale) / 2 } as const;

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

/** Voices before the vote rise from the back rows and fly every way; after it they aim at the speaker. */
const VOICE_SPREAD = [-1.25, -0.7, -2.2, -0.95, -1.85, -0.6, -2.45, -1.5, -0.8, -2.05, -1.1, -2.55, -0.75, -1.7];
const SPEAKING_ROWS = 2;
const VOICE_LENGTH = { min: 78, step: 22, variants: 4 } as const;
/** An aimed voice covers this share of the way to the speaker, so the tribune stays clear. */
const AIM_REACH = 0.42;
/** At repression 100 this share of the seats stands empty. */
const MAX_EMPTY_SHARE = 0.5;
/** Stride for picking empty seats: coprime with the seat count, so the gaps scatter. */
const EMPTY_STRIDE = 37;

const COLUMNS = FACTIONS.reduce((sum, faction) => sum + faction.columns, 0);
const SEATS = ROWS * COLUMNS;

/** How many seats stand empty for a repression meter; the player's never does. */
export function emptySeatCount(repression: number): number {
  return Math.floor((repression / 100) * MAX_EMPTY_SHARE * (SEATS - 1));
}

function factionOf(column: number): { faction: Faction; index: number } {
  let first = 0;
  for (const [index, { id, columns }] of FACTIONS.entries()) {
    if (column < first + columns) return { faction: id, index };
    first += columns;
  }
  throw new RangeError(`No faction holds column ${column}.`);
}

/** The raked position of a seat; `gaps` is how many faction gaps lie to its left. */
function rakedSeat(row: number, column: number, gaps: number): { x: number; y: number; scale: number } {
  const scale = BACK_SCALE + row * SCALE_STEP;
  const x = HALL_LEFT + (ROWS - 1 - row) * ROW_INDENT + column * SEAT_STEP * scale + gaps * FACTION_GAP;
  return { x, y: BACK_ROW_Y + row * ROW_STEP - (x - HALL_LEFT) * SLANT, scale };
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
  const empty = emptySeatCount(repression);
  const seats: Seat[] = [];
  for (let row = 0; row < ROWS; row++) {
    for (let column = 0; column < COLUMNS; column++) {
      const { faction, index } = factionOf(column);
      const player = row === PLAYER.row && column === PLAYER.column;
      const spot = player && vote === 'against' ? ISOLATED : place(vote, row, column, index);
      const rank = (seats.length * EMPTY_STRIDE) % SEATS;
      seats.push({ ...spot, row, faction, player, empty: !player && rank < empty });
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

/** Picks up to `count` of `items`, evenly spaced through the list. */
function evenly<T>(items: readonly T[], count: number): T[] {
  const picked: T[] = [];
  const take = Math.min(count, items.length);
  for (let i = 0; i < take; i++) {
    const item = items[Math.floor(((i + 0.5) * items.length) / take)];
    if (item) picked.push(item);
  }
  return picked;
}

/**
 * The speech wedges, as many as the debate allows. Before the vote they rise from across the back
 * rows, every camp arguing its own way; after it the delegates nearest the tribune aim at the speaker.
 */
export function voices(view: HallView, seats: readonly Seat[]): Voice[] {
  const count = voiceCount(view.debate);
  const free = seats.filter((seat) => !seat.empty && !seat.player);
  if (view.vote === 'pending') {
    return evenly(free.filter((seat) => seat.row < SPEAKING_ROWS), count).map((seat, i) => ({
      ...headOf(seat),
      angle: VOICE_SPREAD[i % VOICE_SPREAD.length] ?? 0,
      length: (VOICE_LENGTH.min + (i % VOICE_LENGTH.variants) * VOICE_LENGTH.step) * seat.scale,
      accent: i % 2 === 0,
      aimed: false,
    }));
  }
  const aim = (seat: Seat, accent: boolean): Voice => {
    const head = headOf(seat);
    const dx = SPEAKER_CHEST.x - head.x;
    const dy = SPEAKER_CHEST.y - head.y;
    return { ...head, angle: Math.atan2(dy, dx), length: Math.hypot(dx, dy) * AIM_REACH, accent, aimed: true };
  };
  const distance = (seat: Seat): number => Math.hypot(SPEAKER_CHEST.x - seat.x, SPEAKER_CHEST.y - seat.y);
  const aimed = [...free]
    .sort((a, b) => distance(a) - distance(b))
    .slice(0, count)
    .map((seat) => aim(seat, false));
  // Voting against, the player still speaks, alone, whatever the debate allows.
  const player = seats.find((seat) => seat.player);
  return view.vote === 'against' && player ? [...aimed, aim(player, true)] : aimed;
}
