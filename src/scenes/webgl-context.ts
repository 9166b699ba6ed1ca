/**
 * The stage's WebGL context, made before the game so that the stage can first ask who would draw it.
 * A graphics card draws the stage's frames for next to nothing. Where the browser would draw WebGL in
 * software instead (no usable graphics card: SwiftShader in Chrome, llvmpipe in Firefox on Linux),
 * every frame is drawn on the processor and then read back for the page, and a scene turning in holds
 * a school laptop for a tenth of a second; the browser's own Canvas draws the same picture in about
 * half the time. There the stage declines WebGL and draws on Canvas, as `failIfMajorPerformanceCaveat`
 * asks of browsers that honour it.
 */

/** The attributes Phaser's WebGL renderer would ask for, given the stage's config (stage.ts), but the buffer kept. */
const ATTRIBUTES: WebGLContextAttributes = {
  alpha: false,
  antialias: true,
  depth: true,
  premultipliedAlpha: true,
  stencil: true,
  // Lets tests and the print view read the canvas after it has been composited.
  preserveDrawingBuffer: true,
  powerPreference: 'default',
  failIfMajorPerformanceCaveat: true,
};

/** Renderers that draw on the processor: Chrome's SwiftShader, Mesa's llvmpipe and softpipe, Windows' fallback. */
const SOFTWARE = /swiftshader|llvmpipe|softpipe|software|basic render/i;

export interface StageContext {
  canvas: HTMLCanvasElement;
  context: WebGLRenderingContext;
}

/** The renderer's name as the browser gives it, where it does. */
function rendererName(gl: WebGLRenderingContext): string {
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  return String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER) ?? '');
}

/** A WebGL context for the stage where a graphics card draws it; null where the stage should draw on Canvas. */
export function stageContext(): StageContext | null {
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('webgl', ATTRIBUTES);
  if (!context || context.isContextLost()) return null;
  if (!SOFTWARE.test(rendererName(context))) return { canvas, context };
  context.getExtension('WEBGL_lose_context')?.loseContext();
  return null;
}
