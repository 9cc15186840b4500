import type { ReactNode } from 'react';
import { formatDate, formatPeriod } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { namesList } from '../../i18n/namesList';
import { AboutLink } from '../../components/AboutLink';
import type { SourceEntry } from './aboutModel';
import { EntryChangeView } from './EntryChangeView';
import { entryId } from '../../components/entryAnchor';
import { InputFiles } from './InputFiles';

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </>
  );
}

function Lines({ texts }: { texts: readonly string[] }) {
  return texts.map((text) => (
    <p key={text} className="about-entry__line">
      {text}
    </p>
  ));
}

/** One source on the About page: its dates first, then what it is, covers and counts, how to cite it, its files and its changes. */
export function SourceEntryView({ entry }: { entry: SourceEntry }) {
  const { t, lang } = useT();
  const { source, span } = entry;
  const id = entryId(source.id);
  const dates = {
    released: formatDate(source.releaseDate, lang),
    latest: formatPeriod(source.latestPeriod, lang),
    retrieved: namesList(
      t,
      (entry.retrieved ?? []).map((date) => formatDate(date, lang)),
      lang,
    ),
  };
  const coverage = [
    source.countriesWithData !== undefined ? t('about.coverage.countries', { count: source.countriesWithData }) : null,
    span.from !== null && span.from !== span.to
      ? t('about.coverage.periods', { from: formatPeriod(span.from, lang), to: formatPeriod(span.to, lang) })
      : t('about.coverage.latest', { period: formatPeriod(span.to, lang) }),
    source.coverage ? t('about.coverage.people', { coverage: source.coverage }) : null,
  ].filter((part) => part !== null);

  return (
    <article id={id} className="about-entry" tabIndex={-1} aria-labelledby={`${id}-name`}>
      <header className="about-entry__head">
        <h4 id={`${id}-name`}>{source.name}</h4>
        {source.demo && <span className="about-entry__demo">{t('demo.badge')}</span>}
        <p className="about-entry__dates">{t(entry.retrieved?.length ? 'about.datesRetrieved' : 'about.dates', dates)}</p>
      </header>
      <dl className="about-entry__facts">
        <Fact term={t('about.publisher')}>
          {source.url ? (
            <a href={source.url} rel="noreferrer noopener" target="_blank">
              {source.publisher}
            </a>
          ) : (
            source.publisher
          )}
        </Fact>
        {entry.indicators.length > 0 && <Fact term={t('about.indicators')}>{namesList(t, entry.indicators, lang)}</Fact>}
        <Fact term={t('about.counts')}>
          {source.definition} <span className="muted">({t(`counts.${source.counts}`)})</span>
        </Fact>
        <Fact term={t('about.coverage')}>{coverage.join('; ')}</Fact>
        {source.referenceDate && <Fact term={t('about.referenceDate')}>{source.referenceDate}</Fact>}
        <Fact term={t('about.cadence')}>{t(`cadence.${source.cadence}`)}</Fact>
        {entry.comparesWith && (
          <Fact term={t('about.comparesWith')}>
            <AboutLink sourceId={entry.comparesWith.id}>{entry.comparesWith.name}</AboutLink>
          </Fact>
        )}
        <Fact term={t('about.licence')}>
          <Lines texts={entry.licences} />
        </Fact>
        <Fact term={t('about.cite')}>
          {entry.citations === null ? (
            t('about.notFromServer')
          ) : entry.citations.length === 0 ? (
            t('about.cite.none')
          ) : (
            <Lines texts={entry.citations} />
          )}
        </Fact>
        <Fact term={t('about.files')}>
          <InputFiles files={entry.inputs} />
        </Fact>
        <Fact term={t('about.caveats')}>
          {source.caveats.length === 0 ? (
            t('about.caveats.none')
          ) : (
            <ul className="caveats">
              {source.caveats.map((caveat, i) => (
                <li key={i}>{caveat}</li>
              ))}
            </ul>
          )}
        </Fact>
        {entry.change && (
          <Fact term={t('about.change')}>
            <EntryChangeView change={entry.change} />
          </Fact>
        )}
      </dl>
    </article>
  );
}
