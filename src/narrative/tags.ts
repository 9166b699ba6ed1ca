/**
 * The story's tags are the contract between the writers and the code (see the README's tag table).
 * One pure parser turns `# key: value` into a typed value; anything it does not know is reported,
 * never silently dropped.
 */

export type RecordKind = 'history' | 'disputed' | 'counterfactual';

export const RECORD_KINDS: readonly RecordKind[] = ['history', 'disputed', 'counterfactual'];

export type Tag =
  | { kind: 'chapter'; id: string }
  | { kind: 'year'; year: number }
  | { kind: 'date'; date: string }
  | { kind: 'record'; record: RecordKind }
  | { kind: 'scene'; id: string }
  | { kind: 'choice'; decision: string; option: string }
  /** The stable id of a flavour choice (one with no historical weight): saves and run codes keep it. */
  | { kind: 'id'; id: string }
  | { kind: 'arg'; id: string }
  | { kind: 'actual' }
  | { kind: 'ending'; id: string }
  | { kind: 'sfx'; id: string }
  | { kind: 'music'; id: string }
  | { kind: 'doc'; title: string }
  | { kind: 'unknown'; raw: string; reason: string };

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE = /^(\d{4})-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?$/;

/** The first and last in-story years. */
export const FIRST_YEAR = 1921;
export const LAST_YEAR = 1938;

function unknown(raw: string, reason: string): Tag {
  return { kind: 'unknown', raw, reason };
}

function kebab(raw: string, value: string, make: (id: string) => Tag): Tag {
  return KEBAB.test(value) ? make(value) : unknown(raw, `"${value}" is not a kebab-case id`);
}

/** Parses one raw ink tag (without the leading `#`). */
export function parseTag(raw: string): Tag {
  const text = raw.trim();
  if (text === 'actual') return { kind: 'actual' };
  const colon = text.indexOf(':');
  if (colon < 0) return unknown(text, 'a tag needs the form "key: value"');
  const key = text.slice(0, colon).trim();
  const value = text.slice(colon + 1).trim();
  switch (key) {
    case 'chapter':
      return kebab(text, value, (id) => ({ kind: 'chapter', id }));
    case 'scene':
      return kebab(text, value, (id) => ({ kind: 'scene', id }));
    case 'arg':
      return kebab(text, value, (id) => ({ kind: 'arg', id }));
    case 'ending':
      return kebab(text, value, (id) => ({ kind: 'ending', id }));
    case 'sfx':
      return kebab(text, value, (id) => ({ kind: 'sfx', id }));
    case 'music':
      return kebab(text, value, (id) => ({ kind: 'music', id }));
    case 'doc':
      return value ? { kind: 'doc', title: value } : unknown(text, 'a document needs a title');
    case 'year': {
      const year = Number(value);
      return /^\d{4}$/.test(value) && year >= FIRST_YEAR && year <= LAST_YEAR
        ? { kind: 'year', year }
        : unknown(text, `the year must lie in ${FIRST_YEAR}..${LAST_YEAR}`);
    }
    case 'date': {
      const match = DATE.exec(value);
      const year = match ? Number(match[1]) : NaN;
      return match && year >= FIRST_YEAR && year <= LAST_YEAR
        ? { kind: 'date', date: value }
        : unknown(text, 'a date has the form YYYY-MM or YYYY-MM-DD within the story years');
    }
    case 'record':
      return (RECORD_KINDS as readonly string[]).includes(value)
        ? { kind: 'record', record: value as RecordKind }
        : unknown(text, `record must be one of ${RECORD_KINDS.join(', ')}`);
    case 'choice': {
      const [decision = '', option = '', ...rest] = value.split('.');
      return KEBAB.test(decision) && KEBAB.test(option) && rest.length === 0
        ? { kind: 'choice', decision, option }
        : unknown(text, 'a choice tag has the form "decision.option", both kebab-case');
    }
    case 'id':
      return value.split('.').every((part) => KEBAB.test(part)) && value.includes('.')
        ? { kind: 'id', id: value }
        : unknown(text, 'a flavour choice id has the form "scene.option", kebab-case parts');
    default:
      return unknown(text, `unknown tag key "${key}"`);
  }
}

/** Parses every tag of a line or a choice. */
export function parseTags(raw: readonly string[] | null | undefined): Tag[] {
  return (raw ?? []).map(parseTag);
}
