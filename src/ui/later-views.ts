/**
 * The views no one needs before the first story text: the debrief, the branch map, the class view and
 * the glossary. They and the story's data (arguments, decisions, glossary) load on their own chunk.
 */
import storyIndex from '../../story/main.ink?index';
import courses from '../../story/data/courses.json';
import { catalogue } from '../narrative/catalogue';
import { buildStoryMap, type MapLane } from '../narrative/story-map';
import { buildDebrief, type Playthrough } from '../narrative/debrief';
import { renderBranchMap } from './branch-map';
import { renderClassView } from './class-view';
import { renderDebrief, type DebriefActions, type RunCodes } from './debrief-view';
import { h } from './dom';
import type { ExploredOptions } from './explored';

/**
 * The debrief, built part by part: each `next()` adds one (debrief-view.ts). Nothing runs until the
 * first `next()`, not even the debrief's model: the choice that ends the game only shows its text.
 */
export function* showDebrief(host: HTMLElement, play: Playthrough, codes: () => RunCodes, actions: DebriefActions): Generator<void, void, void> {
  // The QR code and the link open the run at this very address: a school's own server, or this file.
  const linkTo = (code: string) => `${location.href.replace(/#.*$/, "")}#run=${code}`;
  const debrief = buildDebrief(play, catalogue);
  // The model and its first drawing in separate steps: together they held a slow laptop for too long.
  yield;
  yield* renderDebrief(host, debrief, codes(), linkTo, actions);
}

/** The story as lanes of courses, from the sources' choices and the data. */
function storyMap(): MapLane[] {
  return buildStoryMap(storyIndex.choices, courses, catalogue.decisions, catalogue.endings);
}

export function showBranchMap(host: HTMLElement, explored: ExploredOptions, onClose: () => void): void {
  renderBranchMap(host, storyMap(), { option: (id) => ({ filled: explored.hasChoice(id) }), ending: (id) => ({ filled: explored.hasEnding(id) }) }, onClose);
}

export function showClassView(host: HTMLElement): void {
  renderClassView(host, { decisions: catalogue.decisions, endings: catalogue.endings, actual: new Set(storyIndex.actual), courses, map: storyMap() });
}

export function showGlossary(list: HTMLElement): void {
  list.replaceChildren(...catalogue.glossary.flatMap((entry) => [h('dt', {}, entry.term), h('dd', {}, entry.definition)]));
}
