import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const loseContext = vi.fn();

/** The browser's answer to getContext('webgl2'): a context, or none. */
function browserGives(context: boolean) {
  return vi
    .spyOn(HTMLCanvasElement.prototype, 'getContext')
    .mockImplementation(() => (context ? ({ getExtension: () => ({ loseContext }) } as unknown as WebGL2RenderingContext) : null));
}

/** A new page: the module loaded afresh (its answer forgotten), the browser's storage kept. */
async function nextPage() {
  vi.resetModules();
  return import('./webgl');
}

beforeEach(() => {
  vi.stubGlobal('WebGL2RenderingContext', function WebGL2RenderingContext() {});
  localStorage.clear();
  loseContext.mockClear();
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('hasWebGL (whether the map can have a WebGL context)', () => {
  it('asks the browser once, lets its probe context go, and a later visit trusts the remembered yes without making one', async () => {
    let { hasWebGL } = await nextPage();
    const { WEBGL_KNOWN_KEY } = await import('./webgl');
    const getContext = browserGives(true);
    expect(hasWebGL()).toBe(true);
    expect(hasWebGL()).toBe(true);
    expect(getContext).toHaveBeenCalledTimes(1);
    expect(loseContext).toHaveBeenCalledTimes(1);
    expect(localStorage.getItem(WEBGL_KNOWN_KEY)).toBe('yes');
    ({ hasWebGL } = await nextPage());
    expect(hasWebGL()).toBe(true);
    expect(getContext).toHaveBeenCalledTimes(1);
  });

  it('never remembers a no: the next visit asks again, and gets the map if the browser can now', async () => {
    let { hasWebGL } = await nextPage();
    const { WEBGL_KNOWN_KEY } = await import('./webgl');
    browserGives(false);
    expect(hasWebGL()).toBe(false);
    expect(localStorage.getItem(WEBGL_KNOWN_KEY)).toBeNull();
    ({ hasWebGL } = await nextPage());
    browserGives(true);
    expect(hasWebGL()).toBe(true);
  });

  it('after a map failed, the next visit asks the browser again and believes it', async () => {
    let { hasWebGL } = await nextPage();
    const { forgetWebGL, WEBGL_KNOWN_KEY } = await import('./webgl');
    browserGives(true);
    expect(hasWebGL()).toBe(true);
    forgetWebGL();
    expect(localStorage.getItem(WEBGL_KNOWN_KEY)).toBeNull();
    ({ hasWebGL } = await nextPage());
    const getContext = browserGives(false);
    expect(hasWebGL()).toBe(false);
    expect(getContext).toHaveBeenCalled();
  });

  it('works where storage is refused, asking the browser on each visit', async () => {
    let { hasWebGL } = await nextPage();
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    const getContext = browserGives(true);
    expect(hasWebGL()).toBe(true);
    ({ hasWebGL } = await nextPage());
    expect(hasWebGL()).toBe(true);
    expect(getContext).toHaveBeenCalledTimes(2);
  });
});
