import { createContext, lazy, useContext, type ComponentType, type LazyExoticComponent } from 'react';
import { reloadFailedStyleSheets } from './failedStyleSheets';

/** The code of a panel could not be loaded (offline, or a server error): a retry may succeed. */
export class PanelCodeError extends Error {
  override readonly name = 'PanelCodeError';
  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
  }
}

/**
 * The attempt at a panel that PanelErrorBoundary is on: it moves on when the user reloads the
 * panel, when the connection comes back, or when the view leaves a failed panel.
 */
export const PanelAttemptContext = createContext(0);

interface Attempt<P> {
  Component: LazyExoticComponent<ComponentType<P>>;
  failed: boolean;
  number: number;
}

/**
 * A lazily loaded panel; `preload` starts its code loading before it is rendered (the entry does, for
 * the panel a link opens), and settles once the load has (a failure shows when the panel renders).
 */
export type LazyPanel<P> = ComponentType<P> & { preload: () => Promise<void> };

/**
 * A panel whose code loads on first use, like React.lazy, but that loads it again after a failure:
 * React.lazy keeps a failed import for good, so the next attempt (PanelAttemptContext) starts a
 * fresh import(), which browsers that follow whatwg/html#10327 fetch again. Failures are
 * PanelCodeErrors, for PanelErrorBoundary to tell apart from a crash. Once the code is here (loaded
 * by `preload` or by an earlier render) the panel renders at once: a Suspense boundary that has
 * shown its fallback reveals the content no sooner than 300 ms later (React's throttle).
 */
export function lazyPanel<P extends object>(load: () => Promise<ComponentType<P>>): LazyPanel<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const loadOnce = () => {
    loading ??= load().then((component) => (loaded = component));
    loading.catch(() => {
      loading = null; // the next attempt imports again
    });
    return loading;
  };
  const attempt = (number: number): Attempt<P> => {
    const next: Attempt<P> = {
      failed: false,
      number,
      Component: lazy(async () => {
        try {
          if (number > 0) await reloadFailedStyleSheets();
          return { default: await loadOnce() };
        } catch (error) {
          next.failed = true;
          throw new PanelCodeError(error);
        }
      }),
    };
    return next;
  };
  let latest = attempt(0);
  const current = (number: number) => {
    if (latest.failed && latest.number !== number) latest = attempt(number);
    return latest.Component;
  };
  function LazyPanel(props: P) {
    const attemptNumber = useContext(PanelAttemptContext);
    const Component = loaded ?? current(attemptNumber);
    return <Component {...props} />;
  }
  LazyPanel.preload = () =>
    loadOnce().then(
      () => undefined,
      () => undefined,
    );
  return LazyPanel;
}
