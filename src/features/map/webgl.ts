/**
 * Whether the browser can give the map a WebGL context. Checked once, before the map engine is
 * loaded, so a browser without WebGL gets a message (and no download) instead of a broken panel.
 *
 * Making a context to find out took 10–20 ms of a page's start in software GL (issue #20), so a yes is
 * remembered in this browser (localStorage) and a later visit makes none; a map that then fails
 * forgets it (MapErrorBoundary), and the next visit asks the browser again. A no is never remembered.
 */
import { browserStorage } from '../../lib/browserStorage';

export const WEBGL_KNOWN_KEY = 'migration-lens:webgl';

let cached: boolean | null = null;

export function hasWebGL(): boolean {
  if (cached !== null) return cached;
  const storage = browserStorage();
  if (readKnown(storage)) return (cached = true);
  cached = probe();
  if (cached) writeKnown(storage, 'yes');
  return cached;
}

/** A map failed (no context after all, or the engine broke): the next visit asks the browser again. */
export function forgetWebGL(): void {
  writeKnown(browserStorage(), null);
}

function probe(): boolean {
  try {
    if (typeof window === 'undefined' || typeof document === 'undefined') return false;
    if (typeof WebGLRenderingContext === 'undefined' && typeof WebGL2RenderingContext === 'undefined') return false;
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    gl?.getExtension('WEBGL_lose_context')?.loseContext(); // the map makes its own
    return gl !== null;
  } catch {
    return false;
  }
}

function readKnown(storage: Storage | null): boolean {
  try {
    return storage?.getItem(WEBGL_KNOWN_KEY) === 'yes';
  } catch {
    return false;
  }
}

function writeKnown(storage: Storage | null, value: 'yes' | null): void {
  try {
    if (value === null) storage?.removeItem(WEBGL_KNOWN_KEY);
    else storage?.setItem(WEBGL_KNOWN_KEY, value);
  } catch {
    // a full or refused storage: the next visit asks the browser again
  }
}
