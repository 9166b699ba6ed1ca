import Phaser from './phaser';
import { PALETTE, SCENES } from '../config';
import { cssOf, GREY, INK } from './hall-art';
import { FIGURE } from './seats';
import {
  dashedRect,
  drawChair,
  drawMourning,
  drawPlayer,
  drawReach,
  drawRoom,
  drawShadow,
  drawTable,
  drawWedge,
  paintMember,
  paintPlate,
  PLATE_STYLE,
  ROOM,
  seatX,
} from './politburo-art';
import { SEAT_ORDER, type PlayerView, type PolitburoView, type SeatView, type Stamp } from './politburo';
import { ModelScene } from './scene-base';
import { accentOf, display, RED, stampColour, StampBox, YearBlock } from './stage-art';
import type { StageModel, StageView } from './view';

/** Drawing order, back to front. */
const DEPTH = { shadow: 1, chairs: 2, members: 3, table: 4, plates: 5, names: 6, floor: 7, player: 8, stamps: 9, frame: 10 } as const;

/** Motion in ms: figures leave and arrive, stamps land one after another, then the room shakes once. */
const MOTION = { leave: 320, drop: 28, arrive: 360, stampDelay: 260, stampStagger: 150, stamp: 200, stampFrom: 1.8, shadow: 420, slide: 420, shake: 120, shakeIntensity: 0.004 } as const;

// A seat's stamp stays inside its own seat's width (ROOM.seatStep, 75 px) even when tilted, so that
// neighbouring stamps never overlap: 66 px wide at most, tilted by 0.08 rad, is about 70 px across.
const SEAT_STAMP = { y: 222, angles: [-0.08, 0.08], size: 21, maxWidth: 66 } as const;
/** The player stands on the floor at the right: nearer the table the higher their standing. */
const PLAYER = { x: 840, farFeet: 520, nearFeet: 430, scale: 1.6, label: 20, labelGap: 6, stampSize: 22, stampWidth: 140, recantX: 70, angle: -0.12 } as const;
/** From this safety down, a shadow reaches from Stalin's place to the player. */
const REACH = { below: 60, maxAlpha: 0.32 } as const;
const LEGEND = { x: 26, y: 498, gap: 18, size: 16 } as const;

/** One chair's drawing, made once and redrawn in place: making text is the dear part. */
interface SeatParts {
  key: string;
  chair: Phaser.GameObjects.Graphics;
  member: Phaser.GameObjects.Graphics;
  plate: Phaser.GameObjects.Graphics;
  name: Phaser.GameObjects.Text;
  strike: Phaser.GameObjects.Graphics;
  stamp: StampBox;
}

function seatKey(seat: SeatView, accent: number): string {
  return `${seat.standing}|${seat.stamp?.word ?? ''}|${seat.stamp?.date ?? ''}|${accent}`;
}

function stampKey(stamp: Stamp | null): string {
  return stamp ? `${stamp.word}|${stamp.date}` : '';
}

function seated(seat: SeatView | null): boolean {
  return seat?.standing === 'member' || seat?.standing === 'candidate';
}

function feetOf(player: PlayerView): number {
  return PLAYER.farFeet - (player.standing / 100) * (PLAYER.farFeet - PLAYER.nearFeet);
}

/**
 * The Politburo, year by year: twelve chairs at a long table, each member seated, or gone and his
 * chair stamped with how and when; Stalin's shadow on the wall grows with his power, and the player
 * stands before the table, nearer or further by their standing, the shadow reaching for them as their
 * safety falls. The chairs stamped in red are the essay's terror turned inward.
 */
export class PolitburoScene extends ModelScene<PolitburoView> {
  private decor!: Phaser.GameObjects.Graphics;
  private year!: YearBlock;
  private seats: SeatParts[] = [];
  private shadow: Phaser.GameObjects.Graphics | null = null;
  private floor: Phaser.GameObjects.GameObject[] = [];
  private you!: Phaser.GameObjects.Text;
  private fate!: StampBox;
  private recanted!: StampBox;
  private accent = -1;

  constructor(model: StageModel) {
    super(SCENES.politburo, model);
  }

  protected select(view: StageView): PolitburoView {
    // The table is worked out for every beat, so the scene can be drawn while the stage shows another.
    return view.politburo;
  }

  protected same(a: PolitburoView, b: PolitburoView): boolean {
    const accent = accentOf(a.counterfactual);
    return (
      a.year === b.year &&
      a.counterfactual === b.counterfactual &&
      Math.round(a.stalinPower) === Math.round(b.stalinPower) &&
      a.seats.every((seat, i) => {
        const other = b.seats[i];
        return other !== undefined && seatKey(seat, accent) === seatKey(other, accent);
      }) &&
      a.player.state === b.player.state &&
      a.player.standing === b.player.standing &&
      a.player.safety === b.player.safety &&
      stampKey(a.player.stamp) === stampKey(b.player.stamp) &&
      stampKey(a.player.recanted) === stampKey(b.player.recanted)
    );
  }

  protected build(): void {
    this.shadow = null;
    this.floor = [];
    this.accent = -1;
    drawRoom(this);
    this.decor = this.add.graphics().setDepth(DEPTH.table);
    this.seats = SEAT_ORDER.map((member, index) => {
      const x = seatX(index);
      const angle = SEAT_STAMP.angles[index % SEAT_STAMP.angles.length] ?? 0;
      const stamp = new StampBox(this, { x, y: SEAT_STAMP.y, angle }, SEAT_STAMP);
      stamp.container.setDepth(DEPTH.stamps);
      return {
        key: '',
        chair: this.add.graphics().setDepth(DEPTH.chairs),
        member: this.add.graphics({ x, y: ROOM.tableTop }).setDepth(DEPTH.members).setVisible(false),
        plate: this.add.graphics().setDepth(DEPTH.plates),
        name: this.add.text(x, 0, member.toUpperCase(), PLATE_STYLE).setOrigin(0.5).setDepth(DEPTH.names),
        strike: this.add.graphics().setDepth(DEPTH.names),
        stamp,
      };
    });
    this.year = new YearBlock(this);
    this.year.raise(DEPTH.frame);
    this.you = this.add.text(PLAYER.x, 0, 'YOU', { ...display(PLAYER.label, PALETTE.red), letterSpacing: 2 }).setOrigin(0.5, 0).setDepth(DEPTH.player);
    const look = { size: PLAYER.stampSize, maxWidth: PLAYER.stampWidth };
    this.fate = new StampBox(this, { x: PLAYER.x, y: 0, angle: PLAYER.angle }, look);
    this.recanted = new StampBox(this, { x: PLAYER.x - PLAYER.recantX, y: 0, angle: PLAYER.angle }, look);
    this.fate.container.setDepth(DEPTH.stamps);
    this.recanted.container.setDepth(DEPTH.stamps);
    this.drawLegend();
  }

  protected draw(view: PolitburoView, before: PolitburoView | null, animate: boolean): void {
    const accent = accentOf(view.counterfactual);
    if (accent !== this.accent) {
      this.decor.clear();
      drawTable(this.decor, accent);
      drawWedge(this.decor, accent);
      this.accent = accent;
    }
    this.year.set(view.year);
    this.drawShadow(view, before, animate);
    let landed = 0;
    view.seats.forEach((seat, index) => {
      if (this.drawSeat(index, seat, before?.seats[index] ?? null, animate, landed)) landed += 1;
    });
    landed += this.drawFloor(view, before, animate, landed);
    if (animate && landed > 0) {
      // The room shakes once, as the last stamp lands.
      const lastLanding = MOTION.stampDelay + (landed - 1) * MOTION.stampStagger + MOTION.stamp;
      const clock = { at: 0 };
      this.animate({ targets: clock, at: 1, duration: lastLanding, onComplete: () => this.cameras.main.shake(MOTION.shake, MOTION.shakeIntensity) }, () => {});
    }
  }

  private stalinX(): number {
    return seatX(SEAT_ORDER.indexOf('stalin'));
  }

  private drawShadow(view: PolitburoView, before: PolitburoView | null, animate: boolean): void {
    if (this.shadow && before && Math.round(before.stalinPower) === Math.round(view.stalinPower)) return;
    const old = this.shadow;
    const shadow = drawShadow(this, this.stalinX(), view.stalinPower).setDepth(DEPTH.shadow);
    this.shadow = shadow;
    if (!old) return;
    if (!animate) {
      old.destroy();
      return;
    }
    shadow.setAlpha(0);
    this.animate({ targets: shadow, alpha: 1, duration: MOTION.shadow }, () => shadow.setAlpha(1));
    this.animate({ targets: old, alpha: 0, duration: MOTION.shadow, onComplete: () => old.destroy() }, () => old.destroy());
  }

  /** Redraws one chair if what it shows has changed; returns true when a new stamp lands on it. */
  private drawSeat(index: number, seat: SeatView, before: SeatView | null, animate: boolean, landed: number): boolean {
    const parts = this.seats[index];
    const key = seatKey(seat, this.accent);
    if (!parts || parts.key === key) return false;
    const first = parts.key === '';
    parts.key = key;
    const x = seatX(index);
    parts.chair.clear();
    drawChair(parts.chair, x, seat.standing);
    if (seat.standing === 'died') drawMourning(parts.chair, x);
    const strike = seat.stamp ? (seat.stamp.tone === 'red' ? RED : INK) : null;
    paintPlate(parts.plate, parts.strike, parts.name, { x, row: index }, { standing: seat.standing, strike });
    const changed = !first && before !== null && (before.standing !== seat.standing || stampKey(before.stamp) !== stampKey(seat.stamp));
    const move = animate && changed;
    const { member } = parts;
    if (seated(seat)) {
      member.clear().setVisible(true);
      paintMember(member, seat.standing === 'candidate');
      if (move) this.arrive(member);
    } else if (move && member.visible) {
      this.leave(member);
    } else {
      member.setVisible(false);
    }
    const inked = parts.stamp.set(seat.stamp, seat.stamp ? stampColour(seat.stamp.tone) : INK);
    if (!move || !inked || !seat.stamp) return false;
    this.land(parts.stamp.container, landed);
    return true;
  }

  private leave(figure: Phaser.GameObjects.Graphics): void {
    const home = figure.y;
    const gone = (): void => {
      figure.setVisible(false).setAlpha(1).setY(home);
    };
    this.animate({ targets: figure, alpha: 0, y: home + MOTION.drop, duration: MOTION.leave, ease: 'Quad.easeIn', onComplete: gone }, gone);
  }

  private arrive(figure: Phaser.GameObjects.Graphics): void {
    const home = figure.y;
    figure.setAlpha(0).setY(home + MOTION.drop);
    this.animate({ targets: figure, alpha: 1, y: home, duration: MOTION.arrive, ease: 'Cubic.easeOut' }, () => figure.setAlpha(1).setY(home));
  }

  private land(stamp: Phaser.GameObjects.Container, order: number): void {
    stamp.setScale(MOTION.stampFrom).setAlpha(0);
    this.animate(
      { targets: stamp, scale: 1, alpha: 1, delay: MOTION.stampDelay + order * MOTION.stampStagger, duration: MOTION.stamp, ease: 'Quad.easeIn' },
      () => stamp.setScale(1).setAlpha(1),
    );
  }

  /** The player, the shadow reaching for them, and their stamps; returns how many new stamps land. */
  private drawFloor(view: PolitburoView, before: PolitburoView | null, animate: boolean, landed: number): number {
    for (const part of this.floor) part.destroy();
    this.floor = [];
    const { player } = view;
    const feet = feetOf(player);
    const gone = player.state !== 'present' && player.state !== 'survived';
    const headY = feet - (FIGURE.bodyHeight + FIGURE.neck + FIGURE.headRadius) * PLAYER.scale;
    if (!gone && player.safety < REACH.below) {
      const danger = ((REACH.below - player.safety) / REACH.below) * REACH.maxAlpha;
      this.floor.push(drawReach(this, { x: this.stalinX(), y: ROOM.frontBottom }, { x: PLAYER.x, y: headY }, danger).setDepth(DEPTH.floor));
    }
    const figure = drawPlayer(this, PLAYER.x, feet, PLAYER.scale, this.accent, gone).setDepth(DEPTH.player);
    this.floor.push(figure);
    const label = this.you.setY(feet + PLAYER.labelGap);
    if (label.style.color !== cssOf(this.accent)) label.setColor(cssOf(this.accent));
    if (animate && before && feetOf(before.player) !== feet) {
      const from = feetOf(before.player) - feet;
      for (const part of [figure, label]) {
        const home = part.y;
        part.setY(home + from);
        this.animate({ targets: part, y: home, duration: MOTION.slide, ease: 'Cubic.easeOut' }, () => part.setY(home));
      }
    }
    this.fate.container.setY(headY + FIGURE.headRadius * PLAYER.scale * 2);
    this.recanted.container.setY(feet - 20);
    let stamped = 0;
    for (const [box, stamp] of [[this.fate, player.stamp], [this.recanted, player.recanted]] as const) {
      const inked = box.set(stamp, stamp ? stampColour(stamp.tone) : INK);
      if (inked && stamp && animate && before) this.land(box.container, landed + stamped++);
    }
    return stamped;
  }

  /** What the grey figures and dashed chairs mean, in the corner of the floor. */
  private drawLegend(): void {
    const g = this.add.graphics().setDepth(DEPTH.floor);
    const style = { ...display(LEGEND.size, PALETTE.grey), letterSpacing: 1 };
    g.fillStyle(GREY, 1).fillCircle(LEGEND.x + 7, LEGEND.y + 6, 6).fillRect(LEGEND.x, LEGEND.y + 13, 14, 10);
    const candidate = this.add.text(LEGEND.x + LEGEND.gap + 4, LEGEND.y + 2, 'CANDIDATE (NO VOTE)', style).setDepth(DEPTH.floor);
    const x = candidate.x + candidate.width + LEGEND.gap * 1.5;
    g.lineStyle(1.5, GREY, 1);
    dashedRect(g, x, LEGEND.y, 14, 22);
    this.add.text(x + LEGEND.gap + 4, LEGEND.y + 2, 'NOT YET ON THE POLITBURO', style).setDepth(DEPTH.floor);
  }
}
