import type { UseQueryResult } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import type { Catalog } from '../../contract/schema';
import { useChanges, useManifest } from '../../data/queries';
import { formatDate } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { useViewStore } from '../../state/store';
import { describeError, LoadingState } from '../../components/PanelStatus';
import { AboutNav } from './AboutNav';
import { buildAboutModel } from './aboutModel';
import { showEntry } from '../../components/entryAnchor';
import { ReleaseNotes } from './ReleaseNotes';
import { SourceEntryView } from './SourceEntryView';
import './about.css';

/** Whether a release file (manifest.json, changes.json) came: not there and unreadable are said, never an error screen. */
export type FileState = { state: 'ready' } | { state: 'absent' } | { state: 'unreadable'; detail: string };

function fileState(query: UseQueryResult<unknown>): FileState {
  if (query.isError) return { state: 'unreadable', detail: describeError(query.error) };
  return query.data ? { state: 'ready' } : { state: 'absent' };
}

/** About the data: every source of the catalog, its input files and what the latest refresh changed. */
export default function AboutPanel({ catalog }: { catalog: Catalog }) {
  const { t, lang } = useT();
  const manifestQuery = useManifest();
  const changesQuery = useChanges();
  const about = useViewStore((s) => s.view.about);
  // Waiting for both files keeps the entries from moving once scrolled to.
  const settled = !manifestQuery.isPending && !changesQuery.isPending;
  const manifest = manifestQuery.data ?? null;
  const changes = changesQuery.data ?? null;
  const model = useMemo(() => buildAboutModel(catalog, manifest, changes), [catalog, manifest, changes]);

  useEffect(() => {
    if (settled && about !== null) showEntry(about);
  }, [settled, about]);

  if (!settled) return <LoadingState />;
  const manifestState = fileState(manifestQuery);
  return (
    <div className="about">
      <div className="about__main">
        <p className="about__lead">
          {t('about.lead', { count: model.sourceCount, date: formatDate(catalog.generated, lang) })}{' '}
          {model.snapshot
            ? t('about.snapshot', { files: model.snapshot.files, date: formatDate(model.snapshot.date, lang) })
            : manifestState.state === 'unreadable'
              ? t('about.manifestUnreadable', { detail: manifestState.detail })
              : t('about.manifestMissing')}
        </p>
        <ReleaseNotes release={model.release} file={fileState(changesQuery)} />
        {model.groups.map((group) => (
          <section key={group.kind} className="about__group" aria-labelledby={`about-group-${group.kind}`}>
            <h3 id={`about-group-${group.kind}`}>{t(`about.group.${group.kind}`)}</h3>
            {group.entries.map((entry) => (
              <SourceEntryView key={entry.source.id} entry={entry} />
            ))}
          </section>
        ))}
      </div>
      <AboutNav groups={model.groups} />
    </div>
  );
}
