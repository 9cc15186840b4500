import { formatDate } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import type { InputFile } from './aboutModel';
import { formatBytes } from './format';

/** A source's input files with their checksums, so that anyone can check they read the same bytes. */
export function InputFiles({ files }: { files: readonly InputFile[] | null }) {
  const { t, lang } = useT();
  if (files === null) return <>{t('about.notFromServer')}</>;
  if (files.length === 0) return <>{t('about.files.none')}</>;
  return (
    <ul className="about-files">
      {files.map((file) => (
        <li key={`${file.file}|${file.sha256}`}>
          <span className="about-files__name">
            {file.url ? (
              <a href={file.url} rel="noreferrer noopener" target="_blank">
                {file.file}
              </a>
            ) : (
              file.file
            )}
          </span>{' '}
          <span className="muted">{t('about.files.detail', { size: formatBytes(file.bytes, lang), date: formatDate(file.retrieved, lang) })}</span>
          <br />
          <span className="about-files__sha">
            SHA-256 <code>{file.sha256}</code>
          </span>
        </li>
      ))}
    </ul>
  );
}
