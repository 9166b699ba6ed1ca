/**
 * "What the meters show": the page that says what each meter on the stage models, its scale, what it
 * leaves out, and that its numbers are a model and not a measurement, so that no judgement built into
 * the game is hidden from the student. Opened by a button in the stage panel.
 */
import { METER_LABELS, type WorldMeter } from '../narrative/world';
import { byId, h } from './dom';

interface MeterHelp {
  models: string;
  scale: string;
  leavesOut: string;
}

const METERS: Readonly<Record<WorldMeter, MeterHelp>> = {
  stalin_power: {
    models: "Stalin's control of appointments, the party apparatus and the agenda: the Secretariat and the lists of who is given which post.",
    scale: '0: one leader among several. 100: no one in the leadership can oppose him.',
    leavesOut: 'How popular he was in the party or the country; the part his allies and the regional secretaries played; that his power grew by other people’s choices as well as his own.',
  },
  debate: {
    models: 'How freely party members can argue and organise inside the party: platforms, votes whose outcome is not settled beforehand, criticism in the party press.',
    scale: '0: any dissent is treated as a crime. 100: open factions and published platforms.',
    leavesOut: 'Debate outside the party: the other socialist parties had already been pushed out of political life by 1921. What people said in private, and what they did not dare to say.',
  },
  repression: {
    models: 'The weight of arrests, exile, camps and shootings by the political police (the Cheka, the GPU and OGPU, the NKVD), across the whole country and not only in the party.',
    scale: '0: no political arrests. 100: 1937–38, when NKVD figures count about 1.5 million people detained and about 680,000 shot.',
    leavesOut: 'Who was targeted, which kept changing: priests, peasants labelled "kulaks", "bourgeois specialists", national minorities, party members. The growth of the camps. Deaths from famine, which the game shows under the peasants’ lot instead.',
  },
  peasants: {
    models: 'The lot of the peasants, about four in five of the population: food, the freedom to sell what they grow, safety from requisitioning and deportation.',
    scale: '0: famine. 100: a village that eats well and trades freely. At 10 or below the stage shows famine.',
    leavesOut: 'The differences between regions (Ukraine, the Kuban and Kazakhstan suffered worst in 1932–33) and between richer and poorer households; the nomads; hunger in the towns.',
  },
  industry: {
    models: 'Heavy industry built: plants, mines, power stations, machines.',
    scale: '0: the ruined industry of 1921. 100: the industrial power the plans aimed at.',
    leavesOut: 'What it cost and who paid: consumer goods, wages and housing, forced labour, and figures that were falsified or declared fulfilled when they were not.',
  },
  standing: {
    models: 'Your character’s standing in the leadership: how much the others listen to you.',
    scale: '0: no one listens. 100: your word can swing a vote. It moves in steps of 5.',
    leavesOut: 'Patronage, friendships and old loyalties, which mattered as much as votes.',
  },
  safety: {
    models: 'Your character’s chance of coming through: how exposed your record has made you.',
    scale: '0: arrest is only a matter of time. 100: nothing in your record can be used against you. It moves in steps of 5.',
    leavesOut: 'Chance. The game also draws a "fortune" for each playthrough, because in 1937–38 a loyal record was no protection.',
  },
};

const ORDER: readonly WorldMeter[] = ['stalin_power', 'debate', 'repression', 'peasants', 'industry', 'standing', 'safety'];

/** The page's content: built when first opened, as it is not needed for the first story text. */
function content(): Node[] {
  const entries = ORDER.flatMap((meter) => {
    const help = METERS[meter];
    return [
      h('dt', {}, METER_LABELS[meter]),
      h(
        'dd',
        {},
        h('p', {}, h('strong', {}, 'What it models: '), help.models),
        h('p', {}, h('strong', {}, 'Its scale: '), help.scale),
        h('p', {}, h('strong', {}, 'What it leaves out: '), help.leavesOut),
      ),
    ];
  });
  return [
    h('h2', { id: 'meters-help-heading' }, 'What the meters show'),
    h(
      'p',
      {},
      h('strong', {}, 'The numbers are a model, not a measurement. '),
      'Nobody measured "debate" at 15 in 1927. Each meter runs from 0 to 100, and its value for each year was set by the game’s writers from the historical record, as a judgement of which way things went and roughly how far. Use the meters to compare years and paths, not as data.',
    ),
    h(
      'p',
      {},
      'On the historical course your choices move only your own standing and safety, because one member’s vote did not change the country: the country’s meters follow the years as history went. On a counterfactual course, drawn in steel blue, the writers set the country’s meters as that course might have gone, and every move there is labelled "counterfactual".',
    ),
    h(
      'p',
      {},
      'Under the meters, each move has a line naming why it moved: the decree, the trial, the policy. The arrows point the way each meter went, and a thin mark on its bar shows where it stood before.',
    ),
    h('dl', { class: 'meters-help__list' }, ...entries),
    h('h3', {}, 'What no meter holds'),
    h(
      'p',
      {},
      'The world outside the Soviet Union; culture, religion and the arts; the lives of women and of the non-Russian nations, except where the story names them. And no meter can hold a person: the dead of the famines and of the Terror are counted in the story’s text, with the historians’ ranges and their names, not in a bar.',
    ),
    h('h3', {}, 'The timeline and the table'),
    h(
      'p',
      {},
      'On the timeline, the ink line is history’s course from 1921 to 1938 and the red line above it is yours. A filled square marks a decision where you did what the majority really did; an open square, one where you did not. A short stub marks the first time you broke with the majority while history went on regardless. Where your choices open a counterfactual course, your line bends away from history’s in steel blue.',
    ),
    h(
      'p',
      {},
      'At the Politburo table each chair carries its member’s name. A grey figure is a candidate member, with no vote; a dashed chair is not yet his. When a member leaves the table his chair is stamped with how and when: removed, expelled, exiled, imprisoned, shot. Stalin’s shadow on the wall grows with his power; the shadow across the floor reaches for you as your safety falls.',
    ),
    h('form', { method: 'dialog', class: 'dialog__actions' }, h('button', { class: 'button', type: 'submit' }, 'Close')),
  ];
}

/**
 * Wires the stage panel's "What the meters show" button to its dialog and shows the button; returns a
 * function that undoes it. Does nothing if the page has no such button.
 */
export function mountMetersHelp(): () => void {
  const button = document.getElementById('meters-help-button');
  if (!button) return () => {};
  const dialog = byId<HTMLDialogElement>('meters-help');
  const open = (): void => {
    if (dialog.childElementCount === 0) dialog.append(...content());
    dialog.showModal();
  };
  button.addEventListener('click', open);
  button.hidden = false;
  return () => {
    button.removeEventListener('click', open);
    button.hidden = true;
  };
}
