import Phaser from './phaser';
import { PALETTE, SCENES } from '../config';
import { cssOf } from './hall-art';
import { drawBand, drawChimneys, drawColumn, drawLeninHead, drawMaskGround, drawOutcomeGround, drawStalinHead, drawWedge, MASK, OUTCOME } from './poster-art';
import type { PosterView } from './poster';
import { ModelScene } from './scene-base';
import { accentOf, display, RED } from './stage-art';
import type { StageModel, StageView } from './view';

/** Motion in ms: the wedge drives in and the slogan rises; in 1930 the mask slides off Stalin's face. */
const MOTION = { wedge: 420, wedgeFrom: -160, band: 380, bandFrom: 60, column: 300, columnDelay: 220, unmask: 1400, unmaskDelay: 500, maskAlpha: 0.9 } as const;

interface Drawing {
  layer: Phaser.GameObjects.Container;
  wedge: Phaser.GameObjects.Graphics | null;
  band: Phaser.GameObjects.GameObject[];
  column: Phaser.GameObjects.Graphics | null;
  lenin: Phaser.GameObjects.Graphics | null;
}

/**
 * A key outcome announced as the party announced them: a poster. Most are composed after Lissitzky
 * (a red wedge into a white circle, a column marching, a slogan on a tilted band), with the player's
 * figure in step with the column or standing apart from it. In 1930 the poster is Klucis' "Under the
 * Banner of Lenin": Lenin's head in red, and as it slides aside, Stalin's behind it.
 */
export class PosterScene extends ModelScene<PosterView> {
  private drawing: Drawing | null = null;

  constructor(model: StageModel) {
    super(SCENES.poster, model);
  }

  protected select(view: StageView): PosterView | null {
    return view.scene === 'poster' ? view.poster : null;
  }

  protected same(a: PosterView, b: PosterView): boolean {
    return a.kind === b.kind && a.headline === b.headline && a.sub === b.sub && a.year === b.year && a.counterfactual === b.counterfactual && a.stance === b.stance;
  }

  protected build(): void {
    this.drawing = null;
  }

  protected draw(view: PosterView, before: PosterView | null, animate: boolean): void {
    this.drawing?.layer.destroy();
    this.drawing = view.kind === 'mask' ? this.mask(view) : this.outcome(view);
    // A new poster is put up with its motion even when the stage has only just turned to it.
    if (animate && (before === null || !this.same(before, view))) this.play(this.drawing);
    else this.land(this.drawing);
  }

  private outcome(view: PosterView): Drawing {
    const accent = accentOf(view.counterfactual);
    const ground = this.add.graphics();
    drawOutcomeGround(ground);
    const wedge = this.add.graphics();
    drawWedge(wedge, accent);
    const column = this.add.graphics();
    drawColumn(column, view.stance, accent);
    const band = this.add.graphics();
    drawBand(band);
    const H = OUTCOME.headline;
    const headline = this.add
      .text(H.x, H.y, view.headline, { ...display(H.size, PALETTE.paper), letterSpacing: 2, lineSpacing: H.leading, wordWrap: { width: H.width } })
      .setRotation(OUTCOME.band.angle);
    const sub = this.add
      .text(0, 0, view.sub, { ...display(OUTCOME.sub.size, PALETTE.paperDark), letterSpacing: 3 })
      .setRotation(OUTCOME.band.angle);
    // The slogan and its sub-line must stand on the band: the type gives way before the words do.
    const fits = (): boolean => H.y + headline.height + OUTCOME.sub.gap + sub.height <= H.foot;
    for (let size = H.size; !fits() && size > H.minSize; size -= 2) headline.setFontSize(size - 2);
    // The sub-line follows the slogan's slant, just under its last line.
    const drop = headline.height + OUTCOME.sub.gap;
    sub.setPosition(OUTCOME.sub.x - Math.sin(OUTCOME.band.angle) * drop, H.y + Math.cos(OUTCOME.band.angle) * drop);
    const Y = OUTCOME.year;
    const year = this.add.text(Y.x, Y.y, view.year === null ? '' : String(view.year), {
      ...display(Y.size, 'rgba(0,0,0,0)'),
      stroke: cssOf(accent),
      strokeThickness: Y.stroke,
      letterSpacing: 4,
    });
    const parts = [ground, wedge, column, band, headline, sub, year];
    return { layer: this.add.container(0, 0, parts), wedge, band: [band, headline, sub], column, lenin: null };
  }

  private mask(view: PosterView): Drawing {
    const accent = accentOf(view.counterfactual);
    const ground = this.add.graphics();
    drawMaskGround(ground, accent);
    const stalin = drawStalinHead(this);
    const lenin = drawLeninHead(this, accent);
    const chimneys = this.add.graphics();
    drawChimneys(chimneys);
    const T = MASK.title;
    const title = this.add.text(T.x, T.y, view.headline, { ...display(T.size, PALETTE.ink), letterSpacing: 2, wordWrap: { width: T.width } });
    const credit = this.add.text(MASK.credit.x, T.y + title.height + 6, view.sub, { ...display(MASK.credit.size, cssOf(RED)), letterSpacing: 2 });
    const layer = this.add.container(0, 0, [ground, stalin, lenin, chimneys, title, credit]);
    return { layer, wedge: null, band: [], column: null, lenin };
  }

  /** Everything where it ends. */
  private land(drawing: Drawing): void {
    drawing.lenin?.setX(MASK.lenin.x - MASK.slide).setAlpha(MOTION.maskAlpha);
  }

  private play(drawing: Drawing): void {
    const { lenin, wedge, column } = drawing;
    if (lenin) {
      // The essay's reading made visible: the face in front moves aside, and the one behind it shows.
      const to = { x: MASK.lenin.x - MASK.slide, alpha: MOTION.maskAlpha };
      this.animate(
        { targets: lenin, ...to, delay: MOTION.unmaskDelay, duration: MOTION.unmask, ease: 'Sine.easeInOut' },
        () => lenin.setPosition(to.x, lenin.y).setAlpha(to.alpha),
      );
      return;
    }
    if (wedge) {
      wedge.setX(MOTION.wedgeFrom).setAlpha(0);
      this.animate({ targets: wedge, x: 0, alpha: 1, duration: MOTION.wedge, ease: 'Cubic.easeOut' }, () => wedge.setX(0).setAlpha(1));
    }
    for (const part of drawing.band) {
      const target = part as Phaser.GameObjects.Graphics;
      const home = target.y;
      target.setY(home + MOTION.bandFrom);
      this.animate({ targets: target, y: home, duration: MOTION.band, ease: 'Cubic.easeOut' }, () => target.setY(home));
    }
    if (column) {
      column.setAlpha(0);
      this.animate({ targets: column, alpha: 1, delay: MOTION.columnDelay, duration: MOTION.column }, () => column.setAlpha(1));
    }
  }
}
