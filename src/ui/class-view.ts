import '../styles/board.css';
import { boardAsCsv, buildBoard, readClassInput, type Board, type BoardStory, type ClassRun, type DecisionTally } from '../narrative/class-board';
import { cleanCode, decodeRunCode, quoteCode, type DecodedCode } from '../narrative/record';
import { renderStoryMap } from './branch-map';
import { h } from './dom';

/** More codes than any class; a paste beyond this is cut, and the board says so. */
const MAX_CODES = 2000;
/** How many unreadable codes are listed one by one. */
const MAX_LISTED_PROBLEMS = 20;

const percent = (share: number) => `${Math.round(share * 100)}%`;

/**
 * The class board (the page's #class): the teacher pastes the class's run codes (or loads a form's CSV
 * export), and sees, decision by decision, how the class chose beside what really happened, the most
 * divided first; the endings; where the class left history. It projects one decision per screen,
 * prints, and exports CSV. Codes are read without the story, and nothing leaves the device.
 */
export function renderClassView(host: HTMLElement, story: BoardStory): void {
  const field = h('textarea', { id: 'class-codes', 'data-testid': 'class-codes', spellcheck: 'false', 'aria-describedby': 'class-help', rows: '6' });
  const file = h('input', { type: 'file', id: 'class-file', accept: '.csv,.txt,text/csv,text/plain', class: 'visually-hidden' });
  const fileLabel = h('label', { for: 'class-file', class: 'button' }, 'Load a CSV file…');
  const results = h('div', { class: 'board', 'data-testid': 'class-results', 'aria-live': 'polite' });
  const show = h('button', { type: 'button', class: 'button button--primary' }, 'Show the class’s choices');
  const read = () => {
    results.replaceChildren(h('p', {}, 'Reading the codes…'));
    void readRuns(field.value).then((outcome) => results.replaceChildren(...renderBoard(outcome, story)));
  };
  show.addEventListener('click', read);
  file.addEventListener('change', () => {
    const chosen = file.files?.[0];
    if (!chosen) return;
    void chosen.text().then((text) => {
      field.value = text;
      read();
    });
  });
  host.replaceChildren(
    h('h2', { id: 'class-heading' }, 'Class board'),
    h(
      'p',
      { id: 'class-help' },
      'Paste your students’ run codes (from the end of each debrief), one per line; a name may stand before or after each code. ',
      'A form’s CSV export works too. Nothing is sent anywhere: the board is worked out on this device.',
    ),
    h('label', { for: 'class-codes', class: 'visually-hidden' }, 'Run codes'),
    field,
    // The file field is hidden behind its label, which shows the keyboard focus in its place (board.css).
    h('div', { class: 'end-actions no-print' }, show, file, fileLabel, h('a', { href: '#', class: 'button' }, 'Back to the game')),
    results,
  );
}

interface Outcome {
  runs: ClassRun[];
  total: number;
  cut: boolean;
  problems: string[];
}

/** Reads every code: current ones at once, `LH1-` ones through the older story, fetched only if needed. */
async function readRuns(input: string): Promise<Outcome> {
  const all = readClassInput(input);
  const lines = all.slice(0, MAX_CODES);
  const outcome: Outcome = { runs: [], total: lines.length, cut: all.length > MAX_CODES, problems: [] };
  const legacy = lines.some(({ code }) => cleanCode(code).startsWith('LH1-'));
  const readLegacy = legacy ? (await import('../platform/legacy-story').catch(() => null))?.readLegacyCode : undefined;
  for (const { code, name } of lines) {
    let decoded: DecodedCode;
    if (!cleanCode(code).startsWith('LH1-')) decoded = decodeRunCode(code);
    else if (readLegacy) decoded = await readLegacy(code).catch(() => ({ ok: false as const, message: legacyFailed(code) }));
    else decoded = { ok: false, message: legacyFailed(code) };
    if (decoded.ok) outcome.runs.push({ name, record: decoded.record });
    else outcome.problems.push(name ? `${name}: ${decoded.message}` : decoded.message);
  }
  return outcome;
}

function legacyFailed(code: string): string {
  return `The older run code “${quoteCode(code)}” could not be read: the connection may have dropped.`;
}

function renderBoard(outcome: Outcome, story: BoardStory): HTMLElement[] {
  if (outcome.total === 0) return [h('p', {}, 'No run codes found: they begin with LH2- (or LH1-).')];
  const board = buildBoard(outcome.runs, story);
  const unfinished = board.runs - board.finished;
  const summary = [
    `${board.runs} of ${outcome.total} run code${outcome.total === 1 ? '' : 's'} read.`,
    unfinished > 0 ? `${unfinished} of them ${unfinished === 1 ? 'is a run' : 'are runs'} not yet finished.` : '',
    outcome.cut ? `Only the first ${MAX_CODES} codes were read.` : '',
  ].filter(Boolean);
  const projector = h('button', { type: 'button', class: 'button button--primary', 'data-testid': 'projector' }, 'Show on the projector');
  projector.addEventListener('click', () => openProjector(board));
  const csv = h('button', { type: 'button', class: 'button' }, 'Export CSV');
  csv.addEventListener('click', () => download('class-board.csv', boardAsCsv(board)));
  const print = h('button', { type: 'button', class: 'button' }, 'Print');
  print.addEventListener('click', () => window.print());
  const listed = outcome.problems.slice(0, MAX_LISTED_PROBLEMS);
  const problems = h('ul', {});
  for (const problem of listed) problems.append(h('li', {}, problem));
  if (outcome.problems.length > listed.length) problems.append(h('li', {}, `…and ${outcome.problems.length - listed.length} more that could not be read.`));
  return [
    h('p', { class: 'board__summary' }, summary.join(' ')),
    ...(board.runs > 0 ? [h('div', { class: 'end-actions no-print' }, projector, csv, print)] : []),
    ...(board.finished > 0
      ? [chart('Endings', `Of the ${board.finished} finished runs`, board.endings.map((ending) => ({ label: ending.title, count: ending.count, share: ending.share })))]
      : []),
    ...(board.runs > 0
      ? [
          chart(
            'Where the class left history',
            'The first decision at which each student chose otherwise than history did',
            board.leftHistory.map((entry) => ({ label: entry.title, count: entry.count, share: entry.share })),
          ),
          h('h3', { class: 'board__heading' }, 'Decision by decision, the most divided first'),
          ...board.decisions.map((tally) => renderDecision(tally, board.runs)),
          // Closed until asked for: the map is long, and a closed section costs the page no layout.
          h(
            'details',
            { class: 'board__map' },
            h('summary', { class: 'board__heading' }, 'The class on the branch map'),
            h('p', { class: 'board__caption' }, 'The share of the class that took each option, on the map of every course the story can take.'),
            renderStoryMap(story.map, {
              option: (id) => share(board.byChoice.get(id) ?? 0, board.runs),
              ending: (id) => share(board.endings.find((ending) => ending.id === id)?.count ?? 0, board.runs),
            }, 'h4'),
          ),
        ]
      : []),
    ...(outcome.problems.length > 0 ? [h('h3', {}, 'Codes that could not be read'), problems] : []),
  ];
}

function share(count: number, of: number): { filled: boolean; note: string } {
  return { filled: count > 0, note: `${count} · ${percent(of ? count / of : 0)}` };
}

function chart(title: string, caption: string, rows: { label: string; count: number; share: number }[]): HTMLElement {
  return h(
    'section',
    { class: 'board__chart' },
    h('h3', {}, title),
    h('p', { class: 'board__caption' }, caption),
    h('ul', { class: 'bars' }, ...rows.map((row) => barRow(row.label, row.count, row.share, false))),
  );
}

function barRow(label: string, count: number, share: number, actual: boolean, attributes: Record<string, string> = {}): HTMLElement {
  const fill = h('span', { class: 'bar__fill' });
  // CSSOM, not a style attribute: the Content-Security-Policy allows no inline styles.
  fill.style.width = percent(share);
  return h(
    'li',
    { class: actual ? 'bar bar--actual' : 'bar', ...attributes },
    h('span', { class: 'bar__label' }, label, actual ? h('strong', { class: 'bar__history' }, ' ★ what history did') : null),
    h('span', { class: 'bar__track', 'aria-hidden': 'true' }, fill),
    h('span', { class: 'bar__count' }, `${count} · ${percent(share)}`),
  );
}

function renderDecision(tally: DecisionTally, runs: number): HTMLElement {
  const { decision } = tally;
  const courses = tally.byCourse.map((course) => `${course.count} on ${course.title}`).join(', ');
  return h(
    'section',
    { class: 'board__decision', 'data-testid': 'class-decision', 'data-decision': decision.id },
    h('h4', {}, `${decision.years} · ${decision.title}`),
    h('p', { class: 'board__caption' }, `Reached by ${tally.reached} of ${runs} (${courses}).`),
    h(
      'ul',
      { class: 'bars' },
      ...tally.options.map((option) => {
        const row = barRow(option.label, option.count, option.share, option.actual, {
          'data-testid': 'class-option',
          'data-option': option.option,
          'data-count': String(option.count),
          ...(option.actual ? { 'data-actual': 'true' } : {}),
        });
        if (option.reasons.length > 0) {
          row.append(
            h(
              'ul',
              { class: 'bar__reasons' },
              ...option.reasons.map((reason) => h('li', {}, reason.name ? `${reason.name}: “${reason.text}”` : `“${reason.text}”`)),
            ),
          );
        }
        return row;
      }),
    ),
    h('p', { class: 'board__question' }, h('strong', {}, 'To talk about: '), decision.questionForClass),
  );
}

/** One decision per screen in large type, for the back of the room; arrow keys move, Escape leaves. */
function openProjector(board: Board): void {
  const screen = h('section', { class: 'projector', role: 'dialog', 'aria-modal': 'true', 'aria-label': 'Class board on the projector', tabindex: '-1' });
  let at = 0;
  const previous = document.activeElement as HTMLElement | null;
  const close = () => {
    screen.remove();
    document.removeEventListener('keydown', onKey);
    previous?.focus();
  };
  const draw = () => {
    const tally = board.decisions[at];
    if (!tally) return;
    const back = h('button', { type: 'button', class: 'button' }, '← Previous');
    const next = h('button', { type: 'button', class: 'button' }, 'Next →');
    const leave = h('button', { type: 'button', class: 'button' }, 'Close (Esc)');
    back.disabled = at === 0;
    next.disabled = at === board.decisions.length - 1;
    back.addEventListener('click', () => move(-1));
    next.addEventListener('click', () => move(1));
    leave.addEventListener('click', close);
    screen.replaceChildren(
      h('p', { class: 'projector__count' }, `Decision ${at + 1} of ${board.decisions.length}`),
      renderDecision(tally, board.runs),
      h('div', { class: 'end-actions' }, back, next, leave),
    );
    screen.focus();
  };
  const move = (by: number) => {
    at = Math.min(board.decisions.length - 1, Math.max(0, at + by));
    draw();
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'ArrowRight' || event.key === 'ArrowDown' || event.key === 'PageDown') move(1);
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp' || event.key === 'PageUp') move(-1);
    else if (event.key === 'Escape') close();
    else return;
    event.preventDefault();
  };
  document.addEventListener('keydown', onKey);
  document.body.append(screen);
  draw();
}

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = h('a', { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
