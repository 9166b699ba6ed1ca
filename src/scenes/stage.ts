/**
 * The Phaser stage beside the story: started late, on its own chunk, after the first text is on
 * screen. It listens to the page's bus, turns each beat into a view (src/scenes/view.ts) and shows it:
 * the outcome scene the story names, and the strip of meters and timeline beneath it. If Phaser
 * cannot start, `startStage` rejects and the story plays on without pictures; if a drawing fails,
 * the stage keeps its last picture and the story plays on.
 */
import Phaser from './phaser';
import { PALETTE } from '../config';
import type { EventBus, GameEvents } from '../events';
import { afterNextPaint } from '../platform/schedule';
import { mountMetersHelp } from '../ui/meters-help';
import { mountStageToggle } from '../ui/stage-toggle';
import { BootScene } from './BootScene';
import { CongressScene } from './CongressScene';
import { CountrysideScene } from './CountrysideScene';
import { Director } from './director';
import { PolitburoScene } from './PolitburoScene';
import { PosterScene } from './PosterScene';
import { StripScene } from './StripScene';
import { canvasAt, scaleFor } from './resolution';
import { stageView, type StageModel } from './view';
import { stageContext, type StageContext } from './webgl-context';

/** A running stage, as the page holds it. */
export interface StageHandle {
  /** The renderer Phaser settled on: WebGL where the browser offers it, else Canvas. */
  readonly renderer: 'webgl' | 'canvas';
  /** Unsubscribes from the bus and destroys the game, its canvas and its GL context. */
  destroy(): void;
}

export interface StageOptions {
  /** Skip every animation (the system's prefers-reduced-motion, or the page's setting). */
  reducedMotion: boolean;
}

/**
 * The faces the scenes draw with. The page loads them; the stage waits for them, briefly, because
 * text drawn on a canvas before its web font arrives keeps the fallback face for good.
 */
const FONTS = ['bold 38px Oswald', '20px "PT Serif"'];
const FONT_WAIT_MS = 2000;

const READY_TIMEOUT_MS = 10_000;
/** A poster, not an action game: half the frames is half the work on a school laptop. */
const FPS_LIMIT = 30;

/** Resolves when `promise` settles or after `ms`, whichever is first; never rejects. */
function settleWithin(promise: Promise<unknown>, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    const done = (): void => {
      clearTimeout(timer);
      resolve();
    };
    promise.then(done, done);
  });
}

function gameConfig(parent: HTMLElement, model: StageModel, webgl: StageContext | null): Phaser.Types.Core.GameConfig {
  const canvas = canvasAt(model.scale);
  return {
    // Phaser's typings name only a 2D context here, though its WebGL renderer takes a WebGL one.
    ...(webgl ? { type: Phaser.WEBGL, canvas: webgl.canvas, context: webgl.context as unknown as CanvasRenderingContext2D } : { type: Phaser.CANVAS }),
    parent,
    backgroundColor: PALETTE.paper,
    scale: {
      mode: Phaser.Scale.FIT,
      autoCenter: Phaser.Scale.CENTER_BOTH,
      // The scenes draw in the picture's units (config.ts); the canvas has as many pixels as the screen shows (resolution.ts).
      width: canvas.width,
      height: canvas.height,
    },
    banner: false,
    // Howler plays the sound; Phaser must not open a second AudioContext.
    audio: { noAudio: true },
    // The stage is a picture: the page owns the keyboard (number keys take choices) and focus.
    input: { keyboard: false, mouse: false, touch: false, gamepad: false },
    autoFocus: false,
    fps: { limit: FPS_LIMIT },
    render: {
      // Every pixel is painted each frame anyway, by the scene's camera (its paper) and the strip (its ground):
      // clearing the whole canvas first would be two more passes over it per frame, drawn on the processor
      // where there is no graphics card.
      clearBeforeRender: false,
      // (The WebGL context's own attributes, multisampling and the kept drawing buffer, are set where it is
      // made, webgl-context.ts: Phaser reads them only for a context it makes itself.)
      // One texture per draw: a few more draws, but one short shader, compiled once, instead of one that
      // picks among sixteen textures for every pixel and is compiled again the first time a scene batches them.
      maxTextures: 1,
    },
    scene: [
      new BootScene(),
      new CongressScene(model),
      new PolitburoScene(model),
      new CountrysideScene(model),
      new PosterScene(model),
      new StripScene(model),
    ],
  };
}

/** Creates the game: on WebGL where the browser offers it, else (or if WebGL still fails) on Canvas. */
function createGame(parent: HTMLElement, model: StageModel): Phaser.Game {
  try {
    const webgl = stageContext();
    if (webgl) return new Phaser.Game(gameConfig(parent, model, webgl));
  } catch {
    // Fall through to Canvas.
  }
  return new Phaser.Game(gameConfig(parent, model, null));
}

/**
 * Phaser fits the canvas to its parent's border box, so a border or padding on the host would push
 * the picture past its edge; an inner frame that fills the host's content box avoids that.
 */
function createFrame(host: HTMLElement): HTMLElement {
  const frame = document.createElement('div');
  frame.style.cssText = 'width: 100%; height: 100%;';
  host.append(frame);
  return frame;
}

function whenReady(game: Phaser.Game): Promise<void> {
  return new Promise((resolve, reject) => {
    if (game.isRunning) {
      resolve();
      return;
    }
    const timer = setTimeout(() => reject(new Error('The stage did not start in time.')), READY_TIMEOUT_MS);
    game.events.once(Phaser.Core.Events.READY, () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** Destroys the game on its next frame and then frees the GL context at once, instead of at GC. */
function release(game: Phaser.Game): void {
  const gl = game.config.renderType === Phaser.WEBGL ? (game.renderer as Phaser.Renderer.WebGL.WebGLRenderer).gl : null;
  game.events.once(Phaser.Core.Events.DESTROY, () => {
    // DESTROY fires before the renderer lets go of the context, so wait for that to finish.
    queueMicrotask(() => gl?.getExtension('WEBGL_lose_context')?.loseContext());
  });
  game.destroy(true);
}

/**
 * Starts the stage in `host` and keeps it in step with the bus: each `beat` is drawn (catching up on
 * the latest one first), `motion` switches animation on or off. Rejects if Phaser cannot start.
 */
export async function startStage(
  host: HTMLElement,
  bus: EventBus<GameEvents>,
  options: StageOptions,
): Promise<StageHandle> {
  const unmountHelp = mountMetersHelp();
  const unmountToggle = mountStageToggle();
  await settleWithin(Promise.all(FONTS.map((font) => document.fonts.load(font))), FONT_WAIT_MS);
  const frame = createFrame(host);
  const model: StageModel = { view: null, reducedMotion: options.reducedMotion, scale: scaleFor(frame.getBoundingClientRect(), devicePixelRatio) ?? 1 };
  let game: Phaser.Game;
  try {
    game = createGame(frame, model);
  } catch (error) {
    frame.remove();
    unmountHelp();
    unmountToggle();
    throw error;
  }
  try {
    await whenReady(game);
  } catch (error) {
    frame.remove();
    game.destroy(true);
    unmountHelp();
    unmountToggle();
    throw error;
  }
  game.canvas.setAttribute('aria-hidden', 'true');
  game.canvas.setAttribute('role', 'presentation');
  const renderer = game.config.renderType === Phaser.WEBGL ? 'webgl' : 'canvas';
  host.dataset.renderer = renderer;

  const director = new Director(game, model, host);
  let cancelDraw: (() => void) | null = null;
  const take = (event: GameEvents['beat']): boolean => {
    try {
      model.view = stageView(event);
      return true;
    } catch (error) {
      // A beat the stage cannot read leaves the last picture up; the story itself is unaffected.
      console.warn('The stage could not read this beat:', error);
      return false;
    }
  };
  let drawn = 0;
  // A count of drawings, for tests and benchmarks to wait on.
  const counted = (): void => {
    host.dataset.drawn = String((drawn += 1));
  };
  const draw = (animate: boolean): void => {
    try {
      director.show(animate, counted);
    } catch (error) {
      console.warn('The stage could not draw this beat:', error);
    }
  };
  const latest = bus.latest('beat');
  if (latest && take(latest)) draw(false);

  const unsubscribe = [
    bus.on('beat', (event) => {
      cancelDraw?.();
      // The stage reads the beat, too, after the text is on screen: the choice's click does no more than the story.
      cancelDraw = afterNextPaint(() => {
        cancelDraw = null;
        if (!take(event)) return;
        // A restored playthrough, or a new one, is shown as it stands: there is no change to animate.
        draw(!event.restored && event.beats.length > 1);
      });
    }),
    bus.on('motion', ({ reduced }) => {
      model.reducedMotion = reduced;
      director.applyMotion();
    }),
  ];

  let destroyed = false;
  return {
    renderer,
    destroy(): void {
      if (destroyed) return;
      destroyed = true;
      for (const off of unsubscribe) off();
      cancelDraw?.();
      director.stop();
      unmountHelp();
      unmountToggle();
      release(game);
      frame.remove();
      delete host.dataset.scene;
      delete host.dataset.renderer;
      delete host.dataset.drawn;
      delete host.dataset.idle;
    },
  };
}
