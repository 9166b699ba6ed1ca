import * as Phaser from 'phaser';
import { SCENES } from '../config';

/** The first scene: nothing is loaded (the hall is drawn in code), so it hands over at once. */
export class BootScene extends Phaser.Scene {
  constructor() {
    super(SCENES.boot);
  }

  create(): void {
    this.scene.start(SCENES.congress);
  }
}
