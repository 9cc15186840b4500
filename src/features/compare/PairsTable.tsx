import { useState } from 'react';
import { formatPeriod, formatValue } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { useViewStore } from '../../state/store';
import type { PairsView } from './compareModel';
import {
  directionOf,
  gapOf,
  nextSort,
  pairSortOf,
  pairSortValue,
  percentDifferenceOf,
  sortPairs,
  differenceOf,
  type PairSortKey,
} from './disagreement';
import { formatRatio, formatSignedPercent, formatSignedValue, formatStat } from './format';
import type { LevelId } from '../../contract/levels';
import '../../i18n/enCompare';
import '../../i18n/enLevels';

interface Props extends PairsView {
  /** A country's name was chosen (its profile, or the comparison's country chart). */
  onCountry: (geo: string) => void;
  /** The level of the places paired (absent: countries). */
  level?: LevelId;
}

const ARROWS = { asc: '▲', desc: '▼' } as const;

/**
 * The scatter's and the map's values as a table: the keyboard and screen-reader way to them.
 * Sortable by every column (the order is the view's csort); the column after the name says which way B
 * departs from A, in words, and sorts by how far (|ln(B/A)|, largest first by default).
 */
export function PairsTable(props: Props) {
  const { t } = useT();
  const { pairs, level = 'country' } = props;
  // Closed at first, and up to 2,400 elements for 200 countries: made when first opened, not with the panel's first figures.
  const [opened, setOpened] = useState(false);
  return (
    <details className="compare-details" onToggle={(event) => event.currentTarget.open && setOpened(true)}>
      <summary>
        {level === 'country'
          ? t('compare.pairs.title', { count: pairs.length })
          : t('compare.pairs.titleLevel', { count: pairs.length, by: t(`level.by.${level}`) })}
      </summary>
      {opened && <PairsTableBody {...props} level={level} />}
    </details>
  );
}

function PairsTableBody({ pairs, unit, aName, bName, period, names, onCountry, level }: Props & { level: LevelId }) {
  const { t, lang } = useT();
  const selected = useViewStore((s) => s.view.countries);
  const toggleCountry = useViewStore((s) => s.toggleCountry);
  const sort = pairSortOf(useViewStore((s) => s.view.compareOptions.sort));
  const setCompareOptions = useViewStore((s) => s.setCompareOptions);
  const nameOf = (geo: string) => names.get(geo) ?? geo;
  const by = t(`level.by.${level}`);
  const caption =
    level === 'country'
      ? t('compare.pairs.caption', { a: aName, b: bName, period: formatPeriod(period, lang) })
      : t('compare.pairs.captionLevel', { a: aName, b: bName, by, period: formatPeriod(period, lang) });
  const unitWord = t(`level.unit.${level}`);
  const rows = sortPairs(pairs, sort, nameOf, lang);

  const header = (key: PairSortKey, label: string, numeric: boolean) => {
    const active = sort.key === key;
    return (
      <th
        scope="col"
        className={numeric ? 'numeric' : undefined}
        aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined}
      >
        <button
          type="button"
          className="compare-sort"
          data-sort={key}
          onClick={() => setCompareOptions({ sort: pairSortValue(nextSort(sort, key)) })}
        >
          {label}
          <span aria-hidden="true" className={active ? 'compare-sort__arrow' : 'compare-sort__arrow compare-sort__arrow--idle'}>
            {active ? ARROWS[sort.direction] : '↕'}
          </span>
        </button>
      </th>
    );
  };

  return (
    <>
      <p className="compare-table-title" aria-hidden="true">
        {caption}
      </p>
      <p className="muted compare-table-note">{t('compare.pairs.sortNote')}</p>
      <div className="table-scroll compare-scroll">
        <table className="data-table compare-table">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">{t('filters.selected')}</span>
              </th>
              {header('country', level === 'country' ? t('table.country') : unitWord.charAt(0).toLocaleUpperCase(lang) + unitWord.slice(1), false)}
              {header('gap', t('compare.pairs.gap'), false)}
              {header('a', t('compare.pairs.a', { source: aName }), true)}
              {header('b', t('compare.pairs.b', { source: bName }), true)}
              {header('ratio', 'B/A', true)}
              {header('diff', t('compare.pairs.diff'), true)}
              {header('pct', t('compare.pairs.pct'), true)}
            </tr>
          </thead>
          <tbody>
            {rows.map((pair) => {
              const isSelected = selected.includes(pair.geo);
              const direction = directionOf(pair);
              const gap = gapOf(pair);
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
                    <button type="button" className="compare-link" onClick={() => onCountry(pair.geo)}>
                      {nameOf(pair.geo)}
                    </button>
                    {pair.outlier && <span className="compare-tag">{t('compare.pairs.outlier')}</span>}
                  </th>
                  <td data-direction={direction}>
                    {t(`compare.direction.${direction}`)}
                    {gap !== null && gap > 0 && <span className="muted"> ({t('compare.pairs.gapValue', { value: formatStat(gap, lang) })})</span>}
                  </td>
                  <td className="numeric">
                    {formatValue(pair.a.value, unit, lang)}
                    {pair.a.period !== pair.b.period && <span className="muted"> ({formatPeriod(pair.a.period, lang)})</span>}
                  </td>
                  <td className="numeric">{formatValue(pair.b.value, unit, lang)}</td>
                  <td className="numeric">{formatRatio(pair.ratio, lang)}</td>
                  <td className="numeric">{formatSignedValue(differenceOf(pair), unit, lang)}</td>
                  <td className="numeric">{formatSignedPercent(percentDifferenceOf(pair), lang)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
