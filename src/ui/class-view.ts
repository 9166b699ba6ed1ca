import type { Decision, Ending } from '../narrative/catalogue';
import { cleanCode, decodeRunCode, quoteCode, type PlaythroughRecord } from '../narrative/record';
import { h } from './dom';

/** More codes than any class; a paste beyond this is cut, and the board says so. */
const MAX_CODES = 2000;
/** How many unreadable codes are listed one by one. */
const MAX_LISTED_PROBLEMS = 20;

/**
 * The teacher's view (the page's #class): paste the class's run codes, see how many took each option
 * at each decision, and which codes could not be read and why. Codes are read without the story (the
 * playthrough record holds the choice ids), so a class's worth takes no time; nothing leaves the device.
 */
export function renderClassView(host: HTMLElement, decisions: ReadonlyMap<string, Decision>, endings: ReadonlyMap<string, Ending>): void {
  const field = h('textarea', { id: 'class-codes', 'data-testid': 'class-codes', spellcheck: 'false', 'aria-describedby': 'class-help' });
  const results = h('div', { 'data-testid': 'class-results', 'aria-live': 'polite' });
  const show = h('button', { type: 'button', class: 'button button--primary' }, 'Show the class’s choices');
  show.addEventListener('click', () => {
    results.replaceChildren(h('p', {}, 'Reading the codes…'));
    void readCodes(field.value).then((read) => results.replaceChildren(...tally(read, decisions, endings)));
  });
  host.replaceChildren(
    h('h2', { id: 'class-heading' }, 'Class view'),
    h('p', { id: 'class-help' }, 'Paste your students’ run codes below, one per line or separated by spaces, then show the results.'),
    h('label', { for: 'class-codes', class: 'visually-hidden' }, 'Run codes'),
    field,
    h('div', { class: 'end-actions' }, show, h('a', { href: '#', class: 'button' }, 'Back to the game')),
    results,
  );
}

interface Read {
  total: number;
  cut: boolean;
  records: PlaythroughRecord[];
  problems: string[];
}

/** Reads every code: current ones at once, `LH1-` ones through the older story, fetched only if needed. */
async function readCodes(input: string): Promise<Read> {
  const all = input.split(/[\s,;]+/).map(cleanCode).filter(Boolean);
  const codes = all.slice(0, MAX_CODES);
  const read: Read = { total: codes.length, cut: all.length > MAX_CODES, records: [], problems: [] };
  const legacy = codes.filter((code) => code.startsWith('LH1-'));
  const readLegacy = legacy.length > 0 ? (await import('../platform/legacy-story').catch(() => null))?.readLegacyCode : undefined;
  for (const code of codes) {
    const decoded = code.startsWith('LH1-')
      ? readLegacy
        ? await readLegacy(code).catch(() => ({ ok: false as const, message: `The older run code “${quoteCode(code)}” could not be read: the connection may have dropped.` }))
        : { ok: false as const, message: `The older run code “${quoteCode(code)}” could not be read: the connection may have dropped.` }
      : decodeRunCode(code);
    if (decoded.ok) read.records.push(decoded.record);
    else read.problems.push(decoded.message);
  }
  return read;
}

function tally(read: Read, decisions: ReadonlyMap<string, Decision>, endings: ReadonlyMap<string, Ending>): HTMLElement[] {
  const counts = new Map<string, Map<string, number>>();
  const reached = new Map<string, number>();
  let unfinished = 0;
  for (const record of read.records) {
    if (record.ending) reached.set(record.ending, (reached.get(record.ending) ?? 0) + 1);
    else unfinished += 1;
    for (const id of record.choices) {
      const [decision = '', option = ''] = id.split('.');
      if (!decisions.has(decision)) continue;
      const options = counts.get(decision) ?? new Map<string, number>();
      options.set(option, (options.get(option) ?? 0) + 1);
      counts.set(decision, options);
    }
  }
  const tables = [...decisions.values()]
    .filter((decision) => counts.has(decision.id))
    .map((decision) => {
      const options = counts.get(decision.id) ?? new Map<string, number>();
      return h(
        'table',
        { 'data-decision': decision.id },
        h('caption', {}, `${decision.years} · ${decision.title}`),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Option'), h('th', { scope: 'col' }, 'Students'))),
        h(
          'tbody',
          {},
          ...[...options.entries()].map(([option, count]) =>
            h('tr', { 'data-option': option }, h('td', {}, decision.options[option] ?? option), h('td', {}, String(count))),
          ),
        ),
      );
    });
  const endingTable = h(
    'table',
    { 'data-endings': 'true' },
    h('caption', {}, 'Endings reached'),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Ending'), h('th', { scope: 'col' }, 'Students'))),
    h('tbody', {}, ...[...reached.entries()].map(([id, count]) => h('tr', { 'data-ending': id }, h('td', {}, endings.get(id)?.title ?? id), h('td', {}, String(count))))),
  );
  const listed = read.problems.slice(0, MAX_LISTED_PROBLEMS);
  const more = read.problems.length - listed.length;
  const summary = [
    `${read.records.length} of ${read.total} run code${read.total === 1 ? '' : 's'} read.`,
    unfinished > 0 ? `${unfinished} of them ${unfinished === 1 ? 'is a run' : 'are runs'} not yet finished.` : '',
    read.cut ? `Only the first ${MAX_CODES} codes were read.` : '',
  ].filter(Boolean);
  const problemList = h('ul', {});
  for (const problem of listed) problemList.append(h('li', {}, problem));
  if (more > 0) problemList.append(h('li', {}, `…and ${more} more that could not be read.`));
  return [
    h('p', {}, summary.join(' ')),
    ...(reached.size > 0 ? [endingTable] : []),
    ...tables,
    ...(read.problems.length > 0 ? [h('h3', {}, 'Codes that could not be read'), problemList] : []),
  ];
}
