import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { forgetWebGL, hasWebGL, resetWebGLCheck, WEBGL_KNOWN_KEY } from './webgl';

const loseContext = vi.fn();

/** The browser's answer to getContext('webgl2'): a context, or none. */
function browserGives(context: boolean) {
  return vi
    .spyOn(HTMLCanvasElement.prototype, 'getContext')
    .mockImplementation(() => (context ? ({ getExtension: () => ({ loseContext }) } as unknown as WebGL2RenderingContext) : null));
}

/** A new page: the module's answer is forgotten, the browser's storage is not. */
const nextPage = () => resetWebGLCheck();

beforeEach(() => {
  vi.stubGlobal('WebGL2RenderingContext', function WebGL2RenderingContext() {});
  localStorage.clear();
  nextPage();
  loseContext.mockClear();
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('hasWebGL (whether the map can have a WebGL context)', () => {
  it('asks the browser once, lets its probe context go, and a later visit trusts the remembered yes without making one', () => {
    const getContext = browserGives(true);
    expect(hasWebGL()).toBe(true);
    expect(hasWebGL()).toBe(true);
    expect(getContext).toHaveBeenCalledTimes(1);
    expect(loseContext).toHaveBeenCalledTimes(1);
    expect(localStorage.getItem(WEBGL_KNOWN_KEY)).toBe('yes');
    nextPage();
    expect(hasWebGL()).toBe(true);
    expect(getContext).toHaveBeenCalledTimes(1);
  });

  it('never remembers a no: the next visit asks again, and gets the map if the browser can now', () => {
    browserGives(false);
    expect(hasWebGL()).toBe(false);
    expect(localStorage.getItem(WEBGL_KNOWN_KEY)).toBeNull();
    nextPage();
    browserGives(true);
    expect(hasWebGL()).toBe(true);
  });

  it('after a map failed, the next visit asks the browser again and believes it', () => {
    browserGives(true);
    expect(hasWebGL()).toBe(true);
    forgetWebGL();
    expect(localStorage.getItem(WEBGL_KNOWN_KEY)).toBeNull();
    nextPage();
    const getContext = browserGives(false);
    expect(hasWebGL()).toBe(false);
    expect(getContext).toHaveBeenCalled();
  });

  it('works where storage is refused, asking the browser on each visit', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    const getContext = browserGives(true);
    expect(hasWebGL()).toBe(true);
    nextPage();
    expect(hasWebGL()).toBe(true);
    expect(getContext).toHaveBeenCalledTimes(2);
  });
});
