/**
 * Style sheets of lazily loaded code that failed to load (offline, a server error). Vite's preload
 * helper never asks for a style sheet twice, even one that failed, so a retried import would show
 * the panel without its styles: the failed ones are loaded again first.
 */
const failed = new Set<HTMLLinkElement>();

function onError(event: Event): void {
  const target = event.target;
  if (target instanceof HTMLLinkElement && target.rel === 'stylesheet') failed.add(target);
}

// Error events of <link> elements do not bubble: they are caught on their way down.
if (typeof document !== 'undefined') document.addEventListener('error', onError, true);

function reload(link: HTMLLinkElement): Promise<void> {
  const fresh = link.cloneNode() as HTMLLinkElement;
  const loaded = new Promise<void>((resolve, reject) => {
    fresh.addEventListener('load', () => resolve(), { once: true });
    fresh.addEventListener('error', () => reject(new Error(`Unable to load the style sheet ${fresh.href}`)), { once: true });
  });
  if (link.isConnected) link.replaceWith(fresh);
  else document.head.append(fresh);
  return loaded;
}

/** Loads every failed style sheet again; rejects when one fails again. */
export async function reloadFailedStyleSheets(): Promise<void> {
  const links = [...failed];
  failed.clear();
  await Promise.all(links.map(reload));
}
