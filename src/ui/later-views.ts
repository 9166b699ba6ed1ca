/**
 * The views no one needs before the first story text: the debrief, the branch map, the class view and
 * the glossary. They and the story's data (arguments, decisions, glossary) load on their own chunk.
 */
import type { DecisionTaken } from '../narrative/beat';
import { catalogue } from '../narrative/catalogue';
import { buildDebrief } from '../narrative/debrief';
import type { CompiledStory } from '../narrative/engine';
import { renderBranchMap } from './branch-map';
import { renderClassView } from './class-view';
import { renderDebrief, type DebriefActions } from './debrief-view';
import { h } from './dom';
import type { ExploredOptions } from './explored';

export function showDebrief(host: HTMLElement, taken: readonly DecisionTaken[], runCode: string, actions: DebriefActions): void {
  renderDebrief(host, buildDebrief(taken, catalogue.decisions, catalogue.arguments), runCode, actions);
}

export function showBranchMap(host: HTMLElement, explored: ExploredOptions, onClose: () => void): void {
  renderBranchMap(host, catalogue.decisions, explored, onClose);
}

export function showClassView(host: HTMLElement, story: CompiledStory): void {
  renderClassView(host, story, catalogue.decisions);
}

export function showGlossary(list: HTMLElement): void {
  list.replaceChildren(...catalogue.glossary.flatMap((entry) => [h('dt', {}, entry.term), h('dd', {}, entry.definition)]));
}
