/** localStorage, or null where the browser refuses it (a sandboxed frame, storage turned off). */
export function browserStorage(): Storage | null {
  try {
    if (typeof window === 'undefined' || !window.localStorage) return null;
    return window.localStorage;
  } catch {
    return null;
  }
}
