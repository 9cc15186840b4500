import type { Indicator, Source } from '../../contract/schema';
import { formatDate, formatPeriod } from '../../i18n/format';
import { useT } from '../../i18n/useT';

/** Where the figures on screen come from: the source, what it counts, its release and latest period. */
export function SourceLine({ source, indicator }: { source: Source; indicator: Indicator }) {
  const { t, lang } = useT();
  return (
    <footer className="source-line">
      <p>
        <strong>{indicator.label}</strong>: {indicator.description}
      </p>
      <p>
        {t('source.line', {
          name: source.name,
          kind: t(`kind.${source.kind}`),
          date: formatDate(source.releaseDate, lang),
          definition: source.definition,
        })}{' '}
        ({t('source.latest', { period: formatPeriod(source.latestPeriod, lang) })})
        {source.coverage ? ` ${t('source.coverage', { coverage: source.coverage })}` : ''}
        {source.referenceDate ? ` ${t('source.referenceDate', { date: source.referenceDate })}` : ''}
        {source.url ? ' ' : ''}
        {source.url && (
          <a href={source.url} rel="noreferrer noopener" target="_blank">
            {source.publisher}
          </a>
        )}
      </p>
      {source.caveats.length > 0 && (
        <ul className="caveats">
          {source.caveats.map((caveat, i) => (
            <li key={i}>{caveat}</li>
          ))}
        </ul>
      )}
    </footer>
  );
}
