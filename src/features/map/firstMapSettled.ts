/**
 * Settles once the page's first map has drawn its figures with the map engine, has failed, or has
 * left the screen. The service worker's first install waits for it (main.tsx): caching the whole app
 * while the engine starts slows the engine on a small machine, and a page still starting its engine
 * when the user opens the link again holds up that next page's start (issue #20).
 */
let settle: () => void = () => undefined;

export const firstMapSettled = new Promise<void>((resolve) => {
  settle = resolve;
});

export function markFirstMapSettled(): void {
  settle();
}
