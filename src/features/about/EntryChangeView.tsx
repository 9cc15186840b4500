import { formatPeriod, formatValue } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { namesList } from '../../i18n/namesList';
import type { EntryChange } from './aboutModel';

/** What the latest refresh changed in one source: periods, revised values (the largest, before and after), countries. */
export function EntryChangeView({ change }: { change: EntryChange }) {
  const { t, lang } = useT();
  if (change.status !== 'changed') return <>{t(`about.change.${change.status}`)}</>;
  const periods = (list: readonly string[]) =>
    namesList(
      t,
      list.map((p) => formatPeriod(p, lang)),
      lang,
    );
  const facts = [
    change.periodsAdded.length > 0 && t('about.change.periodsAdded', { periods: periods(change.periodsAdded) }),
    change.periodsRemoved.length > 0 && t('about.change.periodsRemoved', { periods: periods(change.periodsRemoved) }),
    change.revisedCount > 0 && t('about.change.revised', { count: change.revisedCount }),
    change.countriesAdded.length > 0 && t('about.change.countriesAdded', { countries: namesList(t, change.countriesAdded, lang) }),
    change.countriesDropped.length > 0 && t('about.change.countriesDropped', { countries: namesList(t, change.countriesDropped, lang) }),
  ].filter((fact): fact is string => typeof fact === 'string');
  return (
    <>
      {facts.length === 0 ? (
        t('about.change.changed')
      ) : (
        <ul className="about-change">
          {facts.map((fact) => (
            <li key={fact}>{fact}</li>
          ))}
        </ul>
      )}
      {change.largest.length > 0 && (
        <div className="about-revisions">
          <table className="data-table">
            <caption>{t('about.revisions.caption', { count: change.largest.length, total: change.revisedCount })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('about.revisions.country')}</th>
                <th scope="col">{t('about.revisions.what')}</th>
                <th scope="col">{t('about.revisions.period')}</th>
                <th scope="col" className="numeric">
                  {t('about.revisions.before')}
                </th>
                <th scope="col" className="numeric">
                  {t('about.revisions.after')}
                </th>
              </tr>
            </thead>
            <tbody>
              {change.largest.map((row, i) => (
                <tr key={i}>
                  <th scope="row">
                    {row.origin === null ? row.country : t('about.revisions.corridor', { destination: row.country, origin: row.origin })}
                  </th>
                  <td>{row.breakdown ? `${row.indicator} (${row.breakdown})` : row.indicator}</td>
                  <td>{formatPeriod(row.period, lang)}</td>
                  <td className="numeric">{formatValue(row.before, row.unit, lang)}</td>
                  <td className="numeric">{formatValue(row.after, row.unit, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
