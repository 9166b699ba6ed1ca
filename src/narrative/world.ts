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
  /** Heavy industry built, 0..100. */
  'industry',
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
  industry: 'Industry',
  standing: 'Your standing',
  safety: 'Your safety',
};

/** The members of the Politburo the story follows; each has an ink variable `pb_<name>`. */
export const POLITBURO = [
  'lenin',
  'trotsky',
  'stalin',
  'zinoviev',
  'kamenev',
  'bukharin',
  'rykov',
  'tomsky',
  'molotov',
  'kalinin',
  'voroshilov',
  'kirov',
] as const;

export type PolitburoMember = (typeof POLITBURO)[number];

/** Where a member stands: story/data/politburo.json on the historical course; the counterfactual courses set it in ink. */
export const STANDINGS = [
  'absent',
  'candidate',
  'member',
  'out',
  'expelled',
  'exiled',
  'deported',
  'prison',
  'shot',
  'died',
  'murdered',
  'suicide',
] as const;

export type MemberStanding = (typeof STANDINGS)[number];

/**
 * The other ink globals the engine hands out: the course the story is on, the player's record, and
 * their luck (0 until the story draws it from fortune()).
 */
export const WORLD_FLAGS = ['course', 'opposed', 'oppositionist', 'recanted', 'luck'] as const;

/** Every ink global the engine reads after each beat. */
export const WORLD_VARIABLES: readonly string[] = [
  ...WORLD_METERS,
  ...WORLD_FLAGS,
  ...POLITBURO.map((name) => `pb_${name}`),
];
