/**
 * The stage in words, for screen readers and for anyone who cannot see the canvas: the page puts this
 * in the DOM beside the canvas, which is hidden from assistive technology. It reads the same view the
 * stage draws (view.ts): what the last decision did, the scene, the meters' moves with their reasons,
 * and the timeline.
 */
import type { Beat, DecisionTaken } from '../narrative/beat';
import { voiceCount, type HallView, type Vote } from './hall';
import { decisionAt, decisionLabel } from './meters';
import { describeCountryside, describeMeters, describePolitburo, describePoster, describeTimeline } from './describe-scenes';
import { emptySeatCount } from './seats';
import { stageView, type StageView } from './view';

const RESOLUTION = 'The resolution "On Party Unity" is stamped as adopted';

function outcome(vote: Vote, accentName: string): string {
  switch (vote) {
    case 'pending':
      return `The Tenth Congress hall sits in three camps before the vote: the majority in black, the Workers' Opposition in ${accentName} and the Democratic Centralists in grey.`;
    case 'for':
      return `${RESOLUTION}, and the three camps have closed into one uniform bloc.`;
    case 'time-limit':
      return `${RESOLUTION}, but a crack runs through the stamp and the bloc, and an hourglass stands at the back of the hall: you argued the ban must be temporary.`;
    case 'against':
      return `${RESOLUTION} anyway: the camps have closed into one bloc, and your figure stands apart from it, alone before the tribune.`;
    case 'permanent':
      return `${RESOLUTION}, and the hall has locked into a rigid grid, every delegate boxed in: you backed Ryazanov's amendment to make the ban stricter still, which Lenin called going too far.`;
  }
}

function voicesClause(view: HallView): string {
  const count = voiceCount(view.debate);
  if (count === 0) return 'no one speaks';
  const amount = count === 1 ? 'one voice' : count < 4 ? 'a few voices' : count < 9 ? 'several voices' : 'many voices';
  if (view.vote === 'pending') return count === 1 ? 'one voice is raised' : `${amount} fly in every direction`;
  return `${amount} ${count === 1 ? 'points' : 'all point'} the same way, towards the tribune`;
}

function shadowClause(stalinPower: number): string {
  if (stalinPower >= 67) return "the tribune's long shadow reaches deep into the hall";
  if (stalinPower >= 34) return "the tribune's shadow reaches the front rows";
  return 'the tribune casts a short shadow';
}

/** The congress hall in words. */
function describeHall(view: HallView): string {
  const clauses = [voicesClause(view), shadowClause(view.stalinPower)];
  const empty = emptySeatCount(view.repression);
  if (empty > 0) clauses.push(empty === 1 ? 'one seat stands empty' : `${empty} seats stand empty`);
  const last = clauses.pop() ?? '';
  const details = clauses.length > 0 ? `${clauses.join(', ')} and ${last}` : last;
  const accentName = view.counterfactual ? 'steel blue' : 'red';
  return `${outcome(view.vote, accentName)} ${details.charAt(0).toUpperCase()}${details.slice(1)}.`;
}

/** The ban vote told as what the player did and what the congress did; each way of voting reads differently. */
const BAN_CHOICES: Readonly<Record<string, string>> = {
  for: 'At the Tenth Congress you voted for the resolution "On Party Unity", and it was adopted: factions are banned.',
  'time-limit': 'At the Tenth Congress you voted for the resolution "On Party Unity" but argued that the ban must be temporary; it was adopted with no time limit.',
  against: 'At the Tenth Congress you voted against the resolution "On Party Unity"; it was adopted anyway.',
  permanent: 'At the Tenth Congress you backed Ryazanov\'s amendment to make the ban stricter; the resolution "On Party Unity" was adopted without it.',
};

/** What the player's latest decision was, and how it stood to what the majority really did. */
function lastChoice(decisions: readonly DecisionTaken[]): string {
  const last = decisions[decisions.length - 1];
  if (!last) return '';
  const ban = last.decision === 'ban' ? BAN_CHOICES[last.option] : undefined;
  if (ban) return ban;
  const when = last.year === null ? '' : ` (${last.year})`;
  const text = last.text.replace(/[.!?]+$/, '');
  const side = last.actual ? 'as the majority really did' : 'which is not what the majority did';
  return `Your last decision, on ${decisionLabel(last.decision)}${when}: "${text}", ${side}.`;
}

function describeScene(view: StageView): string {
  switch (view.scene) {
    case 'congress':
      return describeHall(view.hall);
    case 'politburo':
      return describePolitburo(view.politburo);
    case 'countryside':
      return describeCountryside(view.countryside);
    case 'poster':
      return describePoster(view.poster);
  }
}

/**
 * A few plain sentences saying what the stage shows for this beat: the latest decision's outcome, the
 * scene, the meters and the timeline. `beats` are all beats shown so far, ending with `beat`; without
 * them the stage is described as if this beat were the first. Never throws: the page calls it on
 * every beat, and the story must go on whatever it meets.
 */
export function describeStage(beat: Beat, decisions: readonly DecisionTaken[], beats: readonly Beat[] = []): string {
  try {
    const history = beats.length > 0 ? beats : [beat];
    // The decision that led straight to this beat, if any; without the beats, the latest one.
    const decision = beats.length > 0 ? decisionAt(decisions, history.length - 2) : (decisions[decisions.length - 1] ?? null);
    const view = stageView({ beat, decision, decisions, beats: history });
    return [lastChoice(decisions), describeScene(view), describeMeters(view.strip), describeTimeline(view.strip.timeline)]
      .filter((part) => part.length > 0)
      .join(' ');
  } catch (error) {
    console.warn('The stage could not be put into words:', error);
    return 'The stage shows this moment of the story; its description could not be written.';
  }
}
