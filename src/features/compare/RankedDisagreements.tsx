import { formatPeriod } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import type { ComparedPair } from './compareModel';
import { logRatioOf, percentDifferenceOf, type RankedDisagreements as Ranked } from './disagreement';
import { formatRatio, formatSignedPercent } from './format';
import { useLevelT } from './levelText';
import '../../i18n/enCompare';

interface Props {
  ranked: Ranked<ComparedPair>;
  aName: string;
  bName: string;
  period: string;
  names: ReadonlyMap<string, string>;
  /** A country was chosen: its profile (or the comparison's country chart). */
  onCountry: (geo: string) => void;
}

/**
 * The countries where B is furthest above A and furthest below it, as two short ranked lists,
 * each with its ratio and % difference in words and a bar as long as |ln(B/A)| (on one scale
 * for both lists). Each name is a button that opens the country.
 */
export function RankedDisagreements({ ranked, aName, bName, period, names, onCountry }: Props) {
  const { t, lang } = useT();
  const tl = useLevelT();
  const longest = Math.max(1e-9, ...[...ranked.over, ...ranked.under].map((p) => Math.abs(logRatioOf(p) ?? 0)));
  const list = (side: 'over' | 'under', pairs: readonly ComparedPair[]) => (
    <section className={`compare-ranked__side compare-ranked__side--${side}`} aria-labelledby={`compare-ranked-${side}`}>
      <h4 id={`compare-ranked-${side}`}>{t(side === 'over' ? 'compare.ranked.over' : 'compare.ranked.under')}</h4>
      {pairs.length === 0 ? (
        <p className="muted">{t('compare.ranked.none')}</p>
      ) : (
        <ol className="compare-ranked__list" data-side={side}>
          {pairs.map((pair) => {
            const share = Math.abs(logRatioOf(pair) ?? 0) / longest;
            return (
              <li key={pair.geo} data-geo={pair.geo}>
                <button type="button" className="compare-link" onClick={() => onCountry(pair.geo)}>
                  {names.get(pair.geo) ?? pair.geo}
                </button>
                <span className="compare-ranked__figure">
                  {formatRatio(pair.ratio, lang)} <span className="muted">({formatSignedPercent(percentDifferenceOf(pair), lang, 0)})</span>
                </span>
                <span className="compare-ranked__bar" aria-hidden="true">
                  <span style={{ inlineSize: `${Math.max(2, share * 100).toFixed(1)}%` }} />
                </span>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
  return (
    <div className="compare-ranked" data-period={period}>
      <p className="muted compare-ranked__note">{tl('compare.ranked.note', { a: aName, b: bName, period: formatPeriod(period, lang) })}</p>
      <div className="compare-ranked__sides">
        {list('over', ranked.over)}
        {list('under', ranked.under)}
      </div>
    </div>
  );
}
