/**
 * The ink globals that describe the world. The engine reads these after every beat and hands them to
 * the page, the stage and the debrief. Each is declared with `VAR` in story/main.ink; a story test
 * checks that every name here exists there.
 */
export const WORLD_METERS = [
  /** Stalin's control of appointments, the apparatus and the agenda, 0..100. */
  'stalin_power',
  /** How freely members can argue and organise inside the party, 0..100. */
  'debate',
  /** The weight of arrests, exile and shootings, 0..100. */
  'repression',
  /** The peasants' lot: food, freedom to trade, safety from requisition, 0..100. */
  'peasants',
  /** The player's standing among the leadership, 0..100. */
  'standing',
  /** The player's personal safety, 0..100. */
  'safety',
] as const;

export type WorldMeter = (typeof WORLD_METERS)[number];

/** A short label for each meter, for the stage and the page. */
export const METER_LABELS: Readonly<Record<WorldMeter, string>> = {
  stalin_power: "Stalin's power",
  debate: 'Debate in the party',
  repression: 'Repression',
  peasants: "The peasants' lot",
  standing: 'Your standing',
  safety: 'Your safety',
};
