/**
 * The outcome scenes and the strip in words, one function each, for the caption beside the canvas
 * (describe.ts joins them). Each reads the same view its scene draws. Numbers of the dead appear here,
 * in the DOM, with the historians' ranges, and never on the canvas.
 */
import { METER_LABELS, type WorldMeter } from '../narrative/world';
import { counts, MOST, type CountrysideView } from './countryside';
import { courseLabel, decisionLabel } from './meters';
import type { PolitburoView, SeatView } from './politburo';
import type { PosterView } from './poster';
import type { TimelineView } from './timeline';
import type { StripView } from './view';

/** A meter's name inside a sentence: lower case, except Stalin's. */
function meterName(meter: WorldMeter): string {
  const label = METER_LABELS[meter];
  return label.startsWith('Stalin') ? label : label.charAt(0).toLowerCase() + label.slice(1);
}

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function names(seats: readonly SeatView[]): string {
  return list(seats.map((seat) => seat.member.charAt(0).toUpperCase() + seat.member.slice(1)));
}

function shadowOf(power: number): string {
  if (power >= 67) return "Stalin's shadow covers most of the wall behind them";
  if (power >= 34) return "Stalin's shadow on the wall reaches over the chairs beside his";
  return "Stalin's shadow on the wall is no taller than the others'";
}

function playerAt(view: PolitburoView): string {
  const { player } = view;
  const stamp = player.stamp ? `Your place on the floor is stamped ${player.stamp.word.toLowerCase()}${player.stamp.date ? ` (${player.stamp.date})` : ''}` : '';
  if (player.state !== 'present' && player.state !== 'survived') return `${stamp}: only your outline is left.`;
  const distance = player.standing >= 67 ? 'close to the table' : player.standing >= 34 ? 'a few steps from the table' : 'far back from the table';
  const reach = player.safety < 60 ? `, and a shadow reaches across the floor from Stalin's place towards you${player.safety < 30 ? ', dark' : ''}` : '';
  const recanted = player.recanted ? ` A grey stamp beside you reads "recanted"${player.recanted.date ? ` (${player.recanted.date})` : ''}.` : '';
  return `${stamp ? `${stamp}. ` : ''}You stand ${distance}${reach}.${recanted}`;
}

/** The Politburo table: who sits, who is a candidate, whose chair is stamped with what and when. */
export function describePolitburo(view: PolitburoView): string {
  const year = view.year === null ? '' : ` in ${view.year}`;
  const seated = view.seats.filter((seat) => seat.standing === 'member');
  const candidates = view.seats.filter((seat) => seat.standing === 'candidate');
  const absent = view.seats.filter((seat) => seat.standing === 'absent');
  const stamped = new Map<string, SeatView[]>();
  for (const seat of view.seats) {
    if (!seat.stamp) continue;
    const key = `${seat.stamp.said}${seat.stamp.spoken ? `, ${seat.stamp.spoken}` : ''}`;
    stamped.set(key, [...(stamped.get(key) ?? []), seat]);
  }
  const parts = [`The stage shows the Politburo's table${year}${view.counterfactual ? ', on a counterfactual course' : ''}.`];
  parts.push(seated.length > 0 ? `At it sit ${names(seated)}.` : 'No full member sits at it.');
  if (candidates.length > 0) parts.push(`${names(candidates)}, in grey, ${candidates.length === 1 ? 'is a candidate' : 'are candidates'} without a vote.`);
  if (absent.length > 0) parts.push(`The dashed chairs of ${names(absent)} are not yet theirs.`);
  if (stamped.size > 0) {
    const stamps = [...stamped].map(([said, seats]) => `${names(seats)} (${said})`);
    parts.push(`The empty chairs are stamped with what became of their members: ${stamps.join('; ')}.`);
  }
  parts.push(`${shadowOf(view.stalinPower)}.`, playerAt(view));
  return parts.join(' ');
}

/** What historians count for the years the countryside shows, said in words and never drawn. */
function toll(view: CountrysideView): string {
  if (view.counterfactual || view.year === null) return '';
  if (view.famine && view.year <= 1922) {
    return ' The famine of 1921–22 killed about 5 million people, the estimate reference works usually give; from August 1921 the American Relief Administration fed about 11 million.';
  }
  if (view.famine && view.year >= 1930 && view.year <= 1933) {
    return ' The famine of 1930–33 killed about 5.7 to 8.7 million people across the USSR by the range reference works give (Stephen Kotkin: 5 to 7 million); estimates for Ukraine run from 2.6 to 5.0 million, and Kazakhstan lost 1.2 to 1.4 million, the highest death rate.';
  }
  if (view.deportation && view.year <= 1931) return ' About 2 million peasants were deported from their villages in 1930–31.';
  if (view.deportation && view.year >= 1937) {
    return " NKVD Order 00447 alone condemned more than 767,000 people in 1937–38, about 387,000 of them to be shot (Jansen and Petrov's count).";
  }
  return '';
}

/** The countryside: fields, village, grain staying and leaving, and the marks of famine and deportation. */
export function describeCountryside(view: CountrysideView): string {
  const n = counts(view);
  const year = view.year === null ? '' : ` in ${view.year}`;
  const fields = {
    strips: "the land lies in the peasant families' own narrow strips",
    mixed: 'some land lies in private strips, some in one collective field',
    collective: 'the land lies in one collective field, ploughed in long straight rows',
  }[view.fields];
  const parts = [`The stage shows the countryside${year}${view.counterfactual ? ', on a counterfactual course' : ''}: ${fields}.`];
  if (view.famine) {
    parts.push(`It is framed in black: famine. The windows of the village are dark, no sheaves stand in the fields, and ${n.wagons} ${n.wagons === 1 ? 'wagon' : 'wagons'} heaped with grain, the state's take, ${n.wagons === 1 ? 'leaves' : 'leave'} by rail under a red arrow.`);
  } else {
    parts.push(
      `${n.lit} of the village's ${MOST.huts} windows are lit, ${n.sheaves === 0 ? 'no sheaves stand' : `${n.sheaves} sheaves stand`} in the fields, and ${n.wagons} ${n.wagons === 1 ? 'wagon' : 'wagons'} of grain, the state's take, ${n.wagons === 1 ? 'leaves' : 'leave'} by rail under a red arrow.`,
    );
  }
  if (view.relief) parts.push('Relief comes the other way: a short train of grain under a steel-blue arrow, rolling towards the village.');
  if (view.blacklist) parts.push("A black board stands at the village's edge: it is on the blacklist.");
  if (n.deported > 0) parts.push(`${n.deported} closed ${n.deported === 1 ? 'wagon carries' : 'wagons carry'} deported people away.`);
  parts.push(`On the horizon stand ${n.chimneys} ${n.chimneys === 1 ? 'factory chimney' : 'factory chimneys'}.`);
  return parts.join(' ') + toll(view);
}

/** The poster: its slogan, the wedge and column, and the player's place; or the 1930 Klucis moment. */
export function describePoster(view: PosterView): string {
  if (view.kind === 'mask') {
    return (
      'The stage shows a poster after Gustav Klutsis\' "Under the Banner of Lenin for Socialist Construction" (1930), redrawn in flat shapes: ' +
      "Lenin's head in red in front, Stalin's in black behind it, and as Lenin's slides aside more of Stalin's face shows. " +
      "The V&A reads the poster as presenting Stalin as Lenin's legitimate successor; the essay sees Lenin's face as a mask with Stalin's emerging from behind it, which is an interpretation. " +
      'Klutsis himself was shot in 1938.'
    );
  }
  const stance =
    view.stance === 'with'
      ? `your figure, in ${view.counterfactual ? 'steel blue' : 'red'}, marches in it`
      : view.stance === 'apart'
        ? 'your figure stands apart from it, ringed, below the wedge'
        : 'you are not in it';
  const colour = view.counterfactual ? 'steel-blue' : 'red';
  return `The stage shows a poster announcing "${view.headline}" (${view.sub})${view.counterfactual ? ', a counterfactual outcome' : ''}. A ${colour} wedge drives into a white circle on black; a column marches up the wedge, and ${stance}.`;
}

/** The meters' latest moves, each with why, and where they stand now. */
export function describeMeters(strip: StripView): string {
  const { moves, fresh, year } = strip.latest;
  const now = strip.meters.map((reading) => `${meterName(reading.meter)} ${reading.value}`);
  const levels = ` The meters now read, out of 100: ${list(now)}.`;
  if (moves.length === 0) return `The meters under the picture have not moved yet.${levels}`;
  const said = moves.map(
    (move) => `${meterName(move.meter)} ${move.direction} from ${move.from} to ${move.to} (${move.counterfactual ? 'counterfactual: ' : ''}${move.reason})`,
  );
  const when = fresh ? 'Under the picture, arrows show what just moved' : `Under the picture, the arrows show the last moves${year === null ? '' : `, in ${year}`}`;
  return `${when}: ${said.join('; ')}.${levels}`;
}

/** The timeline: the player's decisions on it, the first break, and any divergence from history. */
export function describeTimeline(timeline: TimelineView): string {
  if (timeline.year === null) return '';
  const taken = timeline.marks.length;
  const withMajority = timeline.marks.filter((mark) => mark.actual).length;
  const parts = [
    `On the timeline from ${timeline.first} to ${timeline.last}, your course runs to ${timeline.year}` +
      (taken > 0 ? ` with ${taken} ${taken === 1 ? 'decision' : 'decisions'} marked, ${withMajority} as the majority really did and ${taken - withMajority} not.` : '.'),
  ];
  if (timeline.dissent) parts.push(`You first broke with the majority in ${timeline.dissent.year}, on ${decisionLabel(timeline.dissent.decision)}; history went on regardless.`);
  if (timeline.diverged) parts.push(`In ${timeline.diverged.year} your course left history's for a counterfactual one: ${courseLabel(timeline.diverged.course) ?? ''}.`);
  else parts.push("It still runs beside history's.");
  return parts.join(' ');
}
