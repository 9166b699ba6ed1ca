import './styles/main.css';
import story from '../story/main.ink';
import { EventBus, type GameEvents } from './events';
import { decodeRun } from './narrative/run-code';
import { LazyAudio } from './platform/lazy-audio';
import { BrowserStore } from './platform/storage';
import { byId, h } from './ui/dom';
import { ExploredOptions } from './ui/explored';
import { Game } from './ui/game';
import { Notices } from './ui/notices';
import { TEXT_SCALE, loadSettings, saveSettings } from './ui/settings';
import { StoryView } from './ui/story-view';

const store = new BrowserStore();
const settings = loadSettings(store);
const bus = new EventBus<GameEvents>();
const notices = new Notices(byId('notices'));
const audio = new LazyAudio(settings.muted);
const explored = new ExploredOptions(store);
const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');

const titleScreen = byId('title-screen');
const storyPanel = byId('story');
const stagePanel = byId('stage-panel');
const branchMap = byId('branch-map');
const classView = byId('class-view');
const restartDialog = byId<HTMLDialogElement>('restart-dialog');

if (!store.available) {
  notices.show('This browser does not let the game save (storage is switched off), so your progress lasts only until this tab closes.');
}

const view = new StoryView(
  byId('story-text'),
  byId('choices'),
  (index) => game.choose(index),
  (turn, reason) => game.setReason(turn, reason),
);
const game = new Game({
  story,
  store,
  bus,
  view,
  notices,
  explored,
  elements: { debrief: byId('debrief'), year: byId('year-value'), badge: byId('record-label') },
  openMap: () => {
    void import('./ui/later-views').then(({ showBranchMap }) => {
      showBranchMap(branchMap, explored, () => {
        branchMap.hidden = true;
      });
      branchMap.hidden = false;
      branchMap.scrollIntoView({ block: 'start' });
      branchMap.querySelector('h2')?.setAttribute('tabindex', '-1');
      branchMap.querySelector('h2')?.focus();
    });
  },
  askRestart: () => restartDialog.showModal(),
});

/** Leaves the title screen for the story, and starts the stage once the first text is on screen. */
function enterStory(start: () => void): void {
  titleScreen.hidden = true;
  storyPanel.hidden = false;
  stagePanel.hidden = false;
  start();
  performance.mark('first-story-text');
  // Offline play (a service worker) only once the first text is on screen, so it never slows it.
  import('./platform/offline').then(({ registerOffline }) => registerOffline(), (error: unknown) => console.warn('Offline play is unavailable:', error));
  byId('choices').focus({ preventScroll: true });
  scrollTo({ top: 0 });
  scheduleStage();
}

let stageRequested = false;

/** Phaser is large: it loads on its own chunk after the story is readable, and its failure costs nothing. */
function scheduleStage(): void {
  if (stageRequested) return;
  stageRequested = true;
  const start = () => {
    import('./scenes/stage')
      .then(({ startStage }) => startStage(byId('stage'), bus, { reducedMotion: reducedMotion.matches }))
      .catch((error: unknown) => {
        console.warn('The stage could not start:', error);
        byId('stage').replaceChildren(
          h('p', { class: 'stage__fallback' }, 'The illustrated stage could not start on this computer. The story and the debrief work without it.'),
        );
      });
  };
  if ('requestIdleCallback' in window) requestIdleCallback(start, { timeout: 800 });
  else setTimeout(start, 200);
}

bus.on('beat', ({ beat, decisions, beats }) => {
  // The stage's words come with the stage's code, after the first text; beats resolve in order.
  import('./scenes/describe')
    .then(({ describeStage }) => {
      byId('stage-caption').textContent = describeStage(beat, decisions, beats);
    })
    .catch((error: unknown) => console.warn('The stage caption could not load:', error));
  for (const cue of beat.cues) audio.play(cue);
});

// The printed dossier carries the answers to the essay task, which sit in closed <details> on screen.
addEventListener('beforeprint', () => {
  for (const details of document.querySelectorAll('#debrief details')) (details as HTMLDetailsElement).open = true;
});

reducedMotion.addEventListener('change', () => bus.emit('motion', { reduced: reducedMotion.matches }));

// Sound can only start after a gesture; the first one unlocks it.
for (const type of ['pointerdown', 'keydown'] as const) {
  document.addEventListener(type, () => audio.unlock(), { once: true, capture: true });
}

function setupToolbar(): void {
  const mute = byId('mute-button');
  const showMute = () => {
    mute.setAttribute('aria-pressed', String(settings.muted));
    mute.textContent = settings.muted ? 'Sound off' : 'Sound on';
  };
  showMute();
  mute.addEventListener('click', () => {
    settings.muted = !settings.muted;
    audio.setMuted(settings.muted);
    saveSettings(store, settings);
    showMute();
  });

  const applyScale = () => {
    document.documentElement.style.setProperty('--text-scale', String(settings.textScale));
    // The stage scales to its box on window resizes; a new text size changes the box without one.
    dispatchEvent(new Event('resize'));
  };
  applyScale();
  const scaleBy = (delta: number) => {
    const next = Math.round((settings.textScale + delta) * 100) / 100;
    settings.textScale = Math.min(TEXT_SCALE.max, Math.max(TEXT_SCALE.min, next));
    applyScale();
    saveSettings(store, settings);
  };
  byId('text-smaller').addEventListener('click', () => scaleBy(-TEXT_SCALE.step));
  byId('text-larger').addEventListener('click', () => scaleBy(TEXT_SCALE.step));

  byId('restart-button').addEventListener('click', () => restartDialog.showModal());
  restartDialog.addEventListener('close', () => {
    if (restartDialog.returnValue !== 'confirm') return;
    branchMap.hidden = true;
    enterStory(() => game.restart());
  });

  const glossary = byId<HTMLDialogElement>('glossary-dialog');
  byId('glossary-button').addEventListener('click', () => {
    void import('./ui/later-views').then(({ showGlossary }) => {
      showGlossary(byId('glossary-list'));
      glossary.showModal();
      // Start at the top of the list, not at the Close button that showModal would focus.
      byId('glossary-heading').focus();
      byId('glossary-list').scrollTop = 0;
    });
  });
}

function setupTitle(): void {
  const saved = game.savedGame();
  if (saved === 'unreadable') game.setAsideUnreadableSave();
  const continueButton = byId('continue-button');
  continueButton.hidden = saved !== 'ok';
  continueButton.addEventListener('click', () => enterStory(() => game.continueSaved()));
  byId('begin-button').addEventListener('click', () => enterStory(() => game.begin()));
  // Begin has `autofocus` in the page; a returning player is offered Continue first.
  if (saved === 'ok') continueButton.focus();
}

/** `#run=CODE` (the debrief's QR code) opens that playthrough and its debrief. */
function openRun(code: string): void {
  const run = decodeRun(story, decodeURIComponent(code));
  if (!run.ok) {
    notices.show(run.message);
    return;
  }
  enterStory(() => game.adopt(run.engine));
}

/** `#class` opens the teacher's view instead of the game. */
function route(): void {
  if (location.hash.startsWith('#run=')) {
    openRun(location.hash.slice('#run='.length));
    return;
  }
  const teacher = location.hash === '#class';
  classView.hidden = !teacher;
  document.body.classList.toggle('is-class-view', teacher);
  if (teacher) {
    titleScreen.hidden = true;
    storyPanel.hidden = true;
    stagePanel.hidden = true;
    void import('./ui/later-views').then(({ showClassView }) => {
      showClassView(classView, story);
      classView.querySelector('textarea')?.focus();
    });
  } else if (storyPanel.hidden) {
    titleScreen.hidden = false;
  }
}

setupToolbar();
setupTitle();
route();
addEventListener('hashchange', route);
performance.mark('begin-ready');
void import('./fonts');
