import { Component, useEffect, type ReactNode } from 'react';
import { useT } from '../i18n/useT';
import { useOnline } from '../lib/useOnline';
import { PanelAttemptContext, PanelCodeError } from './lazyPanel';

interface Props {
  /** A change of any of these (another panel, indicator or source) clears the error. */
  resetKeys: readonly unknown[];
  children: ReactNode;
}

interface State {
  error: unknown;
  keys: readonly unknown[];
  /** Bumped by "Reload this panel", and when the view leaves a failed panel, so that the panel mounts (and a lazy one loads) afresh. */
  generation: number;
}

const changed = (a: readonly unknown[], b: readonly unknown[]) => a.length !== b.length || a.some((x, i) => !Object.is(x, b[i]));

/**
 * Keeps a crash of one panel (an exception while rendering it) inside that panel: the rest of the
 * page goes on working, and "Reload this panel" mounts it again. A panel whose code could not be
 * loaded (lazyPanel) says whether the browser is offline, and loads again when the connection is back.
 */
export class PanelErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, keys: this.props.resetKeys, generation: 0 };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error ?? new Error('The panel failed.') };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    if (changed(props.resetKeys, state.keys))
      return { keys: props.resetKeys, error: null, generation: state.error ? state.generation + 1 : state.generation };
    return null;
  }

  override componentDidCatch(error: unknown): void {
    console.error('A panel failed:', error);
  }

  private reload = () => this.setState((state) => ({ error: null, generation: state.generation + 1 }));

  override render() {
    const { error } = this.state;
    if (error instanceof PanelCodeError) return <PanelCodeFailed error={error} onReload={this.reload} />;
    if (error) return <PanelCrashed error={error} onReload={this.reload} />;
    return (
      <PanelAttemptContext key={this.state.generation} value={this.state.generation}>
        {this.props.children}
      </PanelAttemptContext>
    );
  }
}

function PanelCrashed({ error, onReload }: { error: unknown; onReload: () => void }) {
  const { t } = useT();
  const detail = error instanceof Error ? error.message : String(error);
  return (
    <div className="panel-state panel-state--error" role="alert">
      <p>{t('panel.crashed')}</p>
      <p className="detail">{t('state.errorDetail', { detail })}</p>
      <button type="button" onClick={onReload}>
        {t('panel.reload')}
      </button>
    </div>
  );
}

function PanelCodeFailed({ error, onReload }: { error: PanelCodeError; onReload: () => void }) {
  const { t } = useT();
  const online = useOnline();
  useEffect(() => {
    window.addEventListener('online', onReload);
    return () => window.removeEventListener('online', onReload);
  }, [onReload]);
  return (
    <div className="panel-state panel-state--error" role="alert">
      <p>{online ? t('panel.codeFailed') : t('panel.offline')}</p>
      {online && <p className="detail">{t('state.errorDetail', { detail: error.message })}</p>}
      <button type="button" onClick={onReload}>
        {t('panel.reload')}
      </button>
    </div>
  );
}
