import type { LevelId } from '../../contract/levels';
import type { Source } from '../../contract/schema';
import { formatPeriod } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import type { PairModel } from './compareModel';
import { formatPercent, formatRatio, formatStat } from './format';
import type { Agreement } from './stats';
import { namesList } from '../../i18n/namesList';
import { toleranceText } from './texts';
import { useLevelT } from './levelText';
import '../../i18n/enCompare';
import '../../i18n/enLevels';

/** Shown when the two sources count different things: both definitions, quoted. */
export function BasisWarning({ a, b }: { a: Source; b: Source }) {
  const { t } = useT();
  if (a.counts === b.counts) return null;
  return (
    <div className="compare-warning" role="note" aria-label={t('compare.basis.title')}>
      <p>
        <strong>{t('compare.basis.title')}</strong> {t('compare.basis.text')}
      </p>
      <ul>
        {[a, b].map((s, i) => (
          <li key={s.id}>
            {t(i === 0 ? 'compare.basis.a' : 'compare.basis.b', { source: s.name, basis: t(`basis.${s.counts}`) })} <q>{s.definition}</q>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Shown when the two sources cover different people (ages, users) or refer to different moments of the year. */
export function ScopeWarning({ a, b }: { a: Source; b: Source }) {
  const { t } = useT();
  const coverageDiffers = (a.coverage ?? null) !== (b.coverage ?? null);
  const dateDiffers = (a.referenceDate ?? null) !== (b.referenceDate ?? null);
  if (!coverageDiffers && !dateDiffers) return null;
  return (
    <div className="compare-warning" role="note" aria-label={t('compare.scope.title')}>
      <p>
        <strong>{t('compare.scope.title')}</strong>
      </p>
      <ul>
        {[a, b].map((s) => (
          <li key={s.id}>
            {coverageDiffers &&
              (s.coverage
                ? t('compare.scope.coverage', { source: s.name, coverage: s.coverage })
                : t('compare.scope.coverageUnstated', { source: s.name }))}
            {coverageDiffers && dateDiffers && ' '}
            {dateDiffers &&
              (s.referenceDate
                ? t('compare.scope.referenceDate', { source: s.name, date: s.referenceDate })
                : t('compare.scope.referenceDateUnstated', { source: s.name }))}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** How B's values were paired with A's: the period, the tolerance, and what could not be paired. */
export function MatchingNote({
  model,
  a,
  b,
  tolerance,
  askedPeriod,
  names,
  level = 'country',
}: {
  model: PairModel;
  a: Source;
  b: Source;
  tolerance: number;
  askedPeriod: string | null;
  names: ReadonlyMap<string, string>;
  /** The level of the places paired: below the country, the counts say places and name the level. */
  level?: LevelId;
}) {
  const byLevel = level !== 'country';
  const { t, lang } = useT();
  const { pairing, period } = model;
  const within = toleranceText(t, tolerance);
  const nameOf = (geo: string) => names.get(geo) ?? geo;
  const shiftedPeriods = [...new Set(model.pairs.filter((p) => p.a.period !== period).map((p) => p.a.period))].sort();
  return (
    <div className="compare-matching" role="status">
      {model.periodReplaced && askedPeriod && (
        <p>{t('compare.periodReplaced', { source: b.name, asked: formatPeriod(askedPeriod, lang), period: formatPeriod(period, lang) })}</p>
      )}
      <p>
        {t('compare.matching', { a: a.name, b: b.name, period: formatPeriod(period, lang), within })}{' '}
        {t(byLevel ? 'compare.matching.countsLevel' : 'compare.matching.counts', {
          units: t(`level.units.${level}`),
          pairs: model.pairs.length,
          same: model.pairs.length - pairing.shifted,
          shifted: pairing.shifted,
        })}
        {shiftedPeriods.length > 0 &&
          ` ${t('compare.matching.shiftedPeriods', {
            periods: namesList(
              t,
              shiftedPeriods.map((p) => formatPeriod(p, lang)),
              lang,
            ),
          })}`}
      </p>
      {pairing.unmatchedB.length > 0 && (
        <p>
          {t(byLevel ? 'compare.matching.unmatchedLevel' : 'compare.matching.unmatched', {
            count: pairing.unmatchedB.length,
            a: a.name,
            b: b.name,
            within,
            names: namesList(t, pairing.unmatchedB.map(nameOf), lang),
          })}
        </p>
      )}
      {pairing.onlyA.length > 0 && (
        <p>
          {t(byLevel ? 'compare.matching.onlyALevel' : 'compare.matching.onlyA', {
            count: pairing.onlyA.length,
            a: a.name,
            b: b.name,
            period: formatPeriod(period, lang),
            names: namesList(t, pairing.onlyA.map(nameOf), lang),
          })}
        </p>
      )}
    </div>
  );
}

/** The agreement figures, each with what it means. */
export function AgreementSummary({ agreement, period }: { agreement: Agreement; period: string }) {
  const { t, lang } = useT();
  const tl = useLevelT();
  const items: { key: string; label: string; value: string; help: string }[] = [
    { key: 'n', label: tl('compare.agreement.n'), value: String(agreement.n), help: t('compare.agreement.nHelp') },
    { key: 'r', label: t('compare.agreement.r'), value: formatStat(agreement.pearsonLog, lang), help: tl('compare.agreement.rHelp') },
    { key: 'rho', label: t('compare.agreement.rho'), value: formatStat(agreement.spearman, lang), help: tl('compare.agreement.rhoHelp') },
    {
      key: 'mdape',
      label: t('compare.agreement.mdape'),
      value: formatPercent(agreement.medianApe, lang),
      help: tl('compare.agreement.mdapeHelp'),
    },
    {
      key: 'bias',
      label: t('compare.agreement.bias'),
      value: formatStat(agreement.meanLogRatio, lang),
      help:
        agreement.typicalRatio === null
          ? t('compare.agreement.biasHelp')
          : t('compare.agreement.biasRatio', { ratio: formatRatio(agreement.typicalRatio, lang) }),
    },
    { key: 'sd', label: t('compare.agreement.sd'), value: formatStat(agreement.sdLogRatio, lang), help: tl('compare.agreement.sdHelp') },
  ];
  return (
    <section className="compare-card compare-agreement" aria-labelledby="compare-agreement-title">
      <h3 id="compare-agreement-title">{t('compare.agreement.title', { period: formatPeriod(period, lang) })}</h3>
      <dl className="compare-stats">
        {items.map((item) => (
          <div key={item.key} className="compare-stats__item" data-stat={item.key}>
            <dt>{item.label}</dt>
            <dd>
              <span className="compare-stats__value">{item.value}</span>
              <span className="compare-stats__help">{item.help}</span>
            </dd>
          </div>
        ))}
      </dl>
      {agreement.n > 0 && agreement.n < 3 && <p className="muted">{tl('compare.agreement.few')}</p>}
      {agreement.excluded > 0 && <p className="muted">{t('compare.agreement.excluded', { count: agreement.excluded })}</p>}
    </section>
  );
}
