import type { Indicator, Source } from '../contract/schema';
import { formatDate, formatPeriod } from '../i18n/format';
import { useT } from '../i18n/useT';
import { AboutLink } from './AboutLink';
import { measuresTies } from '../data/ties';
import { useExportSourceIds } from '../lib/export/registry';
import { useViewStore } from '../state/store';
import { caveatsOf } from './caveats';

/**
 * Where the figures on screen come from: the source, what it counts, its release and latest period,
 * a link to its entry in About the data, and the caveats of every source the panel shows (a
 * comparison's two, the time series' lines': `sources` are the ones it may show, the indicator's).
 */
export function SourceLine({ source, indicator, sources = [] }: { source: Source; indicator: Indicator; sources?: readonly Source[] }) {
  const { t, lang } = useT();
  const panel = useViewStore((s) => s.view.panel);
  const shownIds = useExportSourceIds(panel);
  const ties = measuresTies(source);
  const caveats = caveatsOf(source, shownIds, sources);
  return (
    <footer className="source-line">
      <p>
        <strong>{indicator.label}</strong>: {indicator.description}
      </p>
      <p>
        {t(ties ? 'source.line.ties' : 'source.line', {
          name: source.name,
          kind: t(`kind.${source.kind}`),
          date: formatDate(source.releaseDate, lang),
          definition: source.definition,
        })}
        {ties ? ` ${t('source.ties')}` : ''} ({t('source.latest', { period: formatPeriod(source.latestPeriod, lang) })})
        {source.coverage ? ` ${t('source.coverage', { coverage: source.coverage })}` : ''}
        {source.referenceDate ? ` ${t('source.referenceDate', { date: source.referenceDate })}` : ''}
        {source.url ? ' ' : ''}
        {source.url && (
          <a href={source.url} rel="noreferrer noopener" target="_blank">
            {source.publisher}
          </a>
        )}{' '}
        <AboutLink sourceId={source.id}>{t('source.about')}</AboutLink>
      </p>
      {caveats.length > 0 && (
        <ul className="caveats">
          {caveats.map((caveat, i) => (
            <li key={i}>{caveat}</li>
          ))}
        </ul>
      )}
    </footer>
  );
}
