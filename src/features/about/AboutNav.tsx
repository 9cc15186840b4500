import { useT } from '../../i18n/useT';
import { AboutLink } from '../../components/AboutLink';
import type { SourceGroup } from './aboutModel';

/** The page's sources by kind, each a link to its entry (which also puts the entry in the address, to share). */
export function AboutNav({ groups }: { groups: readonly SourceGroup[] }) {
  const { t } = useT();
  return (
    <nav className="about-nav" aria-labelledby="about-nav-title">
      <h3 id="about-nav-title">{t('about.nav')}</h3>
      {groups.map((group) => (
        <div key={group.kind}>
          <p className="about-nav__kind">{t(`about.group.${group.kind}`)}</p>
          <ul>
            {group.entries.map(({ source }) => (
              <li key={source.id}>
                <AboutLink sourceId={source.id}>{source.name}</AboutLink>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </nav>
  );
}
