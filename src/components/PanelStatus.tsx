import type { UseQueryResult } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { ContractError, FetchError, TimeoutError } from '../contract/errors';
import { SLOW_NOTICE_MS } from '../data/timing';
import { useT } from '../i18n/useT';

/** Why a load failed, in words for the user (the file and field for a bad payload). */
export function describeError(error: unknown): string {
  if (error instanceof ContractError) return `${error.file}: ${error.field || '(root)'} ${error.reason}`;
  if (error instanceof FetchError) return error.message;
  return error instanceof Error ? error.message : String(error);
}

/** True once `ms` have passed since the component mounted. */
function useAfter(ms: number): boolean {
  const [passed, setPassed] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setPassed(true), ms);
    return () => clearTimeout(timer);
  }, [ms]);
  return passed;
}

export function LoadingState() {
  const { t } = useT();
  const slow = useAfter(SLOW_NOTICE_MS);
  return (
    <div className="panel-state" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {t('state.loading')}
      {slow && <p>{t('state.slow')}</p>}
    </div>
  );
}

export function ErrorState({ what, error, onRetry }: { what: string; error: unknown; onRetry?: () => void }) {
  const { t } = useT();
  return (
    <div className="panel-state panel-state--error" role="alert">
      <p>{t('state.error', { what })}</p>
      {error instanceof TimeoutError ? (
        <p>{t('state.timeout', { seconds: error.ms / 1000 })}</p>
      ) : (
        <p className="detail">{t('state.errorDetail', { detail: describeError(error) })}</p>
      )}
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t('state.retry')}
        </button>
      )}
    </div>
  );
}

export function EmptyState({ children }: { children: ReactNode }) {
  return (
    <div className="panel-state panel-state--empty" role="status">
      {children}
    </div>
  );
}

/** Renders loading and error states of a query, and its data through children once it has some. */
export function QueryBoundary<T>({ query, what, children }: { query: UseQueryResult<T>; what: string; children: (data: T) => ReactNode }) {
  if (query.isPending) return <LoadingState />;
  // A failed refresh keeps the figures already loaded on screen (StatusNotices says they are stale).
  if (query.isError && query.data === undefined) return <ErrorState what={what} error={query.error} onRetry={() => void query.refetch()} />;
  return <>{children(query.data as T)}</>;
}
