/**
 * The stage's WebGL context, made before the game so that its multisampling can suit the machine.
 * A graphics card smooths the edges of the stage's shapes for nothing; where the browser draws WebGL
 * in software instead (no usable graphics card: SwiftShader in Chrome, llvmpipe on Linux), the
 * smoothing multiplies the pixels of every frame by four, and a transition stutters on a school laptop.
 * There the stage draws without it: its flat poster shapes lose little.
 */

/** The attributes Phaser's WebGL renderer would ask for, given the stage's config (stage.ts), but the buffer kept. */
const ATTRIBUTES: WebGLContextAttributes = {
  alpha: false,
  depth: true,
  premultipliedAlpha: true,
  stencil: true,
  // Lets tests and the print view read the canvas after it has been composited.
  preserveDrawingBuffer: true,
  powerPreference: 'default',
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

function create(antialias: boolean): StageContext | null {
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('webgl', { ...ATTRIBUTES, antialias });
  return context && !context.isContextLost() ? { canvas, context } : null;
}

/** A WebGL context for the stage, smoothed where that is cheap; null where the browser offers no WebGL. */
export function stageContext(): StageContext | null {
  const smooth = create(true);
  if (!smooth) return null;
  if (!SOFTWARE.test(rendererName(smooth.context))) return smooth;
  // A canvas keeps the first context made on it: the context without smoothing needs a canvas of its own.
  smooth.context.getExtension('WEBGL_lose_context')?.loseContext();
  return create(false);
}
