/**
 * The stage in words, for screen readers: the page puts this in the DOM beside the canvas, which
 * is hidden from assistive technology. It reads the same view the scene draws.
 */
import type { Beat, DecisionTaken } from '../narrative/beat';
import { hallView, voiceCount, voteAt, type HallView, type Vote } from './hall';
import { emptySeatCount } from './seats';

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

/** One or two plain sentences saying what the stage shows for this beat, given the decisions taken. */
export function describeStage(beat: Beat, decisions: readonly DecisionTaken[]): string {
  const view = hallView(beat, voteAt(beat, decisions));
  const clauses = [voicesClause(view), shadowClause(view.stalinPower)];
  const empty = emptySeatCount(view.repression);
  if (empty > 0) clauses.push(empty === 1 ? 'one seat stands empty' : `${empty} seats stand empty`);
  const last = clauses.pop() ?? '';
  const details = clauses.length > 0 ? `${clauses.join(', ')} and ${last}` : last;
  const accentName = view.counterfactual ? 'steel blue' : 'red';
  return `${outcome(view.vote, accentName)} ${details.charAt(0).toUpperCase()}${details.slice(1)}.`;
}
