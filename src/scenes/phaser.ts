/**
 * The stage's own Phaser: every scene imports Phaser from here, never from 'phaser'. It takes from
 * Phaser's sources only what the stage draws with (Graphics, Text, Container, tweens and scenes) and
 * the game's machinery, instead of the full build with its physics, loaders, input plugins, sound,
 * tilemaps and a hundred game objects the stage never makes. The typings are Phaser's own, so a
 * scene that reaches for something not taken here still type-checks: add it below (its factory,
 * for `this.add.…`, or its plugin, for `this.….`) and check the stage in the browser tests.
 *
 * Phaser's sources read build flags; vite.config.ts defines them (WebGL and Canvas on, sound off).
 */
import type * as PhaserTypes from 'phaser';
import PHASER_CONST from 'phaser/src/const.js';
import CoreEvents from 'phaser/src/core/events/index.js';
import Game from 'phaser/src/core/Game.js';
import Container from 'phaser/src/gameobjects/container/Container.js';
import GameObject from 'phaser/src/gameobjects/GameObject.js';
import Graphics from 'phaser/src/gameobjects/graphics/Graphics.js';
import Text from 'phaser/src/gameobjects/text/Text.js';
import ScaleConst from 'phaser/src/scale/const/index.js';
import Scene from 'phaser/src/scene/Scene.js';
import SceneConst from 'phaser/src/scene/const.js';
import SceneEvents from 'phaser/src/scene/events/index.js';
// The scene plugins register themselves with Phaser's plugin cache when their module runs. A scene
// gets only the plugins registered here: the scene's events, `this.cameras`, `this.add`, `this.tweens`, the scene
// manager and the display and update lists. (No loader, input, clock, data or lights.)
import 'phaser/src/cameras/2d/CameraManager.js';
import 'phaser/src/events/EventEmitter.js';
import 'phaser/src/gameobjects/DisplayList.js';
import 'phaser/src/gameobjects/GameObjectFactory.js';
import 'phaser/src/gameobjects/UpdateList.js';
import 'phaser/src/scene/ScenePlugin.js';
import 'phaser/src/tweens/TweenManager.js';
// `this.add.graphics()`, `this.add.text()`, `this.add.container()`.
import 'phaser/src/gameobjects/container/ContainerFactory.js';
import 'phaser/src/gameobjects/graphics/GraphicsFactory.js';
import 'phaser/src/gameobjects/text/TextFactory.js';

type P = typeof PhaserTypes;
const CONST = PHASER_CONST as Pick<P, 'CANVAS' | 'WEBGL'>;

/** The part of Phaser's namespace the stage uses, with Phaser's own types. */
const Phaser = {
  CANVAS: CONST.CANVAS,
  WEBGL: CONST.WEBGL,
  Game: Game as P['Game'],
  Scene: Scene as P['Scene'],
  Scenes: { ...(SceneConst as object), Events: SceneEvents } as unknown as Pick<P['Scenes'], 'Events' | 'PENDING' | 'INIT' | 'START' | 'LOADING' | 'CREATING' | 'RUNNING' | 'PAUSED' | 'SLEEPING' | 'SHUTDOWN' | 'DESTROYED'>,
  Scale: ScaleConst as Pick<P['Scale'], 'FIT' | 'CENTER_BOTH' | 'NONE' | 'RESIZE'>,
  Core: { Events: CoreEvents } as Pick<P['Core'], 'Events'>,
  GameObjects: {
    GameObject: GameObject as P['GameObjects']['GameObject'],
    Container: Container as P['GameObjects']['Container'],
    Graphics: Graphics as P['GameObjects']['Graphics'],
    Text: Text as P['GameObjects']['Text'],
  },
};

export default Phaser;
