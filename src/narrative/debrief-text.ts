import type { Debrief } from './debrief';

const SIDE_TEXT = {
  lenin: 'with the position closest to Lenin’s own',
  majority: 'with the majority, as history went',
  both: 'with the majority, which here was also Lenin’s own line',
  other: 'with neither the majority nor Lenin’s own position',
} as const;

/**
 * The debrief as plain text, for "copy as text": a document or a message to a teacher. It carries
 * what the player chose, what followed, what really happened, and the essay's arguments, by id.
 */
export function debriefAsText(debrief: Debrief, runCode: string, reflection = ''): string {
  const out: string[] = [
    "LENIN'S HEIRS: DEBRIEF",
    `Run code: ${runCode}`,
    ...(debrief.ending ? [`Ending: ${debrief.ending.title}`] : []),
    ...(reflection.trim() ? [`What I was trying to achieve: ${reflection.trim()}`] : []),
    `Decisions taken: ${debrief.entries.length}; as history went: ${debrief.matched}.`,
    '',
  ];
  for (const item of debrief.timeline) {
    if (item.kind === 'skipped') {
      out.push(`${item.years} · ${item.title} — not met on your course.`, `  What really happened (${item.history.date}): ${item.history.summary}`, '');
      continue;
    }
    out.push(
      `${item.year ?? ''} · ${item.title} — ${item.actual ? 'as history went' : 'you diverged here'}`,
      `  Your choice: ${item.choiceText}`,
      ...(item.reason ? [`  Your reason: ${item.reason}`] : []),
      `  What followed: ${item.ledTo}`,
      `  What really happened (${item.history.date}): ${item.history.summary}`,
      `  The essay's arguments: ${item.args.map((arg) => `${arg.title} [${arg.id}]`).join('; ')}`,
      ...(item.reading ? [`  You stood ${SIDE_TEXT[item.side]}. The essay reads this moment as ${item.reading.reading}.`] : []),
      `  For discussion: ${item.questionForClass}`,
      '',
    );
  }
  out.push("The essay's verdict:", debrief.verdict.essay, '', debrief.verdict.invitation);
  return out.join('\n');
}
