import Phaser from './phaser';
import { PALETTE, SCENES } from '../config';
import { FIRST_YEAR, LAST_YEAR } from '../narrative/tags';
import { WORLD_METERS } from '../narrative/world';
import { cssOf, GREY, INK } from './hall-art';
import { courseLabel, PLAYER_METERS, type MeterMove } from './meters';
import { frameCamera } from './resolution';
import type { StageScene } from './scene-base';
import { body, canDraw, display, fitText, fittedSize, RED, retell, widthOf } from './stage-art';
import { drawTextsNow } from './text-raster';
import { cellOf, drawArrow, drawBar, drawGround, drawTimeline, labelledYears, LAYOUT, METER_SHORT, moveColour, yearX } from './strip-art';
import type { StageModel, StripView } from './view';

/** Motion in ms: bars run to their new value, arrows slide the way their meter went, reasons follow. */
const MOTION = { bars: 520, arrow: 360, arrowFrom: 12, nudge: 160, nudges: 2, reasonDelay: 180, reasonStagger: 140, reason: 300, reasonFrom: 14 } as const;

/** Where an arrow rests in its cell, and where a reason line's arrow and meter name begin. */
const ARROW_Y = LAYOUT.cells.barY - 1;
const ARROW_X = 8;
/** How far right of the bend the counterfactual course's name begins. */
const COURSE_LABEL_GAP = 36;
const COURSE_LABEL_MIN = 11;
const NAME_X = 24;

interface ReasonLine {
  arrow: Phaser.GameObjects.Graphics;
  name: Phaser.GameObjects.Text;
  text: Phaser.GameObjects.Text;
}

/** The meters of a strip in their cells, with where each stood before its last move. */
function readings(view: StripView): { meter: (typeof WORLD_METERS)[number]; value: number; previous: number | null; own: boolean }[] {
  return view.meters.map(({ meter, value, own }) => {
    const move = view.latest.moves.find((m) => m.meter === meter);
    return { meter, value, previous: move ? move.from : null, own };
  });
}

/**
 * The strip under every scene: the seven meters, an arrow on each that moved (sliding the way it
 * went), a line for each move naming why, and the 1921–1938 timeline with history's course and the
 * player's. It runs beside whichever outcome scene is showing, in its own band of the canvas.
 */
export class StripScene extends Phaser.Scene implements StageScene {
  private bars!: Phaser.GameObjects.Graphics;
  private arrows: Phaser.GameObjects.Graphics[] = [];
  private lines: ReasonLine[] = [];
  private timeline!: Phaser.GameObjects.Graphics;
  private course!: Phaser.GameObjects.Text;
  private shownKey = '';
  /** The reason lines' words waiting to be set (drawReasons). */
  private fills: ReturnType<typeof setTimeout>[] = [];

  constructor(private readonly model: StageModel) {
    super(SCENES.strip);
  }

  create(): void {
    frameCamera(this.cameras.main, 'strip', this.model.scale);
    this.shownKey = '';
    for (const end of [Phaser.Scenes.Events.SHUTDOWN, Phaser.Scenes.Events.DESTROY]) this.events.once(end, () => this.cancelFills());
    const ground = this.add.graphics();
    drawGround(ground);
    const { cells } = LAYOUT;
    let own = 0;
    const labels: Phaser.GameObjects.Text[] = [];
    this.arrows = WORLD_METERS.map((meter, index) => {
      const mine = PLAYER_METERS.includes(meter);
      const cell = cellOf(index, mine, mine ? own++ : 0);
      const label = this.add.text(cell.x, cells.top, METER_SHORT[meter], display(cells.label, mine ? PALETTE.red : PALETTE.ink));
      labels.push(label.setData('fit', fitText(label, cell.width - 8, cells.label, cells.minLabel)));
      return this.add.graphics({ x: cell.x + cell.width - cells.arrowRoom / 2 - 4, y: ARROW_Y }).setVisible(false);
    });
    // One size for every label, the size the longest needs, so that no meter looks more important.
    const size = Math.min(...labels.map((label) => Number(label.getData('fit'))));
    for (const label of labels) label.setFontSize(size);
    // The labels' size in canvas units, for the bench to tell how large they show on screen.
    this.game.canvas.dataset.labelSize = String(size);
    this.bars = this.add.graphics();
    this.lines = Array.from({ length: LAYOUT.reasons.max }, (_, index) => {
      const y = LAYOUT.reasons.top + index * LAYOUT.reasons.line;
      return {
        arrow: this.add.graphics({ x: LAYOUT.reasons.left + ARROW_X, y: y + 5 }),
        name: this.add.text(LAYOUT.reasons.left + NAME_X, y, '', { ...display(LAYOUT.reasons.chip, PALETTE.ink), letterSpacing: 1 }),
        text: this.add.text(0, y, '', body(LAYOUT.reasons.size, PALETTE.ink)),
      };
    });
    this.buildTimeline();
    this.show(false);
  }

  show(animate: boolean): void {
    if (!canDraw(this)) return;
    const view = this.model.view?.strip;
    if (!view) return;
    const key = JSON.stringify(view);
    if (key === this.shownKey) return;
    this.tweens.killAll();
    this.cancelFills();
    this.shownKey = key;
    const fresh = animate && !this.model.reducedMotion && view.latest.fresh;
    this.drawMeters(view, fresh);
    this.drawReasons(view, fresh);
    this.timeline.clear();
    drawTimeline(this.timeline, view.timeline);
    this.drawCourse(view);
  }

  private cancelFills(): void {
    for (const timer of this.fills) clearTimeout(timer);
    this.fills = [];
  }

  applyMotion(): void {
    if (!this.model.reducedMotion) return;
    // Redrawn still: every animation lands at once.
    this.shownKey = '';
    this.show(false);
  }

  private buildTimeline(): void {
    const T = LAYOUT.timeline;
    this.add.text(T.labelX, T.youY, 'YOU', { ...display(T.label, PALETTE.red), letterSpacing: 2 }).setOrigin(0, 0.5);
    this.add.text(T.labelX, T.historyY, 'HISTORY', { ...display(T.label, PALETTE.ink), letterSpacing: 2 }).setOrigin(0, 0.5);
    const frame = { first: FIRST_YEAR, last: LAST_YEAR, year: null, marks: [], dissent: null, diverged: null };
    for (const year of labelledYears(frame)) {
      this.add.text(yearX(frame, year), T.yearsY, String(year), display(T.year, PALETTE.ink, false)).setOrigin(0.5, 0);
    }
    this.timeline = this.add.graphics();
    // Between the parted line and history's, right of the bend.
    this.course = this.add.text(0, (T.parted + T.historyY) / 2, '', { ...display(T.courseLabel, PALETTE.steel), letterSpacing: 1 }).setOrigin(0, 0.5);
  }

  /**
   * Names the counterfactual course beside its steel line, right of the bend; where the bend comes late
   * and the name will not fit, the word "counterfactual" alone says it (the caption names the course).
   */
  private drawCourse(view: StripView): void {
    const { diverged } = view.timeline;
    this.course.setText('').setFontSize(LAYOUT.timeline.courseLabel);
    if (!diverged) return;
    const x = yearX(view.timeline, diverged.year) + COURSE_LABEL_GAP;
    const room = LAYOUT.timeline.right - LAYOUT.timeline.pointer - x;
    const label = courseLabel(diverged.course);
    this.course.setX(x).setText(label ? `COUNTERFACTUAL: ${label.toUpperCase()}` : 'COUNTERFACTUAL');
    if (this.course.width > room) this.course.setText('COUNTERFACTUAL');
    fitText(this.course, room, LAYOUT.timeline.courseLabel, COURSE_LABEL_MIN);
    this.course.setVisible(this.course.width <= room);
  }

  private drawMeters(view: StripView, animate: boolean): void {
    const meters = readings(view);
    const cellsOf = (): { x: number; width: number }[] => {
      let own = 0;
      return meters.map((reading, index) => cellOf(index, reading.own, reading.own ? own++ : 0));
    };
    const cells = cellsOf();
    const paint = (progress: number): void => {
      this.bars.clear();
      meters.forEach((reading, index) => {
        const cell = cells[index];
        if (!cell) return;
        const from = reading.previous ?? reading.value;
        const value = from + (reading.value - from) * progress;
        drawBar(this.bars, cell, value, reading.previous, reading.own ? RED : INK);
      });
    };
    paint(animate ? 0 : 1);
    if (animate) {
      const counter = { progress: 0 };
      this.tweens.add({ targets: counter, progress: 1, duration: MOTION.bars, ease: 'Cubic.easeOut', onUpdate: () => paint(counter.progress) });
    }
    meters.forEach((reading, index) => {
      const arrow = this.arrows[index];
      if (!arrow) return;
      const move = view.latest.moves.find((m) => m.meter === reading.meter);
      arrow.clear().setVisible(move !== undefined).setAlpha(1).setY(ARROW_Y);
      if (!move) return;
      const colour = view.latest.fresh ? moveColour(move, reading.own) : GREY;
      const up = move.direction === 'up';
      drawArrow(arrow, up, colour, Math.abs(move.to - move.from) >= 10 ? 1.15 : 0.9);
      if (animate) this.slide(arrow, up);
    });
  }

  /** An arrow slides in the way its meter moved, then nudges that way twice more. */
  private slide(arrow: Phaser.GameObjects.Graphics, up: boolean): void {
    const home = arrow.y;
    const away = up ? MOTION.arrowFrom : -MOTION.arrowFrom;
    arrow.setAlpha(0).setY(home + away);
    this.tweens.chain({
      targets: arrow,
      tweens: [
        { alpha: 1, y: home, duration: MOTION.arrow, ease: 'Cubic.easeOut' },
        { y: home - away / 3, duration: MOTION.nudge, yoyo: true, repeat: MOTION.nudges - 1, ease: 'Sine.easeInOut' },
      ],
    });
  }

  private drawReasons(view: StripView, animate: boolean): void {
    const { moves, fresh } = view.latest;
    const R = LAYOUT.reasons;
    const overflow = moves.length > R.max;
    const shown = overflow ? moves.slice(0, R.max - 1) : moves;
    this.lines.forEach((line, index) => {
      const move = shown[index];
      const parts = [line.arrow, line.name, line.text];
      const fill = (): void => {
        line.arrow.clear().setX(R.left + ARROW_X);
        line.name.setX(R.left + NAME_X);
        if (move) this.reasonLine(line, move, fresh);
        else if (index === 0 && moves.length === 0) this.plainLine(line, 'The meters have not moved yet. When one does, its arrow and the reason appear here.');
        else if (index === shown.length && overflow) this.plainLine(line, `And ${moves.length - shown.length} more moves, each with its reason, in the words under the picture.`);
        else this.plainLine(line, '');
      };
      if (!animate || !(move || overflow)) {
        fill();
        for (const part of parts) part.setAlpha(1);
        return;
      }
      // Each line's words are set in a task of its own, between frames, before the line comes in:
      // setting a text redraws it, and inside a frame of the scene turning in that made the frame too long.
      for (const part of parts) part.setAlpha(0);
      let filled = false;
      const fillOnce = (): void => {
        if (filled) return;
        filled = true;
        fill();
        drawTextsNow(this);
      };
      this.fills.push(setTimeout(fillOnce, 0));
      this.tweens.addCounter({
        from: 0,
        to: 1,
        duration: 0,
        delay: MOTION.reasonDelay + index * MOTION.reasonStagger,
        onComplete: () => {
          fillOnce();
          for (const part of parts) {
            const home = part.x;
            part.setX(home - MOTION.reasonFrom);
            this.tweens.add({ targets: part, alpha: 1, x: home, duration: MOTION.reason, ease: 'Cubic.easeOut' });
          }
        },
      });
    });
  }

  private reasonLine(line: ReasonLine, move: MeterMove, fresh: boolean): void {
    const R = LAYOUT.reasons;
    const own = PLAYER_METERS.includes(move.meter);
    const colour = fresh ? moveColour(move, own) : GREY;
    drawArrow(line.arrow, move.direction === 'up', colour, 0.8);
    retell(line.name, `${METER_SHORT[move.meter]}${move.counterfactual ? ' · COUNTERFACTUAL' : ''}`, { colour: cssOf(colour) });
    this.setLine(line.text, move.reason, fresh ? PALETTE.ink : PALETTE.grey, line.name.x + line.name.width + R.gap);
  }

  private plainLine(line: ReasonLine, words: string): void {
    line.name.setText('');
    this.setLine(line.text, words, PALETTE.grey, LAYOUT.reasons.left);
  }

  /**
   * Sets a line's words, colour and place, fitted to the strip: shrunk, and past the smallest size cut
   * at a word (the caption has it whole). The fitting is measured, not tried on the text, and a line
   * that has not changed is left alone, because every change of a text redraws it.
   */
  private setLine(text: Phaser.GameObjects.Text, words: string, colour: string, x: number): void {
    const key = `${words}|${colour}|${x}`;
    text.setX(x);
    if (text.getData('key') === key) return;
    text.setData('key', key);
    const R = LAYOUT.reasons;
    const room = R.right - x;
    const size = fittedSize(text, words, room, R.size, R.minSize);
    retell(text, cutToFit(text, words, size, room), { colour, size });
  }
}

/** `words` at `size`, cut at a word and ended with an ellipsis if they are wider than `width`. */
function cutToFit(text: Phaser.GameObjects.Text, words: string, size: number, width: number): string {
  const whole = widthOf(text, words, size);
  if (whole <= width) return words;
  // A first cut in proportion, then a word at a time.
  const keep = Math.floor((words.length * width) / whole) - 1;
  let kept = words.slice(0, Math.max(1, keep)).split(' ');
  if (kept.length > 1) kept = kept.slice(0, -1);
  while (kept.length > 1 && widthOf(text, `${kept.join(' ')}…`, size) > width) kept.pop();
  return `${kept.join(' ')}…`;
}
