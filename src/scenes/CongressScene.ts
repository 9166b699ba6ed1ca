import Phaser from './phaser';
import { PALETTE, SCENES } from '../config';
import { emptyView, sameView, type HallView } from './hall';
import { drawBanner, drawGround, drawShadow, drawTribune, drawYear, tone } from './hall-art';
import {
  drawBars,
  drawCampLabels,
  drawCrack,
  drawDelegates,
  drawHourglass,
  drawStamp,
  drawVoices,
  type Delegates,
} from './hall-marks';
import { FACTIONS, seatPlan, voices, type Seat } from './seats';
import type { EnterData, StageScene } from './scene-base';
import { frameCamera } from './resolution';
import { canDraw, PAPER_RGB } from './stage-art';
import type { StageModel } from './view';

const ACCENT = tone(PALETTE.red);
const COUNTERFACTUAL_ACCENT = tone(PALETTE.steel);

/** Motion in ms: short stamps, slides and dissolves, every one over within 600 ms. */
const MOTION = {
  enter: 240,
  dissolve: 260,
  slide: 380,
  stampDelay: 220,
  stamp: 200,
  stampFrom: 1.8,
  marksDelay: 260,
  marks: 300,
  barsDrop: 40,
  shake: 110,
  shakeIntensity: 0.004,
} as const;

/** One drawing of the hall, with handles on the parts a change of vote animates. */
interface Hall {
  view: HallView;
  seats: Seat[];
  layer: Phaser.GameObjects.Container;
  delegates: Delegates;
  stamp: Phaser.GameObjects.Container | null;
  marks: Phaser.GameObjects.Graphics[];
}

/**
 * The Tenth Party Congress, March 1921. Before the `ban` vote the hall sits in three camps with
 * voices flying; after it the camps close into one bloc, marked by how the player voted.
 * The stage hands it the view to draw; it owns no story state.
 */
export class CongressScene extends Phaser.Scene implements StageScene {
  private hall: Hall | null = null;
  /** The previous drawing while it dissolves away. */
  private leaving: Phaser.GameObjects.Container | null = null;

  constructor(private readonly state: StageModel) {
    super(SCENES.congress);
  }

  create(): void {
    this.hall = null;
    this.leaving = null;
    // The hall keeps to the picture's area: the stamp's shake must not spill over the strip.
    frameCamera(this.cameras.main, 'picture', this.state.scale);
    this.cameras.main.setBackgroundColor(PALETTE.paper);
    this.events.on(Phaser.Scenes.Events.WAKE, (_: unknown, data?: EnterData) => {
      this.show(false);
      if (data?.animate && !this.state.reducedMotion) this.cameras.main.fadeIn(MOTION.enter, ...PAPER_RGB);
    });
    this.show(false);
  }

  /** Draws the stage's latest view; the change is animated when `animate` and motion is allowed. */
  show(animate: boolean): void {
    if (!canDraw(this)) return;
    const latest = this.state.view;
    // While the stage shows another scene the hall keeps its last drawing, ready for its return.
    const view = latest?.scene === 'congress' ? latest.hall : (this.hall?.view ?? emptyView());
    if (this.hall && sameView(this.hall.view, view)) return;
    this.settle();
    const before = this.hall;
    this.hall = this.draw(view);
    if (!before) return;
    if (!animate || this.state.reducedMotion) {
      before.layer.destroy();
      return;
    }
    this.leaving = before.layer;
    this.dissolve(before.layer, this.hall.layer);
    if (before.view.vote !== view.vote) this.playVote(before, this.hall);
  }

  /** Re-reads the motion setting: turning motion off lands any running animation at once. */
  applyMotion(): void {
    if (!this.state.reducedMotion || !this.hall) return;
    this.settle();
    this.hall.layer.destroy();
    this.hall = this.draw(this.hall.view);
  }

  /** Stops every animation and drops the drawing that was dissolving away. */
  private settle(): void {
    this.tweens.killAll();
    this.cameras.main.resetFX();
    this.leaving?.destroy();
    this.leaving = null;
  }

  private draw(view: HallView): Hall {
    const accent = view.counterfactual ? COUNTERFACTUAL_ACCENT : ACCENT;
    const seats = seatPlan(view.vote, view.repression);
    const parts: Phaser.GameObjects.GameObject[] = [
      drawGround(this),
      ...drawBanner(this, accent),
      drawShadow(this, view.stalinPower),
      drawTribune(this, accent),
    ];
    const delegates = drawDelegates(this, seats, view.vote, accent);
    parts.push(...delegates.camps.values(), delegates.player, drawVoices(this, voices(view, seats), accent));

    const marks: Phaser.GameObjects.Graphics[] = [];
    let stamp: Phaser.GameObjects.Container | null = null;
    if (view.vote === 'pending') {
      parts.push(...drawCampLabels(this, seats, accent));
    } else {
      if (view.vote === 'permanent') marks.push(drawBars(this));
      if (view.vote === 'time-limit') marks.push(drawHourglass(this, accent));
      stamp = drawStamp(this, accent);
      parts.push(...marks, stamp);
      // The crack runs through the stamp too, so it is drawn over it.
      if (view.vote === 'time-limit') {
        const crack = drawCrack(this);
        marks.push(crack);
        parts.push(crack);
      }
    }
    parts.push(...drawYear(this, view.year));
    return { view, seats, layer: this.add.container(0, 0, parts), delegates, stamp, marks };
  }

  /**
   * The old drawing fades out on top of the new one: what both share stays solid, and only what
   * changed dissolves.
   */
  private dissolve(from: Phaser.GameObjects.Container, to: Phaser.GameObjects.Container): void {
    from.setDepth(to.depth + 1);
    this.tweens.add({
      targets: from,
      alpha: 0,
      duration: MOTION.dissolve,
      onComplete: () => {
        from.destroy();
        if (this.leaving === from) this.leaving = null;
      },
    });
  }

  /** The vote changed: camps and the player slide to their new places, the stamp and marks land. */
  private playVote(before: Hall, after: Hall): void {
    const raked = before.view.vote !== 'permanent' && after.view.vote !== 'permanent';
    if (raked) {
      for (const { id } of FACTIONS) {
        const from = before.seats.find((seat) => seat.faction === id && !seat.player);
        const to = after.seats.find((seat) => seat.faction === id && !seat.player);
        const camp = after.delegates.camps.get(id);
        if (from && to && camp) this.slide(camp, from.x - to.x, from.y - to.y);
      }
    }
    const playerFrom = before.seats.find((seat) => seat.player);
    const playerTo = after.seats.find((seat) => seat.player);
    if (playerFrom && playerTo) this.slide(after.delegates.player, playerFrom.x - playerTo.x, playerFrom.y - playerTo.y);

    if (after.stamp && before.view.vote === 'pending') {
      after.stamp.setScale(MOTION.stampFrom).setAlpha(0);
      this.tweens.add({
        targets: after.stamp,
        scale: 1,
        alpha: 1,
        delay: MOTION.stampDelay,
        duration: MOTION.stamp,
        ease: 'Quad.easeIn',
        onComplete: () => this.cameras.main.shake(MOTION.shake, MOTION.shakeIntensity),
      });
    }
    for (const mark of after.marks) {
      mark.setAlpha(0).setY(mark.y - MOTION.barsDrop);
      this.tweens.add({
        targets: mark,
        alpha: 1,
        y: mark.y + MOTION.barsDrop,
        delay: MOTION.marksDelay,
        duration: MOTION.marks,
        ease: 'Cubic.easeOut',
      });
    }
  }

  /** Starts an object offset by (dx, dy) and slides it home. */
  private slide(target: Phaser.GameObjects.Graphics, dx: number, dy: number): void {
    if (Math.abs(dx) < 1 && Math.abs(dy) < 1) return;
    const homeX = target.x;
    const homeY = target.y;
    target.setPosition(homeX + dx, homeY + dy);
    this.tweens.add({ targets: target, x: homeX, y: homeY, duration: MOTION.slide, ease: 'Cubic.easeOut' });
  }
}
