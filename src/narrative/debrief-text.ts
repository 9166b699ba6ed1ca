import type { Debrief } from './debrief';

/** Words for a place between continuity (0) and betrayal (1); the same bands as the summary's scale. */
function place(value: number): string {
  if (value < 0.2) return 'continuity';
  if (value < 0.4) return 'mostly continuity';
  if (value <= 0.6) return 'between the two';
  if (value <= 0.8) return 'mostly betrayal';
  return 'betrayal';
}

/**
 * The debrief as plain text, for "copy as text": a document or a message to a teacher. It carries the
 * player's reflection, the run on one screen, each decision in short, and the tasks to do next; never
 * the answers to the essay tasks, and never an internal id.
 */
export function debriefAsText(debrief: Debrief, runCode: string, reflection = '', tasks: { critique: string[]; weigh: string | null; paragraph: string[] } | null = null): string {
  const out: string[] = [
    "LENIN'S HEIRS: DEBRIEF",
    `Run code: ${runCode}`,
    ...(debrief.ending ? [`Ending: ${debrief.ending.title}`] : []),
    `What I was trying to achieve: ${reflection.trim() || '(not written)'}`,
    `Decisions taken: ${debrief.entries.length}; as history went: ${debrief.matched}.`,
    `Turning points: ${debrief.turningPoints.map((entry) => `${entry.history.date.slice(0, 4)} ${entry.card.label}`).join('; ')}.`,
    ...(debrief.scale.you !== null && debrief.scale.essay !== null
      ? [`Continuity or betrayal (the game's reading of decisions after March 1923): me, ${place(debrief.scale.you)}; the essay on what really happened, ${place(debrief.scale.essay)}.`]
      : []),
    `To talk about: ${debrief.question}`,
    '',
  ];
  for (const item of debrief.timeline) {
    if (item.kind === 'skipped') {
      out.push(`${item.history.date.slice(0, 4)} · ${item.title}: not on my course.`, `  What really happened: ${item.card.happened}`, '');
      continue;
    }
    out.push(
      `${item.history.date.slice(0, 4)} · ${item.title}: ${item.actual ? 'as history went' : 'I diverged here'}`,
      `  My choice: ${item.choiceText}`,
      ...(item.reason ? [`  My reason: ${item.reason}`] : []),
      `  What really happened: ${item.card.happened}`,
      `  ${item.card.essay.applied ? "Not in the essay; the game applies its argument" : 'The essay'}: ${item.card.essay.text} (essay line ${item.card.essay.lines[0]})`,
      '',
    );
  }
  if (tasks) {
    out.push('TASKS', 'Test the essay: is each passage wrong, disputed or right?', ...tasks.critique.map((task) => `  - ${task}`));
    if (tasks.weigh) out.push(`Weigh two historians: ${tasks.weigh}`);
    out.push('Write a paragraph: did Stalin betray Lenin’s legacy?', ...tasks.paragraph.map((step) => `  - ${step}`));
  }
  return out.join('\n');
}
