import { formatPeriod, formatValue } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { useViewStore } from '../../state/store';
import type { PairsView } from './compareModel';
import { formatRatio } from './format';

type Props = PairsView;

/** The scatter's and the map's values as a table: the keyboard and screen-reader way to them. */
export function PairsTable({ pairs, unit, aName, bName, period, names }: Props) {
  const { t, lang } = useT();
  const selected = useViewStore((s) => s.view.countries);
  const toggleCountry = useViewStore((s) => s.toggleCountry);
  const nameOf = (geo: string) => names.get(geo) ?? geo;
  const caption = t('compare.pairs.caption', { a: aName, b: bName, period: formatPeriod(period, lang) });
  const rows = [...pairs].sort((p, q) => nameOf(p.geo).localeCompare(nameOf(q.geo), lang));
  return (
    <details className="compare-details">
      <summary>{t('compare.pairs.title', { count: pairs.length })}</summary>
      <p className="compare-table-title" aria-hidden="true">
        {caption}
      </p>
      <div className="table-scroll compare-scroll">
        <table className="data-table compare-table">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">{t('filters.selected')}</span>
              </th>
              <th scope="col">{t('table.country')}</th>
              <th scope="col" className="numeric">
                {t('compare.pairs.a', { source: aName })}
              </th>
              <th scope="col" className="numeric">
                {t('compare.pairs.b', { source: bName })}
              </th>
              <th scope="col" className="numeric">
                B/A
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((pair) => {
              const isSelected = selected.includes(pair.geo);
              return (
                <tr key={pair.geo} data-geo={pair.geo} className={isSelected ? 'selected' : undefined}>
                  <td>
                    <input
                      type="checkbox"
                      checked={isSelected}
                      aria-label={t('table.select', { name: nameOf(pair.geo) })}
                      onChange={() => toggleCountry(pair.geo)}
                    />
                  </td>
                  <th scope="row">
                    {nameOf(pair.geo)}
                    {pair.outlier && <span className="compare-tag">{t('compare.pairs.outlier')}</span>}
                  </th>
                  <td className="numeric">
                    {formatValue(pair.a.value, unit, lang)}
                    {pair.a.period !== pair.b.period && <span className="muted"> ({formatPeriod(pair.a.period, lang)})</span>}
                  </td>
                  <td className="numeric">{formatValue(pair.b.value, unit, lang)}</td>
                  <td className="numeric">{formatRatio(pair.ratio, lang)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </details>
  );
}
