import { formatDate } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { AboutLink } from '../../components/AboutLink';
import type { FileState } from './AboutPanel';
import type { ReleaseSummary } from './aboutModel';

/** What the latest refresh changed, in one sentence and a list of the sources it touched; the details are in each entry. */
export function ReleaseNotes({ release, file }: { release: ReleaseSummary | null; file: FileState }) {
  const { t, lang } = useT();
  return (
    <section className="about-release" aria-labelledby="about-release-title">
      <h3 id="about-release-title">{t('about.release.title')}</h3>
      {release === null ? (
        <p>{file.state === 'unreadable' ? t('about.changesUnreadable', { detail: file.detail }) : t('about.changesMissing')}</p>
      ) : release.from === null ? (
        <p>{t('about.release.first', { to: formatDate(release.to, lang) })}</p>
      ) : (
        <>
          <p>
            {t('about.release.compared', {
              to: formatDate(release.to, lang),
              from: formatDate(release.from, lang),
              changed: release.counts.changed,
              added: release.counts.added,
              removed: release.counts.removed,
              unchanged: release.counts.unchanged,
            })}
          </p>
          {release.listed.length > 0 && (
            <ul className="about-release__list">
              {release.listed.map((item) => (
                <li key={item.id}>
                  {item.name === null ? <code>{item.id}</code> : <AboutLink sourceId={item.id}>{item.name}</AboutLink>}
                  {': '}
                  {t(`about.status.${item.status}`)}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
