/**
 * The stage's director: shows the model's view by turning to the outcome scene it names (waking it,
 * or starting it the first time) and updating the strip; between beats the other scenes sleep. It
 * warms up the scenes not yet shown, one per idle moment, so that turning to one costs only its drawing.
 */
import Phaser from './phaser';
import { SCENES, STORY_SCENES } from '../config';
import { whenIdle } from '../platform/schedule';
import { canvasAt, frameCamera, scaleFor } from './resolution';
import type { EnterData, StageScene } from './scene-base';
import { drawTextsNow } from './text-raster';
import type { StageModel } from './view';

/** The outcome scenes, in the order they are warmed up. */
const OUTCOME_SCENES: readonly string[] = Object.values(STORY_SCENES);

/** How long a scene's warm-up may wait for an idle moment. */
const IDLE_TIMEOUT_MS = 2000;

/** Frames in a row with nothing moving before the loop sleeps: the last change is surely drawn by then. */
const QUIET_FRAMES = 3;

/**
 * Turns the stage to each view's scene and keeps the strip beneath it up to date. Between changes it
 * puts Phaser's loop to sleep: a still picture needs no frames, and a school laptop has better uses
 * for them while the student reads.
 */
export class Director {
  private current: string | null = null;
  private cancelWarm: (() => void) | null = null;
  private cancelStrip: (() => void) | null = null;
  private readonly textTimers = new Set<ReturnType<typeof setTimeout>>();
  private quiet = 0;
  private readonly observer: ResizeObserver | null;
  private readonly wake = (): void => {
    this.quiet = 0;
    this.host.dataset.idle = 'false';
    this.game.loop.wake(true);
  };
  private readonly refit = (): void => {
    if (this.game.scale.getParentBounds()) this.game.scale.refresh();
    this.rescale();
    this.wake();
  };

  constructor(
    private readonly game: Phaser.Game,
    private readonly model: StageModel,
    private readonly host: HTMLElement,
  ) {
    game.events.on(Phaser.Core.Events.POST_RENDER, this.rest, this);
    // The scale manager fits the canvas to its box on a step of the loop, so a resize must wake it;
    // and it notices a box resized without the window (the text made larger) only every half second,
    // so the stage refits it at once. Either may change how many pixels the picture needs.
    addEventListener('resize', this.refit);
    this.observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(this.refit);
    this.observer?.observe(host);
  }

  /**
   * Shows the latest view; `drawn` is called once the strip has been drawn too. The strip is drawn in
   * a task of its own, so that no single task holds the page for both.
   */
  show(animate: boolean, drawn: () => void): void {
    this.wake();
    const view = this.model.view;
    if (!view) return;
    const key = STORY_SCENES[view.scene];
    const enter: EnterData = { animate };
    if (key !== this.current) {
      if (this.current) this.game.scene.sleep(this.current);
      this.game.scene.run(key, enter);
      this.current = key;
      this.host.dataset.scene = key;
    } else {
      this.scene(key)?.show(animate);
    }
    this.drawTextsSoon(key);
    this.cancelStrip?.();
    const timer = setTimeout(() => {
      this.cancelStrip = null;
      this.wake();
      try {
        this.scene(SCENES.strip)?.show(animate);
        this.drawTextsSoon(SCENES.strip);
      } catch (error) {
        console.warn('The stage could not draw the meters:', error);
      }
      drawn();
      this.warmNext();
    }, 0);
    this.cancelStrip = () => clearTimeout(timer);
  }

  applyMotion(): void {
    this.wake();
    for (const key of [...OUTCOME_SCENES, SCENES.strip]) {
      const scene = this.scene(key);
      if (scene && this.game.scene.isActive(key)) scene.applyMotion();
    }
  }

  stop(): void {
    this.cancelWarm?.();
    this.cancelStrip?.();
    for (const timer of this.textTimers) clearTimeout(timer);
    this.game.events.off(Phaser.Core.Events.POST_RENDER, this.rest, this);
    removeEventListener('resize', this.refit);
    this.observer?.disconnect();
  }

  /** After each frame: once nothing has moved for a few frames, the loop sleeps until the next change. */
  private rest(): void {
    const moving = this.game.scene.getScenes(true).some((scene) => {
      const camera = scene.cameras.main;
      return scene.tweens.getTweens().length > 0 || camera.fadeEffect.isRunning || camera.shakeEffect.isRunning;
    });
    this.quiet = moving ? 0 : this.quiet + 1;
    if (this.quiet < QUIET_FRAMES) return;
    this.game.loop.sleep();
    // For tests and benchmarks to wait on: the picture is finished and nothing is left to draw.
    if (!this.cancelStrip) this.host.dataset.idle = 'true';
  }

  /**
   * Gives the canvas as many pixels as the screen now shows it with (resolution.ts), and aims the
   * cameras of the scenes made so far at them; a scene made later aims its own.
   */
  private rescale(): void {
    const { width, height } = this.game.scale.parentSize;
    const scale = scaleFor({ width, height }, devicePixelRatio);
    if (scale === null || scale === this.model.scale) return;
    this.model.scale = scale;
    const canvas = canvasAt(scale);
    this.game.scale.resize(canvas.width, canvas.height);
    for (const key of [...OUTCOME_SCENES, SCENES.strip]) {
      const scene = this.scene(key);
      const status = scene?.sys.settings.status ?? Phaser.Scenes.PENDING;
      if (scene && status >= Phaser.Scenes.RUNNING && status <= Phaser.Scenes.SLEEPING) {
        frameCamera(scene.cameras.main, key === SCENES.strip ? 'strip' : 'picture', scale);
      }
    }
  }

  /**
   * Has the browser draw a scene's new words in a task of their own, just after the one that changed
   * them, and not in the frame that first shows them (text-raster.ts).
   */
  private drawTextsSoon(key: string): void {
    const timer = setTimeout(() => {
      this.textTimers.delete(timer);
      const scene = this.scene(key);
      if (scene) drawTextsNow(scene);
    }, 0);
    this.textTimers.add(timer);
  }

  private scene(key: string): (Phaser.Scene & StageScene) | null {
    return this.game.scene.getScene<Phaser.Scene & StageScene>(key) ?? null;
  }

  /** Builds one scene not yet started, then sleeps it, so that turning to it later costs only its drawing. */
  private warmNext(): void {
    if (this.cancelWarm) return;
    const cold = OUTCOME_SCENES.find((key) => key !== this.current && this.scene(key)?.sys.settings.status === Phaser.Scenes.INIT);
    const pending = OUTCOME_SCENES.find((key) => key !== this.current && this.scene(key)?.sys.settings.status === Phaser.Scenes.PENDING);
    const key = cold ?? pending;
    if (!key) return;
    this.cancelWarm = whenIdle(() => {
      this.cancelWarm = null;
      if (key === this.current || this.game.scene.isActive(key) || this.game.scene.isSleeping(key)) return;
      this.game.scene.start(key, { animate: false } satisfies EnterData);
      this.game.scene.sleep(key);
      this.drawTextsSoon(key);
      this.warmNext();
    }, IDLE_TIMEOUT_MS);
  }
}

