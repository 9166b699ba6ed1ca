import Phaser from './phaser';
import { PALETTE, SCENES } from '../config';
import { drawBoard, drawFactories, drawFields, drawLand, drawMourningFrame, drawRail, drawSheaves, drawTrain, drawVillage, LAND } from './countryside-art';
import { counts, type CountrysideView } from './countryside';
import { ModelScene } from './scene-base';
import { display, YearBlock } from './stage-art';
import type { StageModel, StageView } from './view';

/** Motion in ms: the new picture dissolves in, then the trains roll out (or, with relief, in). */
const MOTION = { dissolve: 300, roll: 900, rollFrom: 220 } as const;
const TITLE = { x: 184, y: 20, size: 40, text: 'THE COUNTRYSIDE' } as const;
/** Relief is drawn as one short train: the picture says that it came, not how much. */
const RELIEF_WAGONS = 3;
/** The industry from which the factories on the horizon smoke. */
const SMOKE_FROM = 40;

/**
 * The countryside, 1921–1938: what the village keeps and what leaves it. The fields lie in private
 * strips under the NEP and in one collective field after 1930; sheaves stand in them as the peasants'
 * lot allows; wagons heaped with grain roll out, more as the state takes more; in the famines the
 * windows go dark, the fields stand bare and the picture is framed in black; closed wagons carry the
 * deported away. Relief, when it comes, rolls in the other way, in steel blue.
 */
export class CountrysideScene extends ModelScene<CountrysideView> {
  private layer: Phaser.GameObjects.Container | null = null;
  private year!: YearBlock;
  private title!: Phaser.GameObjects.Text;

  constructor(model: StageModel) {
    super(SCENES.countryside, model);
  }

  protected select(view: StageView): CountrysideView | null {
    return view.scene === 'countryside' ? view.countryside : null;
  }

  protected same(a: CountrysideView, b: CountrysideView): boolean {
    return JSON.stringify(counts(a)) === JSON.stringify(counts(b)) &&
      a.year === b.year && a.fields === b.fields && a.famine === b.famine && a.relief === b.relief &&
      a.blacklist === b.blacklist && a.counterfactual === b.counterfactual;
  }

  protected build(): void {
    this.layer = null;
    this.title = this.add.text(TITLE.x, TITLE.y, TITLE.text, { ...display(TITLE.size, PALETTE.ink), letterSpacing: 4 }).setDepth(2);
    this.year = new YearBlock(this);
    this.year.raise(3);
  }

  protected draw(view: CountrysideView, before: CountrysideView | null, animate: boolean): void {
    const old = this.layer;
    const { layer, trains } = this.picture(view);
    this.layer = layer;
    this.year.set(view.year);
    if (old && animate) {
      old.setDepth(layer.depth + 1);
      this.animate({ targets: old, alpha: 0, duration: MOTION.dissolve, onComplete: () => old.destroy() }, () => old.destroy());
    } else {
      old?.destroy();
    }
    if (!animate || (before && JSON.stringify(counts(before)) === JSON.stringify(counts(view)))) return;
    for (const { train, inbound } of trains) {
      const home = { x: train.x, y: train.y };
      const away = MOTION.rollFrom * (inbound ? 1 : -1);
      train.setPosition(home.x + Math.cos(train.rotation) * away, home.y + Math.sin(train.rotation) * away);
      this.animate({ targets: train, x: home.x, y: home.y, duration: MOTION.roll, ease: 'Cubic.easeOut' }, () => train.setPosition(home.x, home.y));
    }
  }

  private picture(view: CountrysideView): { layer: Phaser.GameObjects.Container; trains: { train: Phaser.GameObjects.Graphics; inbound: boolean }[] } {
    const n = counts(view);
    const g = this.add.graphics();
    drawLand(g, view);
    drawFactories(g, n.chimneys, view.industry >= SMOKE_FROM && !view.famine);
    drawFields(g, view.fields, view.famine);
    drawVillage(g, n.lit);
    if (view.blacklist) drawBoard(g);
    drawSheaves(g, n.sheaves);
    drawRail(g, LAND.rail.from, LAND.rail.to);
    const trains = [{ train: drawTrain(this, LAND.rail, n.wagons, 'grain'), inbound: false }];
    if (view.relief) {
      drawRail(g, LAND.relief.from, LAND.relief.to);
      trains.push({ train: drawTrain(this, LAND.relief, RELIEF_WAGONS, 'relief'), inbound: true });
    }
    const parts: Phaser.GameObjects.GameObject[] = [g, ...trains.map(({ train }) => train)];
    if (n.deported > 0) {
      const tracks = this.add.graphics();
      drawRail(tracks, LAND.deport.from, LAND.deport.to);
      const train = drawTrain(this, LAND.deport, n.deported, 'closed');
      trains.push({ train, inbound: false });
      parts.push(tracks, train);
    }
    if (view.famine) {
      const frame = this.add.graphics();
      drawMourningFrame(frame);
      parts.push(frame);
    }
    return { layer: this.add.container(0, 0, parts).setDepth(1), trains };
  }
}
