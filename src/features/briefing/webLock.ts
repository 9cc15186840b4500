/**
 * Runs `work` while holding the Web Lock `name`, so that tabs of this browser take turns; at once
 * where the browser has no Web Locks (or refuses them, as an opaque origin does).
 */
export function withWebLock(name: string, work: () => void): void {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (!locks || typeof locks.request !== 'function') {
    work();
    return;
  }
  let ran = false;
  locks
    .request(name, () => {
      ran = true;
      work();
    })
    .catch(() => {
      if (!ran) work();
    });
}
