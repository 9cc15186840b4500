import { useId, type ReactNode } from 'react';
import { PANEL_REGISTRY, PanelContent } from './panels';
import { useResolvedView, useViewSeries } from '../data/useViewData';
import { formatDate } from '../i18n/format';
import { useT } from '../i18n/useT';
import { useCatalogReconcile } from '../state/useCatalogReconcile';
import { useViewStore } from '../state/store';
import { PanelErrorBoundary } from '../components/PanelErrorBoundary';
import { EmptyState, ErrorState, LoadingState } from '../components/PanelStatus';
import { titleUnderName, useViewTitle } from '../lib/viewTitle';
import { useExportSourceIds } from '../lib/export/registry';
import { measuresTies } from '../data/ties';
import { PanelModeContext } from '../components/panelMode';
import { PanelOptionsButton, usePanelOptions } from '../components/PanelOptions';
import type { ResolvedView } from '../data/resolveView';
import { ProfileSlot } from './ProfileSlot';
import './embed.css';

interface Props {
  /** Embed mode or presenter mode: the panel's controls wait behind one "Options" button, the figure comes first. */
  mode: 'embed' | 'presenter';
  /** The heading level of the view's title (1 in embed mode, 2 under the presenter's bar). */
  headingLevel: 1 | 2;
  className: string;
  /** Drawn after the source line (the link back, the presenter's hints). */
  footer?: (resolved: ResolvedView) => ReactNode;
  /** A name given to the view (a briefing step's saved view), shown instead of the view's title. */
  title?: string | null;
}

/** The view's panel alone, with its title and a short source line: the body of embed and presenter modes. */
export function SinglePanel({ mode, headingLevel, className, footer, title }: Props) {
  const { t } = useT();
  const panelId = useId();
  const { catalogQuery, resolved } = useResolvedView();
  useCatalogReconcile(catalogQuery.data);
  const { seriesQuery, period } = useViewSeries(resolved);
  const panel = useViewStore((s) => s.view.panel);
  const [optionsOpen, toggleOptions] = usePanelOptions(panel);
  const catalog = catalogQuery.data;

  if (catalogQuery.isPending) return <LoadingState />;
  if (catalogQuery.isError) return <ErrorState what={t('what.catalog')} error={catalogQuery.error} onRetry={() => void catalogQuery.refetch()} />;
  if (!catalog || !resolved) return <EmptyState>{t('state.catalogError')}</EmptyState>;

  const hasOptions = PANEL_REGISTRY[panel].ofTheView;
  return (
    <div className={className}>
      <PanelTitle level={headingLevel} resolved={resolved} period={period} name={title ?? null}>
        {hasOptions && <PanelOptionsButton open={optionsOpen} onToggle={toggleOptions} controls={panelId} className="single-panel__options" />}
      </PanelTitle>
      <div id={panelId} className={`${className}__panel`} data-panel={panel} data-options={optionsOpen ? 'open' : 'collapsed'}>
        <PanelModeContext.Provider value={{ mode, optionsOpen }}>
          <PanelErrorBoundary resetKeys={[panel, resolved.indicator.id, resolved.source.id]}>
            <PanelContent panel={panel} catalog={catalog} resolved={resolved} seriesQuery={seriesQuery} period={period} />
          </PanelErrorBoundary>
        </PanelModeContext.Provider>
      </div>
      <div className={`${className}__foot`}>
        <ShortSource resolved={resolved} releaseDate={seriesQuery.data?.releaseDate ?? null} />
        {footer?.(resolved)}
      </div>
      <ProfileSlot catalog={catalog} resolved={resolved} period={period} />
    </div>
  );
}

function PanelTitle({
  level,
  resolved,
  period,
  name,
  children,
}: {
  level: 1 | 2;
  resolved: ResolvedView;
  period: string | null;
  name: string | null;
  children?: ReactNode;
}) {
  const { t } = useT();
  const viewTitle = useViewTitle(resolved, period);
  const title = name || viewTitle;
  const subtitle = titleUnderName(name, viewTitle);
  const Heading = level === 1 ? 'h1' : 'h2';
  return (
    <div className="single-panel__head">
      <Heading className="single-panel__title">{title}</Heading>
      {subtitle && <p className="single-panel__subtitle muted">{subtitle}</p>}
      <span className="single-panel__aside">
        {resolved.source.demo && (
          <span className="single-panel__demo" role="note" aria-label={t('demo.badge')} title={t('demo.explanation')}>
            {t('demo.badge')}
          </span>
        )}
        {children}
      </span>
    </div>
  );
}

/** "Source: … (publisher), released …. Licence: …." */
export function ShortSource({ resolved, releaseDate }: { resolved: ResolvedView; releaseDate: string | null }) {
  const { t, lang } = useT();
  const panel = useViewStore((s) => s.view.panel);
  const shownIds = useExportSourceIds(panel);
  // Every source the panel shows (both sides of a comparison); the view's source while the panel names none.
  const shown = shownIds.flatMap((id) => resolved.sources.filter((s) => s.id === id));
  const sources = shown.length > 0 ? shown : [resolved.source];
  return (
    <>
      {sources.map((source) => {
        // One line each when there are several: what is cut at the end of the line is the publisher, not the licence.
        const line =
          t(sources.length > 1 ? 'export.sourceLine.short' : 'export.sourceLine', {
            source: source.name,
            publisher: source.publisher,
            date: formatDate(source.id === resolved.source.id ? (releaseDate ?? source.releaseDate) : source.releaseDate, lang),
            licence: source.licence,
          }) + (measuresTies(source) ? ` ${t('source.ties')}` : '');
        return sources.length > 1 ? (
          <p className="single-panel__source single-panel__source--line" key={source.id} title={line}>
            {line}
          </p>
        ) : (
          <p className="single-panel__source" key={source.id}>
            {line}
          </p>
        );
      })}
    </>
  );
}
