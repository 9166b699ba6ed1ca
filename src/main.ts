import './styles/main.css';
import loadStory from '../story/main.ink?load';
import { Lifecycle, parseHash, type View } from './app/lifecycle';
import { SaveSlot } from './app/save-slot';
import { STORAGE_KEYS, STORAGE_PREFIX } from './config';
import { EventBus, type GameEvents } from './events';
import type { CompiledStory } from './narrative/engine';
import type { Route } from './narrative/engine';
import { decodeRunCode } from './narrative/record';
import { LazyPart } from './ui/lazy-part';
import { LazyAudio } from './platform/lazy-audio';
import { whenIdle } from './platform/schedule';
import { BrowserStore, STORAGE_OFF } from './platform/storage';
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
const lifecycle = new Lifecycle();
const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');
const laterViews = new LazyPart(() => import('./ui/later-views'));
const teacherPage = new LazyPart(() => import('./ui/teacher-view'));

const titleScreen = byId('title-screen');
const titleStatus = byId('title-status');
const branchMap = byId('branch-map');
const classView = byId('class-view');
const readingRoom = byId('reading-room');
const teacherView = byId('teacher-view');
const choicesElement = byId('choices');
const restartDialog = byId<HTMLDialogElement>('restart-dialog');

if (!store.available) notices.show(STORAGE_OFF);

/** Each view and the elements it shows; the lifecycle decides which one is on screen. */
const VIEWS: Readonly<Record<View, readonly HTMLElement[]>> = {
  title: [titleScreen],
  story: [byId('story'), byId('stage-panel'), byId('debrief')],
  class: [classView],
  teacher: [teacherView],
  essay: [readingRoom],
};

/** Where the story view was scrolled when an aside covered it: Back returns the reader to the same place. */
let storyScroll: number | null = null;

lifecycle.subscribe((phase, view) => {
  // The title is no aside: a game begun or continued from it opens where it opens.
  if (view !== 'story' && !byId('story').hidden) storyScroll = view === 'title' ? null : scrollY;
  const shown = new Set(VIEWS[view]);
  for (const elements of Object.values(VIEWS)) for (const element of elements) if (!shown.has(element)) element.hidden = true;
  // The debrief shows with the story once the game has drawn one (has-debrief, the game's to set).
  for (const element of shown) element.hidden = element === byId('debrief') && !document.body.classList.contains('has-debrief');
  if (view !== 'story') branchMap.hidden = true;
  document.body.classList.toggle('is-class-view', view === 'class');
  document.body.classList.toggle('is-reading', view === 'essay');
  document.body.dataset.phase = phase;
  if (view === 'story' && storyScroll !== null) {
    scrollTo({ top: storyScroll });
    storyScroll = null;
  }
  const loading = phase === 'loading';
  for (const button of titleScreen.querySelectorAll<HTMLButtonElement>('[data-start]')) button.setAttribute('aria-busy', String(loading));
});

/** Asks the player a yes-or-no question in a modal dialog. */
function confirm(question: { title: string; body: string; yes: string; no: string }): Promise<boolean> {
  const dialog = byId<HTMLDialogElement>('confirm-dialog');
  byId('confirm-heading').textContent = question.title;
  byId('confirm-body').textContent = question.body;
  byId('confirm-yes').textContent = question.yes;
  byId('confirm-no').textContent = question.no;
  dialog.returnValue = '';
  dialog.showModal();
  return new Promise((resolve) => dialog.addEventListener('close', () => resolve(dialog.returnValue === 'confirm'), { once: true }));
}

const view = new StoryView(
  byId('story-text'),
  choicesElement,
  (index, by) => session?.game.choose(index, by),
  (turn, reason) => session?.game.setReason(turn, reason),
);

function openMap(): void {
  void laterViews.mount(branchMap, ({ showBranchMap }) => {
    showBranchMap(branchMap, explored, () => {
      branchMap.hidden = true;
    });
    branchMap.querySelector('h2')?.setAttribute('tabindex', '-1');
    branchMap.querySelector('h2')?.focus();
  });
  branchMap.hidden = false;
  branchMap.scrollIntoView({ block: 'start' });
}

/** What exists once the story has loaded. */
interface Session {
  story: CompiledStory;
  slot: SaveSlot;
  game: Game;
}

let session: Session | null = null;

function startSession(story: CompiledStory): Session {
  const slot = new SaveSlot(store, story.id);
  const game = new Game({
    story,
    slot,
    lifecycle,
    bus,
    view,
    notices,
    explored,
    laterViews,
    elements: { debrief: byId('debrief'), year: byId('year-value'), badge: byId('record-label') },
    openMap,
    askRestart: () => restartDialog.showModal(),
    teacherMode: () => settings.teacherMode,
    confirm,
  });
  return { story, slot, game };
}

/**
 * Offline play (a service worker that keeps every file of the game) once something is on screen, so it
 * never slows the first text: the story's, or the class board's, the teacher's page's, the essay's.
 */
function goOffline(): void {
  import('./platform/offline').then(({ registerOffline }) => registerOffline(), (error: unknown) => console.warn('Offline play is unavailable:', error));
}

/**
 * Enters the story view with a playthrough, and starts the stage and the late parts once its text shows.
 * The view opens at the story's top, or (`at: 'current'`, a game continued) at the beat now open, where
 * the player left it.
 */
function enterStory(start: () => void, at: 'top' | 'current' = 'top'): void {
  start();
  performance.mark('first-story-text');
  goOffline();
  choicesElement.focus({ preventScroll: true });
  if (at === 'current') view.revealCurrent();
  else scrollTo({ top: 0 });
  afterFirstText();
}

let lateStarted = false;

/** Phaser is large: it loads on its own chunk after the story is readable, and its failure costs nothing. */
function afterFirstText(): void {
  if (lateStarted) return;
  lateStarted = true;
  const start = () => {
    import('./scenes/stage')
      .then(({ startStage }) => startStage(byId('stage'), bus, { reducedMotion: reducedMotion.matches }))
      .catch((error: unknown) => {
        console.warn('The stage could not start:', error);
        byId('stage').replaceChildren(
          h('p', { class: 'stage__fallback' }, 'The illustrated stage could not load. The story and the debrief work without it.'),
        );
      });
    // The debrief, the map and the glossary are fetched now, so that they are there at the ending even if
    // the connection drops in between.
    laterViews.prefetch();
  };
  whenIdle(start, 800);
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

reducedMotion.addEventListener('change', () => bus.emit('motion', { reduced: reducedMotion.matches }));

// Sound can only start after a gesture; the first one unlocks it.
for (const type of ['pointerdown', 'keydown'] as const) {
  document.addEventListener(type, () => audio.unlock(), { once: true, capture: true });
}

function setupToolbar(): void {
  const mute = byId('mute-button');
  const showMute = () => {
    // A toggle keeps one name ("Mute"); aria-pressed and the pressed style say the state.
    mute.setAttribute('aria-pressed', String(settings.muted));
    mute.title = settings.muted ? 'Sound is off: press to turn it on' : 'Sound is on: press to turn it off';
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

  byId('restart-button').addEventListener('click', () => {
    if (lifecycle.view === 'story') restartDialog.showModal();
    else void startGame(session?.game.record?.route ?? 'full');
  });
  restartDialog.addEventListener('close', () => {
    if (restartDialog.returnValue !== 'confirm' || !session) return;
    const { slot, game } = session;
    const route = game.record?.route ?? 'full';
    if (game.readOnly) {
      void startGame(route);
      return;
    }
    bus.emit('restart', {});
    const aside = slot.setAside('Set aside when you started again');
    if (!aside.ok) {
      notices.show(aside.message);
      return;
    }
    history.replaceState(null, '', location.pathname + location.search);
    enterStory(() => game.begin(route));
  });

  const glossary = byId<HTMLDialogElement>('glossary-dialog');
  byId('glossary-button').addEventListener('click', () => {
    glossary.showModal();
    void laterViews.mount(byId('glossary-list'), ({ showGlossary }) => {
      showGlossary(byId('glossary-list'));
      // Start at the top of the list, not at the Close button that showModal would focus.
      byId('glossary-heading').focus();
      byId('glossary-list').scrollTop = 0;
    });
  });
}

/** A start the player asked for while the story was still loading: it happens as soon as it can. */
let pendingStart: (() => void) | null = null;

/** Begins a new game on a route, setting aside the saved one first (after asking). */
async function startGame(route: Route): Promise<void> {
  if (!session) {
    pendingStart = () => void startGame(route);
    titleStatus.textContent = 'The story is still loading; your game will begin as soon as it is ready.';
    return;
  }
  const { slot, game } = session;
  const saved = slot.read();
  if (saved.kind === 'ok') {
    const yes = await confirm({
      title: 'Begin a new game?',
      body: `You have a game in progress (${describeSave(saved.save.record.choices.length)}). It will be kept under “Earlier games” on the title screen, where you can restore it.`,
      yes: 'Begin a new game',
      no: 'Cancel',
    });
    if (!yes) return;
  }
  const aside = slot.setAside('Set aside when a new game began');
  if (!aside.ok) {
    notices.ask(`${aside.message} Beginning a new game now would replace it.`, [
      { label: 'Begin anyway', run: () => beginOver(route) },
      { label: 'Cancel', run: () => undefined },
    ]);
    return;
  }
  history.replaceState(null, '', location.pathname + location.search);
  enterStory(() => game.begin(route));
}

/** Begins even though the old save could not be set aside (the player said so). */
function beginOver(route: Route): void {
  if (!session) return;
  const { game } = session;
  enterStory(() => game.begin(route));
}

function describeSave(choices: number): string {
  return `${choices} choice${choices === 1 ? '' : 's'} made`;
}

function continueGame(): void {
  if (!session) {
    pendingStart = continueGame;
    return;
  }
  const saved = session.slot.read();
  if (saved.kind !== 'ok') {
    refreshTitle();
    return;
  }
  const { game } = session;
  enterStory(() => game.continueSaved(saved.save), 'current');
}

function setupTitle(): void {
  byId('begin-button').dataset.start = 'full';
  byId('begin-button').addEventListener('click', () => void startGame('full'));
  byId('lesson-button').dataset.start = 'lesson';
  byId('lesson-button').addEventListener('click', () => void startGame('lesson'));
  byId('continue-button').addEventListener('click', continueGame);
  byId('backups-button').addEventListener('click', showBackups);
}

/** Offers Continue and Earlier games as the save slot stands now. */
function refreshTitle(): void {
  if (!session) return;
  const { slot } = session;
  const saved = slot.read();
  if (saved.kind === 'unreadable') {
    const aside = slot.setAside(`Could not be read: ${saved.message}`);
    notices.show(
      aside.ok
        ? `${saved.message} It has been kept under “Earlier games”, and a new game can begin.`
        : `${saved.message} ${aside.message} Beginning a new game will replace it.`,
    );
  }
  const continueButton = byId('continue-button');
  const hadFocus = document.activeElement === byId('begin-button') || document.activeElement === document.body;
  continueButton.hidden = slot.read().kind !== 'ok';
  const backups = slot.backups().length;
  byId('backups-button').hidden = backups === 0;
  byId('backups-button').textContent = `Earlier games (${backups})`;
  // A returning player is offered Continue first.
  if (!continueButton.hidden && hadFocus && lifecycle.view === 'title') continueButton.focus();
}

function showBackups(): void {
  if (!session) return;
  const { slot } = session;
  const dialog = byId<HTMLDialogElement>('backups-dialog');
  const list = byId('backups-list');
  const when = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
  list.replaceChildren(
    ...slot.backups().map((backup, position) => {
      const restore = h('button', { type: 'button', class: 'button' }, 'Restore');
      restore.addEventListener('click', () => {
        const restored = slot.restore(position);
        dialog.close();
        if (!restored.ok) notices.show(restored.message);
        refreshTitle();
        continueGame();
      });
      return h('li', {}, h('p', {}, h('strong', {}, when.format(new Date(backup.keptAt))), ` — ${backup.why}`), restore);
    }),
  );
  dialog.showModal();
}

/** Opens what the address asks for; a damaged link gets a message, never a dead page. */
function route(): void {
  const wanted = parseHash(location.hash);
  switch (wanted.kind) {
    case 'game': {
      const wasRun = lifecycle.phase === 'viewing-run';
      const wasTeacher = lifecycle.phase === 'teacher';
      lifecycle.send('home');
      // Teacher mode may have been switched on the teacher's page: the debrief shows or drops its answers.
      if (wasTeacher) session?.game.redrawDebrief();
      // Back from someone else's run: the player's own game (or the title) comes back, not theirs.
      if (wasRun && session?.game.readOnly) {
        if (session.slot.read().kind === 'ok') continueGame();
        else lifecycle.send('title');
      }
      return;
    }
    case 'class':
      lifecycle.send('class');
      void laterViews.mount(classView, ({ showClassView }) => {
        showClassView(classView);
        classView.querySelector('textarea')?.focus();
        goOffline();
      });
      return;
    case 'run':
      openRun(wanted.code);
      return;
    case 'teacher':
      // Already open (the story finished loading behind it): leave the page and the reader's focus be.
      if (lifecycle.phase === 'teacher' && teacherView.hasChildNodes()) return;
      lifecycle.send('teacher');
      void teacherPage.mount(teacherView, ({ showTeacherPage }) => {
        showTeacherPage(teacherView, { settings, save: () => saveSettings(store, settings) });
        goOffline();
      });
      return;
    case 'essay':
    case 'credits':
      lifecycle.send('essay');
      void laterReading.mount(readingRoom, ({ showEssay, showCredits }) => {
        if (wanted.kind === 'credits') showCredits(readingRoom, leaveReading);
        else showEssay(readingRoom, wanted.line, leaveReading);
        goOffline();
      });
      return;
    case 'bad':
      notices.show(wanted.message);
      lifecycle.send('home');
      return;
  }
}

/** The essay and the credits load on their own chunk, on first use. */
const laterReading = new LazyPart(() => Promise.all([import('./ui/essay-view'), import('./ui/credits-view')]).then(([essay, credits]) => ({ ...essay, ...credits })));

/** Whether the page has moved within itself since it loaded: then Back returns to where the reader was. */
let movedInPage = false;

/** Leaves the essay or the credits for what the page showed before. */
function leaveReading(): void {
  if (movedInPage) history.back();
  else location.hash = '';
}

/** The run code last opened by a link. */
let viewedRun: string | null = null;

/** `#run=CODE` (the debrief's QR code) opens that playthrough, read-only, with its debrief. */
function openRun(code: string): void {
  if (!session) {
    pendingStart = () => openRun(code);
    return;
  }
  const decoded = code.trim().toUpperCase().startsWith('LH1') ? null : decodeRunCode(code);
  if (decoded && !decoded.ok) {
    notices.show(decoded.message);
    lifecycle.send('home');
    return;
  }
  const { game } = session;
  // Back from the essay to the run it was opened from: the debrief is still there, as the reader left it.
  if (lifecycle.phase === 'essay' && game.readOnly && code === viewedRun) {
    lifecycle.send('view-run');
    return;
  }
  viewedRun = code;
  if (decoded) {
    enterStory(() => game.view(decoded.record));
    return;
  }
  void import('./platform/legacy-story')
    .then(({ readLegacyCode }) => readLegacyCode(code))
    .then((legacy) => {
      if (!legacy.ok) {
        notices.show(legacy.message);
        lifecycle.send('home');
      } else enterStory(() => game.view(legacy.record));
    })
    .catch(() => notices.show('This older run code could not be read: the connection may have dropped. Open the link again to retry.'));
}

/** Loads the story, saying so on the title; a failure is said there with a Try again button. */
function load(): void {
  titleStatus.replaceChildren();
  loadStory()
    .then((story) => {
      session = startSession(story);
      lifecycle.send('loaded');
      refreshTitle();
      const pending = pendingStart;
      pendingStart = null;
      titleStatus.replaceChildren();
      if (pending) pending();
      // An aside opened while the story loaded (the class board, the essay) stays as the reader left it.
      else if (lifecycle.view === 'title') route();
    })
    .catch((error: unknown) => {
      console.warn('The story could not load:', error);
      lifecycle.send('load-failed');
      const retry = h('button', { type: 'button', class: 'button button--primary' }, 'Try again');
      retry.addEventListener('click', () => {
        lifecycle.send('retry');
        load();
      });
      titleStatus.replaceChildren(
        h('p', { role: 'alert' }, 'The story could not be loaded: the connection may have dropped, or the game’s files may be incomplete on this server.'),
        retry,
      );
    });
}

// Another tab saved: this tab says so, and never overwrites that game without asking.
addEventListener('storage', (event) => {
  if (!session || event.key !== STORAGE_PREFIX + STORAGE_KEYS.save) return;
  if (lifecycle.view === 'title') refreshTitle();
  else if (session.slot.writtenElsewhere(event.newValue)) {
    const saved = session.slot.read();
    if (saved.kind === 'ok') session.game.onSavedElsewhere(saved.save);
  }
});

setupToolbar();
setupTitle();
addEventListener('hashchange', () => {
  movedInPage = true;
  route();
});
load();
// The class board, the teacher's page, the essay and the credits need no story: open them at once.
if (['class', 'teacher', 'essay', 'credits'].includes(parseHash(location.hash).kind)) route();
// Until now the title's buttons have said that the game is loading (index.html, main.css); from here a
// click works, and waits for the story if it is still on its way.
for (const button of titleScreen.querySelectorAll('[data-start]')) button.removeAttribute('aria-disabled');
performance.mark('begin-ready');
import('./fonts').catch(() => undefined);
