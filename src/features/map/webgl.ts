/**
 * Whether the browser can give the map a WebGL context. Checked once, before the map engine is
 * loaded, so a browser without WebGL gets a message (and no download) instead of a broken panel.
 */
let cached: boolean | null = null;

export function hasWebGL(): boolean {
  if (cached !== null) return cached;
  cached = false;
  try {
    if (typeof window === 'undefined' || typeof document === 'undefined') return cached;
    if (typeof WebGLRenderingContext === 'undefined' && typeof WebGL2RenderingContext === 'undefined') return cached;
    const canvas = document.createElement('canvas');
    cached = Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
  } catch {
    cached = false;
  }
  return cached;
}
