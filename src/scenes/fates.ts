/**
 * The dates on which the Politburo members' standings really changed (../shared/design/history.md,
 * Part 4 and the Politburo anchor points), so that on the historical course a seat is stamped with
 * the day itself rather than the year of the chapter that reports it. Where history.md gives only a
 * month or a year, so does the stamp.
 */
import type { MemberStanding, PolitburoMember } from '../narrative/world';

/** A change of standing: the standing, its date (YYYY, YYYY-MM or YYYY-MM-DD) and, if the plain word misleads, another. */
export interface HistoricalChange {
  standing: MemberStanding;
  date: string;
  word?: string;
}

export const HISTORICAL_CHANGES: Readonly<Partial<Record<PolitburoMember, readonly HistoricalChange[]>>> = {
  lenin: [{ standing: 'died', date: '1924-01-21' }],
  trotsky: [
    { standing: 'out', date: '1926-10' },
    { standing: 'expelled', date: '1927-11-14' },
    { standing: 'exiled', date: '1928-01-18' },
    { standing: 'deported', date: '1929-01' },
  ],
  zinoviev: [
    { standing: 'out', date: '1926-07' },
    { standing: 'expelled', date: '1927-11-14' },
    // Readmitted to the party in 1928, but never again to the Politburo.
    { standing: 'out', date: '1928', word: 'READMITTED' },
    { standing: 'expelled', date: '1932' },
    { standing: 'prison', date: '1935-01' },
    { standing: 'shot', date: '1936-08-25' },
  ],
  kamenev: [
    { standing: 'out', date: '1926-10' },
    { standing: 'expelled', date: '1927-12' },
    { standing: 'out', date: '1928', word: 'READMITTED' },
    { standing: 'expelled', date: '1932' },
    { standing: 'prison', date: '1935-01' },
    { standing: 'shot', date: '1936-08-25' },
  ],
  bukharin: [
    { standing: 'out', date: '1929-11' },
    { standing: 'prison', date: '1937-02-27' },
    { standing: 'shot', date: '1938-03-15' },
  ],
  rykov: [
    { standing: 'out', date: '1930-12' },
    { standing: 'prison', date: '1937-02-27' },
    { standing: 'shot', date: '1938-03-15' },
  ],
  tomsky: [
    { standing: 'out', date: '1930-07' },
    { standing: 'suicide', date: '1936-08-22' },
  ],
  kirov: [
    { standing: 'murdered', date: '1934-12-01' },
  ],
};

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A date in words, for the caption: 25 August 1936, July 1926 or 1930. */
export function spokenDate(date: string): string {
  const [year = '', month, day] = date.split('-');
  const name = month ? MONTH_NAMES[Number(month) - 1] : undefined;
  if (!name) return year;
  return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
}

/**
 * The real change behind a standing a member took at `year` on the historical course: the latest
 * real change to that standing no later than the year (so Zinoviev's second expulsion is dated 1932).
 */
export function historicalChange(member: PolitburoMember, standing: MemberStanding, year: number): HistoricalChange | null {
  const changes = (HISTORICAL_CHANGES[member] ?? []).filter(
    (change) => change.standing === standing && Number(change.date.slice(0, 4)) <= year,
  );
  return changes[changes.length - 1] ?? null;
}
