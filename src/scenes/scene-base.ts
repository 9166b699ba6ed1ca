/**
 * What every outcome scene shares: it draws the part of the stage's view that is its own, keeps to
 * the picture's area above the strip, fades in when the stage turns to it, and settles every
 * animation at once when motion is switched off. Not a scene itself: the scenes extend it.
 */
import Phaser from './phaser';
import { PALETTE } from '../config';
import { frameCamera } from './resolution';
import { canDraw, PAPER_RGB } from './stage-art';
import type { StageModel, StageView } from './view';

/** A dissolve through paper when the stage turns to a scene: short, and skipped without motion. */
const ENTER_MS = 240;

/** What the stage passes a scene it starts or wakes. */
export interface EnterData {
  animate?: boolean;
}

/** The methods the stage calls on any scene it shows. */
export interface StageScene {
  /** Draws the stage's latest view; animates the change when `animate` and motion is allowed. */
  show(animate: boolean): void;
  /** Re-reads the motion setting: turning motion off lands any running animation at once. */
  applyMotion(): void;
}

export abstract class ModelScene<V> extends Phaser.Scene implements StageScene {
  /** The view now drawn, or null before the first drawing. */
  protected shown: V | null = null;
  /** How to put each running animation's objects where it would leave them. */
  private finishers: (() => void)[] = [];

  constructor(key: string, protected readonly model: StageModel) {
    super(key);
  }

  /** This scene's part of the view, or null when the view belongs to another scene. */
  protected abstract select(view: StageView): V | null;

  /** True when two views draw the same picture. */
  protected abstract same(a: V, b: V): boolean;

  /** Builds what never changes; called once from `create`. */
  protected abstract build(): void;

  /**
   * Draws `view`; `before` is the view drawn until now (null at first). `animate` says the change may be
   * animated (a new beat, with motion allowed); a first drawing may animate too, as a scene's entrance.
   */
  protected abstract draw(view: V, before: V | null, animate: boolean): void;

  /** `data.animate` is set when the stage turns to this scene for a beat the player has just reached. */
  create(data?: EnterData): void {
    // The picture keeps to its own area: a camera shake must not spill over the strip.
    frameCamera(this.cameras.main, 'picture', this.model.scale);
    this.cameras.main.setBackgroundColor(PALETTE.paper);
    this.shown = null;
    this.finishers = [];
    this.build();
    this.events.on(Phaser.Scenes.Events.WAKE, (_: unknown, wake?: EnterData) => this.enter(wake?.animate === true));
    this.enter(data?.animate === true);
  }

  get motion(): boolean {
    return !this.model.reducedMotion;
  }

  show(animate: boolean): void {
    if (!canDraw(this)) return;
    const view = this.model.view ? this.select(this.model.view) : null;
    if (!view || (this.shown && this.same(this.shown, view))) return;
    const before = this.shown;
    this.settle();
    this.draw(view, before, animate && this.motion);
    this.shown = view;
  }

  applyMotion(): void {
    if (this.motion || !this.shown) return;
    this.settle();
    const view = this.shown;
    this.shown = null;
    this.draw(view, null, false);
    this.shown = view;
  }

  /**
   * Runs a tween, remembering how to land it: `finish` puts its targets in their end state (or
   * destroys them), and must be safe to call again after the tween has ended by itself.
   */
  protected animate(config: Phaser.Types.Tweens.TweenBuilderConfig, finish: () => void): void {
    this.finishers.push(finish);
    this.tweens.add(config);
  }

  /** Stops every running animation and lands each where it would have ended. */
  protected settle(): void {
    this.tweens.killAll();
    this.cameras.main.resetFX();
    const finishers = this.finishers;
    this.finishers = [];
    for (const finish of finishers) finish();
  }

  /** The stage has turned to this scene: draw the latest view and, for a new beat, dissolve in through paper. */
  private enter(animate: boolean): void {
    this.show(animate);
    if (animate && this.motion && this.shown) this.cameras.main.fadeIn(ENTER_MS, ...PAPER_RGB);
  }
}
