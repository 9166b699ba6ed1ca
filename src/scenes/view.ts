/**
 * Everything the stage shows for one beat, as plain data: which outcome scene, what it draws, and the
 * strip of meters and timeline beneath it. The stage draws it and the caption reads it out, so the
 * picture and its words cannot drift apart. No Phaser here.
 */
import type { Beat, DecisionTaken } from '../narrative/beat';
import { STORY_SCENES } from '../config';
import { countrysideView, type CountrysideView } from './countryside';
import { hallView, voteAt, type HallView } from './hall';
import { latestMoves, meterValue, PLAYER_METERS, type LatestMoves } from './meters';
import { politburoView, type PolitburoView } from './politburo';
import { isMaskMoment, posterView, type PosterView } from './poster';
import { timelineView, type TimelineView } from './timeline';
import { WORLD_METERS, type WorldMeter } from '../narrative/world';

/** The outcome scenes the story can name with `# scene: <id>`. */
export type SceneId = keyof typeof STORY_SCENES;

/** One meter as the strip shows it now. */
export interface MeterReading {
  meter: WorldMeter;
  value: number;
  /** The player's own meter (standing, safety) rather than the country's. */
  own: boolean;
}

/** The strip under every scene. */
export interface StripView {
  meters: MeterReading[];
  latest: LatestMoves;
  timeline: TimelineView;
}

export type SceneView =
  | { scene: 'congress'; hall: HallView }
  | { scene: 'politburo' }
  | { scene: 'countryside'; countryside: CountrysideView }
  | { scene: 'poster'; poster: PosterView };

/**
 * The view of a beat: its scene's own part, the strip, and the Politburo table, which is worked out
 * for every beat so that the table can be set while another scene is showing.
 */
export type StageView = SceneView & { politburo: PolitburoView; strip: StripView };

/** What the stage hands its scenes: the latest view (null before any beat) and the motion setting. */
export interface StageModel {
  view: StageView | null;
  reducedMotion: boolean;
  /** Canvas pixels per unit of the picture (resolution.ts): the cameras' zoom. */
  scale: number;
}

/** What the page announces with each beat (the bus's `beat` event, minus `restored`). */
export interface BeatInput {
  beat: Beat;
  decision: DecisionTaken | null;
  decisions: readonly DecisionTaken[];
  beats: readonly Beat[];
}

function isSceneId(id: string | null): id is SceneId {
  return id !== null && Object.hasOwn(STORY_SCENES, id);
}

/** The scene for a beat: the story's tag, except at the Klucis moment; untagged beats get the year's room. */
export function sceneFor(beat: Beat, decision: DecisionTaken | null): SceneId {
  if (isMaskMoment(beat, decision)) return 'poster';
  if (isSceneId(beat.status.scene)) return beat.status.scene;
  return beat.status.year !== null && beat.status.year > 1921 ? 'politburo' : 'congress';
}

function sceneView(scene: SceneId, { beat, decision, decisions, beats }: BeatInput): SceneView {
  switch (scene) {
    case 'congress':
      return { scene, hall: hallView(beat, voteAt(beat, decisions)) };
    case 'politburo':
      return { scene };
    case 'countryside':
      return { scene, countryside: countrysideView(beat, decisions) };
    case 'poster':
      return { scene, poster: posterView(beat, decision, decisions[decisions.length - 1] ?? null) };
  }
}

/** The stage's view of this beat. `beats` should end with `beat`; if it is empty, `beat` alone is the history. */
export function stageView(input: BeatInput): StageView {
  const beats = input.beats.length > 0 ? input.beats : [input.beat];
  const full = { ...input, beats };
  const meters = WORLD_METERS.map((meter) => ({ meter, value: meterValue(input.beat, meter), own: PLAYER_METERS.includes(meter) }));
  return {
    ...sceneView(sceneFor(input.beat, input.decision), full),
    politburo: politburoView(input.beat, beats),
    strip: { meters, latest: latestMoves(beats, input.decisions), timeline: timelineView(beats, input.decisions) },
  };
}
