import { afterEach, beforeEach, vi } from 'vitest';

export interface Download {
  name: string;
  blob: Blob;
}

/**
 * Keeps every file the page downloads (a link with `download` to an object URL), through stand-ins
 * for object URLs and link clicks installed before each test and restored after. Call at the top
 * of a test file; the list is emptied before each test.
 */
export function captureDownloads(): Download[] {
  const downloads: Download[] = [];
  const original = { createObjectURL: URL.createObjectURL, revokeObjectURL: URL.revokeObjectURL };
  beforeEach(() => {
    downloads.length = 0;
    const blobs = new Map<string, Blob>();
    Object.assign(URL, {
      createObjectURL: (blob: Blob) => {
        const url = `blob:test/${blobs.size + 1}`;
        blobs.set(url, blob);
        return url;
      },
      revokeObjectURL: () => undefined,
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      const blob = blobs.get(this.href);
      if (this.download && blob) downloads.push({ name: this.download, blob });
    });
  });
  afterEach(() => {
    Object.assign(URL, original);
  });
  return downloads;
}
