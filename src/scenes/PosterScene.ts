import Phaser from './phaser';
import { PALETTE, SCENES } from '../config';
import { cssOf } from './hall-art';
import { drawBand, drawChimneys, drawColumn, drawLeninHead, drawMaskGround, drawOutcomeGround, drawStalinHead, drawWedge, MASK, OUTCOME } from './poster-art';
import type { PosterView } from './poster';
import { ModelScene } from './scene-base';
import { accentOf, display, RED, resize } from './stage-art';
import type { StageModel, StageView } from './view';

/** Motion in ms: the wedge drives in and the slogan rises; in 1930 the mask slides off Stalin's face. */
const MOTION = { wedge: 420, wedgeFrom: -160, band: 380, bandFrom: 60, column: 300, columnDelay: 220, unmask: 1400, unmaskDelay: 500, maskAlpha: 0.9 } as const;

/** What moves when a poster is put up. */
interface Drawing {
  wedge: Phaser.GameObjects.Graphics | null;
  band: Phaser.GameObjects.GameObject[];
  column: Phaser.GameObjects.Graphics | null;
  lenin: Phaser.GameObjects.Graphics | null;
}

/** The outcome poster's pieces: made once, retold for each outcome. */
interface OutcomePoster {
  layer: Phaser.GameObjects.Container;
  wedge: Phaser.GameObjects.Graphics;
  column: Phaser.GameObjects.Graphics;
  band: Phaser.GameObjects.Graphics;
  headline: Phaser.GameObjects.Text;
  sub: Phaser.GameObjects.Text;
  year: Phaser.GameObjects.Text;
}

/** The 1930 poster's pieces. */
interface MaskPoster {
  layer: Phaser.GameObjects.Container;
  ground: Phaser.GameObjects.Graphics;
  lenin: Phaser.GameObjects.Graphics;
  title: Phaser.GameObjects.Text;
  credit: Phaser.GameObjects.Text;
}

/**
 * A key outcome announced as the party announced them: a poster. Most are composed after Lissitzky
 * (a red wedge into a white circle, a column marching, a slogan on a tilted band), with the player's
 * figure in step with the column or standing apart from it. In 1930 the poster is Klucis' "Under the
 * Banner of Lenin": Lenin's head in red, and as it slides aside, Stalin's behind it. Both posters are
 * made when the scene is (in an idle moment, director.ts), and a new outcome only retells their words
 * and colours: making a text is the dear part of drawing one.
 */
export class PosterScene extends ModelScene<PosterView> {
  private outcomePoster!: OutcomePoster;
  private maskPoster!: MaskPoster;

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
    this.outcomePoster = this.buildOutcome();
    this.maskPoster = this.buildMask();
  }

  protected draw(view: PosterView, before: PosterView | null, animate: boolean): void {
    const mask = view.kind === 'mask';
    this.outcomePoster.layer.setVisible(!mask);
    this.maskPoster.layer.setVisible(mask);
    const drawing = mask ? this.paintMask(view) : this.paintOutcome(view);
    // A new poster is put up with its motion even when the stage has only just turned to it.
    if (animate && (before === null || !this.same(before, view))) this.play(drawing);
    else this.land(drawing);
  }

  private buildOutcome(): OutcomePoster {
    const ground = this.add.graphics();
    drawOutcomeGround(ground);
    const wedge = this.add.graphics();
    const column = this.add.graphics();
    const band = this.add.graphics();
    drawBand(band);
    const H = OUTCOME.headline;
    const headline = this.add
      .text(H.x, H.y, '', { ...display(H.size, PALETTE.paper), letterSpacing: 2, lineSpacing: H.leading, wordWrap: { width: H.width } })
      .setRotation(OUTCOME.band.angle);
    const sub = this.add.text(0, 0, '', { ...display(OUTCOME.sub.size, PALETTE.paperDark), letterSpacing: 3 }).setRotation(OUTCOME.band.angle);
    const Y = OUTCOME.year;
    const year = this.add.text(Y.x, Y.y, '', { ...display(Y.size, 'rgba(0,0,0,0)'), stroke: cssOf(RED), strokeThickness: Y.stroke, letterSpacing: 4 });
    const layer = this.add.container(0, 0, [ground, wedge, column, band, headline, sub, year]).setVisible(false);
    return { layer, wedge, column, band, headline, sub, year };
  }

  private buildMask(): MaskPoster {
    const ground = this.add.graphics();
    const stalin = this.add.graphics({ x: MASK.stalin.x, y: MASK.stalin.y });
    drawStalinHead(stalin);
    const lenin = this.add.graphics();
    const chimneys = this.add.graphics();
    drawChimneys(chimneys);
    const T = MASK.title;
    const title = this.add.text(T.x, T.y, '', { ...display(T.size, PALETTE.ink), letterSpacing: 2, wordWrap: { width: T.width } });
    const credit = this.add.text(MASK.credit.x, T.y, '', { ...display(MASK.credit.size, cssOf(RED)), letterSpacing: 2 });
    const layer = this.add.container(0, 0, [ground, stalin, lenin, chimneys, title, credit]).setVisible(false);
    return { layer, ground, lenin, title, credit };
  }

  private paintOutcome(view: PosterView): Drawing {
    const { wedge, column, band, headline, sub, year } = this.outcomePoster;
    const accent = accentOf(view.counterfactual);
    drawWedge(wedge.clear(), accent);
    drawColumn(column.clear(), view.stance, accent);
    const H = OUTCOME.headline;
    resize(headline, H.size);
    headline.setText(view.headline);
    sub.setText(view.sub);
    // The slogan and its sub-line must stand on the band: the type gives way before the words do.
    const fits = (): boolean => H.y + headline.height + OUTCOME.sub.gap + sub.height <= H.foot;
    for (let size = H.size; !fits() && size > H.minSize; size -= 2) headline.setFontSize(size - 2);
    // The sub-line follows the slogan's slant, just under its last line.
    const drop = headline.height + OUTCOME.sub.gap;
    sub.setPosition(OUTCOME.sub.x - Math.sin(OUTCOME.band.angle) * drop, H.y + Math.cos(OUTCOME.band.angle) * drop);
    year.setText(view.year === null ? '' : String(view.year));
    if (year.style.stroke !== cssOf(accent)) year.setStroke(cssOf(accent), OUTCOME.year.stroke);
    return { wedge, band: [band, headline, sub], column, lenin: null };
  }

  private paintMask(view: PosterView): Drawing {
    const { ground, lenin, title, credit } = this.maskPoster;
    const accent = accentOf(view.counterfactual);
    drawMaskGround(ground.clear(), accent);
    drawLeninHead(lenin.clear().setPosition(MASK.lenin.x, MASK.lenin.y).setAlpha(1), accent);
    title.setText(view.headline);
    credit.setText(view.sub).setY(MASK.title.y + title.height + 6);
    return { wedge: null, band: [], column: null, lenin };
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
