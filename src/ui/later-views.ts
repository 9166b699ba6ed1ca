/**
 * The views no one needs before the first story text: the debrief, the branch map, the class view and
 * the glossary. They and the story's data (arguments, decisions, glossary) load on their own chunk.
 */
import { catalogue } from '../narrative/catalogue';
import { buildDebrief, type Playthrough } from '../narrative/debrief';
import { renderBranchMap } from './branch-map';
import { renderClassView } from './class-view';
import { renderDebrief, type DebriefActions } from './debrief-view';
import { h } from './dom';
import type { ExploredOptions } from './explored';

export function showDebrief(host: HTMLElement, play: Playthrough, runCode: string, actions: DebriefActions): void {
  const link = `${location.origin}${location.pathname}#run=${runCode}`;
  renderDebrief(host, buildDebrief(play, catalogue), runCode, link, actions);
}

export function showBranchMap(host: HTMLElement, explored: ExploredOptions, onClose: () => void): void {
  renderBranchMap(host, catalogue.decisions, catalogue.endings, explored, onClose);
}

export function showClassView(host: HTMLElement): void {
  renderClassView(host, catalogue.decisions, catalogue.endings);
}

export function showGlossary(list: HTMLElement): void {
  list.replaceChildren(...catalogue.glossary.flatMap((entry) => [h('dt', {}, entry.term), h('dd', {}, entry.definition)]));
}
