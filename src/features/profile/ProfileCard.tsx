import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { scaleLinear } from 'd3';
import type { Catalog, Series, Unit } from '../../contract/schema';
import { catalogIndex } from '../../data/catalogIndex';
import type { ResolvedView } from '../../data/resolveView';
import { unitKey } from '../../data/ties';
import { formatDate, formatPeriod, formatValue } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { valueScale } from '../../lib/chart/scales';
import { parsePeriod } from '../../lib/period';
import { useViewStore } from '../../state/store';
import { formatPercent, formatRatio, formatSigned, rankMessage } from './format';
import type { Change, Point } from './profileModel';
import { useProfileModel, type ProfileModel } from './useProfileModel';
import './profile.css';
import '../../i18n/enLevels';

interface Props {
  catalog: Catalog;
  resolved: ResolvedView;
  /** The view's period (null: the latest). */
  period: string | null;
  /** What had the focus when the profile was opened (the card's code may arrive later). */
  openedFrom?: { readonly current: Element | null };
}

/**
 * The profile card of the country in the view's `profile`: a labelled, non-modal dialog beside
 * the panel (a bottom sheet on a phone). Focus moves to it when it opens (except from a field
 * marked data-keep-focus, the Countries box); Esc or its close button closes it and gives focus
 * back to what opened it.
 */
export function ProfileCard(props: Props) {
  const geo = useViewStore((s) => s.view.profile);
  if (geo === null) return null;
  return <ProfileDialog key={geo} geo={geo} {...props} />;
}

function ProfileDialog({ catalog, resolved, period, geo, openedFrom }: Props & { geo: string }) {
  const { t } = useT();
  const closeProfile = useViewStore((s) => s.closeProfile);
  const ref = useRef<HTMLElement>(null);
  const opener = useRef<Element | null>(null);
  const model = useProfileModel(catalog, resolved, geo, period);

  useEffect(() => {
    const from = openedFrom?.current ?? document.activeElement;
    opener.current = from;
    // A field where several countries are picked in a row (data-keep-focus) keeps the focus, and so
    // does wherever the user has moved it while the card's code was loading.
    const moved = document.activeElement !== from && document.activeElement !== document.body;
    if (!from?.closest('[data-keep-focus]') && !moved) ref.current?.focus();
  }, [openedFrom]);

  function close() {
    const back = opener.current;
    closeProfile();
    if (back instanceof HTMLElement && back.isConnected && back !== document.body) back.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    close();
  }

  const index = catalogIndex(catalog);
  const name = model?.name ?? index.countryName(geo);
  const unit = index.unit(geo);
  return (
    <section
      ref={ref}
      className="profile-card"
      role="dialog"
      aria-modal="false"
      aria-label={t('profile.dialog', { name })}
      tabIndex={-1}
      onKeyDown={onKeyDown}
    >
      <header className="profile-card__head">
        <h2 className="profile-card__title">{name}</h2>
        <button type="button" className="profile-card__close" onClick={close} aria-label={t('profile.close')} title={t('profile.close')}>
          ×
        </button>
      </header>
      {unit && unit.level !== 'country' && (
        <p className="profile-card__place" data-testid="profile-place">
          {t(`profile.placeOf.${unit.level}`, { country: index.countryName(unit.country) })}
        </p>
      )}
      {model ? (
        <ProfileBody model={model} resolved={resolved} period={period} />
      ) : (
        unit && (
          <p className="muted profile-card__body">
            {t('profile.noSourceAtLevel', { indicator: resolved.indicator.label, by: t(`level.by.${unit.level}`) })}
          </p>
        )
      )}
    </section>
  );
}

function ProfileBody({ model, resolved, period }: { model: ProfileModel; resolved: ResolvedView; period: string | null }) {
  const { t, lang } = useT();
  const { indicator } = resolved;
  const unit = indicator.unit;
  const unitLabel = t(unitKey(indicator, model.source));
  const { figure, query } = model;
  const shownPeriod = period ?? figure?.period ?? null;

  let headline;
  if (query.isPending) headline = <p className="muted">{t('state.loading')}</p>;
  else if (query.isError) headline = <p className="muted">{t('profile.failed')}</p>;
  else if (!figure)
    headline = (
      <p className="muted">
        {t('profile.noValue', { name: model.name, source: model.source.name, period: shownPeriod ? formatPeriod(shownPeriod, lang) : '—' })}
      </p>
    );
  else
    headline = (
      <>
        <p className="profile-card__figure" data-testid="profile-figure">
          <span className="profile-card__value">{formatValue(figure.value, unit, lang)}</span> {unit === 'usd' ? '' : unitLabel}
        </p>
        <p className="profile-card__what">
          {t('profile.figure', { indicator: indicator.label, period: formatPeriod(figure.period, lang) })}
          <br />
          <span className="muted">{t('profile.sourceLine', { source: model.source.name })}</span>
        </p>
        {period !== null && figure.period !== period && <p className="muted">{t('profile.notAtPeriod', { period: formatPeriod(period, lang) })}</p>}
      </>
    );

  return (
    <div className="profile-card__body">
      {headline}
      {figure && (
        <dl className="profile-card__facts">
          {model.rank && (
            <div>
              <dt>{model.level === 'country' ? t('profile.rankLabel') : t('profile.rankAmong', { units: t(`level.units.${model.level}`) })}</dt>
              <dd data-testid="profile-rank">{rankText(t, model.rank.rank, model.rank.of, lang)}</dd>
            </div>
          )}
          {model.changes?.sinceFirst && <ChangeFact label="profile.sinceFirst" change={model.changes.sinceFirst} unit={unit} />}
          {model.changes?.sincePrevious && model.changes.sincePrevious.from !== model.changes.sinceFirst?.from && (
            <ChangeFact label="profile.sincePrevious" change={model.changes.sincePrevious} unit={unit} />
          )}
        </dl>
      )}
      {model.history.length > 1 && <Sparkline history={model.history} current={figure} />}
      {model.history.length > 0 && <History history={model.history} unit={unit} />}
      <Sources model={model} unit={unit} />
      <Agreements model={model} unit={unit} />
    </div>
  );
}

function rankText(t: ReturnType<typeof useT>['t'], rank: number, of: number, lang: ReturnType<typeof useT>['lang']): string {
  const message = rankMessage(rank, of, lang);
  return t(message.key, message.params);
}

function ChangeFact({ label, change, unit }: { label: 'profile.sinceFirst' | 'profile.sincePrevious'; change: Change; unit: Unit }) {
  const { t, lang } = useT();
  const relative = change.relative === null ? '—' : formatPercent(change.relative, lang, true);
  return (
    <div>
      <dt>{t(label, { period: formatPeriod(change.from, lang) })}</dt>
      <dd>{t('profile.change', { absolute: formatSigned(change.absolute, unit, lang), relative })}</dd>
    </div>
  );
}

const SPARK = { width: 240, height: 48, pad: 4 };

/** The country's values over time as a small line (the table below says the same in words). */
function Sparkline({ history, current }: { history: readonly Point[]; current: Point | null }) {
  const mids = history.map((p) => parsePeriod(p.period)?.mid ?? 0);
  const values = history.map((p) => p.value);
  const x = scaleLinear()
    .domain([Math.min(...mids), Math.max(...mids)])
    .range([SPARK.pad, SPARK.width - SPARK.pad]);
  const y = valueScale('linear', [Math.min(...values), Math.max(...values)], [SPARK.height - SPARK.pad, SPARK.pad]);
  const points = history.map((p, i) => `${x(mids[i] as number).toFixed(1)},${y(p.value).toFixed(1)}`);
  const at = current ? history.findIndex((p) => p.period === current.period) : -1;
  return (
    <svg className="profile-card__spark" viewBox={`0 0 ${SPARK.width} ${SPARK.height}`} aria-hidden="true" focusable="false">
      <polyline points={points.join(' ')} fill="none" stroke="currentColor" strokeWidth="2" />
      {at >= 0 && <circle cx={x(mids[at] as number)} cy={y((history[at] as Point).value)} r="3.5" className="profile-card__spark-dot" />}
    </svg>
  );
}

function History({ history, unit }: { history: readonly Point[]; unit: Unit }) {
  const { t, lang } = useT();
  return (
    <details className="profile-card__history" open={history.length <= 12}>
      <summary>{t('profile.history', { count: history.length })}</summary>
      <table className="data-table profile-card__table">
        <thead>
          <tr>
            <th scope="col">{t('profile.period')}</th>
            <th scope="col" className="numeric">
              {t('profile.value')}
            </th>
          </tr>
        </thead>
        <tbody>
          {[...history].reverse().map((p) => (
            <tr key={p.period}>
              <th scope="row">{formatPeriod(p.period, lang)}</th>
              <td className="numeric">{formatValue(p.value, unit, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

function Sources({ model, unit }: { model: ProfileModel; unit: Unit }) {
  const { t, lang } = useT();
  return (
    <section className="profile-card__section">
      <h3>{t('profile.sources')}</h3>
      <table className="data-table profile-card__table" data-testid="profile-sources">
        <thead>
          <tr>
            <th scope="col">{t('profile.source')}</th>
            <th scope="col" className="numeric">
              {t('profile.latest')}
            </th>
            <th scope="col">{t('profile.released')}</th>
          </tr>
        </thead>
        <tbody>
          {model.sources.map(({ source, query, latest }) => (
            <tr key={source.id} data-source={source.id}>
              <th scope="row">
                {source.name}
                <span className={`profile-card__kind profile-card__kind--${source.kind}`}>{t(`kind.${source.kind}`)}</span>
              </th>
              <td className="numeric">
                <Loaded query={query}>
                  {latest ? (
                    <>
                      {formatValue(latest.value, unit, lang)}
                      <span className="muted"> ({formatPeriod(latest.period, lang)})</span>
                    </>
                  ) : (
                    <span className="muted">{t('table.noValue')}</span>
                  )}
                </Loaded>
              </td>
              <td>{formatDate(query.data?.releaseDate ?? source.releaseDate, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function Agreements({ model, unit }: { model: ProfileModel; unit: Unit }) {
  const { t, lang } = useT();
  const { official, agreements } = model;
  const digital = model.sources.some((row) => row.source.kind === 'digital-trace');
  let body;
  if (!official) body = <p className="muted">{t(digital ? 'profile.agreement.noOfficial' : 'profile.agreement.noDigital')}</p>;
  else if (agreements.length === 0) body = <p className="muted">{t('profile.agreement.noDigital')}</p>;
  else
    body = (
      <ul className="profile-card__agreements">
        {agreements.map(({ source, query, agreement }) => (
          <li key={source.id} data-source={source.id}>
            <strong>{source.name}</strong>{' '}
            <Loaded query={query}>
              {!agreement ? (
                <span className="muted">{t('profile.agreement.none')}</span>
              ) : (
                <>
                  {t('profile.agreement.ratio', {
                    ratio: formatRatio(agreement.ratio, lang),
                    b: formatValue(agreement.b, unit, lang),
                    period: formatPeriod(agreement.period, lang),
                    a: formatValue(agreement.a, unit, lang),
                    aPeriod: formatPeriod(agreement.aPeriod, lang),
                  })}{' '}
                  {agreement.higherThan === null
                    ? t('profile.agreement.alone')
                    : t('profile.agreement.higher', { share: formatPercent(agreement.higherThan, lang), count: agreement.countries - 1 })}
                </>
              )}
            </Loaded>
          </li>
        ))}
      </ul>
    );
  return (
    <section className="profile-card__section">
      <h3>{t('profile.agreement', { official: official?.name ?? '—' })}</h3>
      {body}
    </section>
  );
}

/** What a source's figures say once its series is loaded; "Loading…" or "Could not load" until then. */
function Loaded({ query, children }: { query: UseQueryResult<Series>; children: ReactNode }) {
  const { t } = useT();
  if (query.isPending) return <span className="muted">{t('state.loading')}</span>;
  if (query.isError) return <span className="muted">{t('profile.failed')}</span>;
  return <>{children}</>;
}
