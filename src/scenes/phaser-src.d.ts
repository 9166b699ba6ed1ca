/** Phaser's sources are CommonJS without typings of their own; src/scenes/phaser.ts types what it takes. */
declare module 'phaser/src/*' {
  const value: unknown;
  export default value;
}
