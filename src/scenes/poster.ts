/**
 * What the outcome poster says, as plain data. A `# scene: poster` line announces a key outcome; the
 * poster announces it as the party's own posters did, in slogans, with the player's figure marching in
 * step or standing apart. Klucis' 1930 poster, Lenin's face with Stalin's half hidden behind it, gets
 * its own composition: the essay's argument about propaganda. No Phaser here.
 */
import type { Beat, DecisionTaken } from '../narrative/beat';
import { courseAt, courseLabel } from './meters';

export type PosterKind = 'outcome' | 'mask';

export interface PosterView {
  kind: PosterKind;
  /** In capitals, as the poster prints it. */
  headline: string;
  /** The date or place line under it. */
  sub: string;
  year: number | null;
  counterfactual: boolean;
  /** How the player's last decision stood to what the majority really did; null before any. */
  stance: 'with' | 'apart' | null;
}

interface Slogan {
  headline: string;
  sub: string;
}

/**
 * Slogans for what a decision really led to (keyed by decision) and for the options that open a
 * counterfactual course (keyed by decision.option); chapters with a poster but no decision by chapter id.
 */
const SLOGANS: Readonly<Record<string, Slogan>> = {
  ban: { headline: 'ON PARTY UNITY', sub: 'FACTIONS BANNED · 16.III.1921' },
  gensec: { headline: 'STALIN GENERAL SECRETARY', sub: 'PLENUM OF THE C.C. · 3.IV.1922' },
  georgia: { headline: 'A UNION OF SOVIET REPUBLICS', sub: 'THE U.S.S.R. FOUNDED · 30.XII.1922' },
  testament: { headline: "LENIN'S LETTER KEPT FROM THE CONGRESS", sub: 'READ TO THE DELEGATIONS · V.1924' },
  'testament.read-out': { headline: "LENIN'S LETTER READ TO THE CONGRESS", sub: 'STALIN MOVED FROM THE SECRETARIAT' },
  funeral: { headline: 'LENIN IS DEAD', sub: 'BURIED ON RED SQUARE · 27.I.1924' },
  'funeral.wire-truth': { headline: 'TROTSKY COMES BACK', sub: "FOR LENIN'S FUNERAL · 27.I.1924" },
  'one-country': { headline: 'SOCIALISM IN ONE COUNTRY', sub: '14TH PARTY CONFERENCE · IV.1925' },
  opposition: { headline: 'THE OPPOSITION EXPELLED', sub: '15TH CONGRESS · XII.1927' },
  nep: { headline: 'EXTRAORDINARY MEASURES', sub: 'GRAIN SEIZED · 1928–29' },
  'nep.right-majority': { headline: 'THE NEP BENDS BUT HOLDS', sub: 'THE RIGHT KEEPS ITS MAJORITY' },
  recant: { headline: 'THE OPPOSITIONIST RECANTS', sub: 'BACK FROM EXILE' },
  collectivisation: { headline: 'THE GREAT TURN', sub: 'COLLECTIVISATION · 1929–30' },
  ryutin: { headline: 'THE RYUTIN PLATFORM CRUSHED', sub: 'RYUTIN ARRESTED · 23.IX.1932' },
  famine: { headline: 'THE PLAN IN FOUR YEARS', sub: 'THE FAMINE DENIED · 1933' },
  victors: { headline: 'THE CONGRESS OF VICTORS', sub: '17TH CONGRESS · 1934' },
  'victors.kirov': { headline: "KIROV IN STALIN'S PLACE", sub: '17TH CONGRESS · 1934' },
  'terror.approve-operations': { headline: 'THE OPERATIONS APPROVED', sub: 'NUMBERS FOR EVERY REGION' },
  'terror.hard-line': { headline: 'THE TRIALS APPROVED', sub: 'AS THE HARD-LINERS ASKED' },
  'terror.courts-only': { headline: 'TO THE COURTS, NOT THE TROIKAS', sub: 'NO QUOTAS' },
  'terror.open-courts': { headline: 'OPEN COURTS', sub: 'REAL EVIDENCE, NO DEATH FOR OPINIONS' },
  'terror.refuse': { headline: 'THE OPERATIONS REFUSED', sub: "UNDER THE PROCURATOR'S WATCH" },
  terror: { headline: 'BUKHARIN AND RYKOV ARRESTED', sub: 'PLENUM OF THE C.C. · 27.II.1937' },
  'ending-oppositionist': { headline: 'EXPELLED WITH THE OPPOSITION', sub: 'IN EXILE' },
};

const MASK: Slogan = { headline: 'UNDER THE BANNER OF LENIN FOR SOCIALIST CONSTRUCTION', sub: 'AFTER GUSTAV KLUTSIS, 1930' };

/** A line longer than this is no slogan: the fallback headline takes only a short first sentence. */
const MAX_HEADLINE = 64;

/** True when the beat tells of Klucis' poster (spelt either way). */
export function mentionsKlutsis(beat: Beat): boolean {
  return beat.lines.some((line) => /\bklu(?:t?sis|cis)\b/i.test(line.text));
}

/**
 * The Klucis moment: the beat that tells of the poster, or, on the historical course, the beat right
 * after the collectivisation decision (1929–30), when Klucis made it.
 */
export function isMaskMoment(beat: Beat, decision: DecisionTaken | null): boolean {
  if (mentionsKlutsis(beat)) return true;
  return decision?.decision === 'collectivisation' && courseAt(beat) === 'history' && beat.status.scene !== 'countryside';
}

function firstSentence(beat: Beat): string | null {
  for (const line of beat.lines) {
    if (line.doc) continue;
    const sentence = /^[^.!?]*[.!?]?/.exec(line.text)?.[0]?.trim() ?? '';
    if (sentence.length > 0 && sentence.length <= MAX_HEADLINE) return sentence.replace(/[.!?]$/, '').toUpperCase();
  }
  return null;
}

function sloganFor(beat: Beat, decision: DecisionTaken | null): Slogan {
  const course = courseAt(beat);
  // On the historical course a poster announces what really happened, whatever the player chose; on a
  // counterfactual course, only what that course's own choice led to.
  const bySlogan = decision
    ? course === 'history'
      ? SLOGANS[decision.decision]
      : SLOGANS[`${decision.decision}.${decision.option}`]
    : undefined;
  if (bySlogan) return bySlogan;
  const chapter = beat.status.chapter ? SLOGANS[beat.status.chapter] : undefined;
  if (chapter) return chapter;
  const year = beat.status.year === null ? '' : String(beat.status.year);
  const label = courseLabel(course);
  return { headline: firstSentence(beat) ?? label?.toUpperCase() ?? year, sub: label ? `COUNTERFACTUAL · ${year}` : year };
}

/**
 * The poster at `beat`; `decision` is the decision taken just before it, if any, and `last` the
 * player's latest decision (which the figure on the poster answers to).
 */
export function posterView(beat: Beat, decision: DecisionTaken | null, last: DecisionTaken | null): PosterView {
  const mask = isMaskMoment(beat, decision);
  const slogan = mask ? MASK : sloganFor(beat, decision);
  return {
    kind: mask ? 'mask' : 'outcome',
    headline: slogan.headline,
    sub: slogan.sub,
    year: beat.status.year,
    counterfactual: !mask && courseAt(beat) !== 'history',
    stance: last ? (last.actual ? 'with' : 'apart') : null,
  };
}
