import Phaser from './phaser';
import { SCENES } from '../config';

/**
 * The first scene: nothing is loaded (every picture is drawn in code), so it hands over at once to the
 * strip under the picture. The stage turns to the outcome scene each beat names.
 */
export class BootScene extends Phaser.Scene {
  constructor() {
    super(SCENES.boot);
  }

  create(): void {
    this.scene.start(SCENES.strip);
  }
}
