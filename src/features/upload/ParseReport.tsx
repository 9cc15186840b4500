import { useT } from '../../i18n/useT';
import type { ParseResult } from './types';
import { fatalPlace, issueText, unknownText } from './uploadModel';
import '../../i18n/enUpload';

/** Issues listed in the dialog; the rest are counted. */
export const SHOWN_ISSUES = 50;
export const SHOWN_UNKNOWN = 20;

/**
 * What was read: the rows kept and left out, the names not recognised (with suggestions to take),
 * and the problems by line and column; or, when nothing could be read, why.
 */
export function ParseReport({
  file,
  result,
  applied,
  onChoose,
}: {
  file: File;
  result: ParseResult;
  applied: string | null;
  onChoose: (raw: string, iso3: string) => void;
}) {
  const { t, lang } = useT();
  const n = (value: number) => new Intl.NumberFormat(lang).format(value);
  if (result.fatal) {
    const where = fatalPlace(t, result.fatal);
    return (
      <div className="upload-message upload-message--error" role="alert">
        <p>{t(`upload.issue.${result.fatal.reason}`, { other: '' })}</p>
        {where && <p className="detail">{where}</p>}
      </div>
    );
  }
  const shown = result.issues.slice(0, SHOWN_ISSUES);
  return (
    <section className="upload-report" aria-label={t('upload.issues')}>
      <p role="status">
        {t('upload.summary', { file: file.name, kept: n(result.kept), dropped: n(result.dropped), warnings: n(result.warningCount) })}
        {result.blank > 0 ? ` ${t('upload.summaryBlank', { count: n(result.blank) })}` : ''}
      </p>
      {result.level !== 'country' && <p>{t('upload.levelRead', { level: t(`upload.level.all.${result.level}`) })}</p>}
      {result.notes.length > 0 && <p>{t('upload.notes', { notes: result.notes.join(', ') })}</p>}
      {applied && <p role="status">{applied}</p>}
      {result.unknownCountries.length > 0 && (
        <div className="upload-unknown">
          <h3>{t(result.level === 'country' ? 'upload.unknown.title' : 'upload.unknown.titlePlaces')}</h3>
          <ul>
            {result.unknownCountries.slice(0, SHOWN_UNKNOWN).map((unknown) => (
              <li key={unknown.raw}>
                <span>{unknownText(t, unknown, n)}</span>{' '}
                {unknown.suggestions.length > 0 ? (
                  <span className="upload-suggestions">
                    {t('upload.unknown.suggest')}{' '}
                    {unknown.suggestions.map((suggestion) => (
                      <button key={suggestion.id} type="button" className="button-quiet" onClick={() => onChoose(unknown.raw, suggestion.id)}>
                        {t('upload.unknown.use', { country: suggestion.name })}
                      </button>
                    ))}
                  </span>
                ) : (
                  <span className="detail">{t('upload.unknown.none')}</span>
                )}
              </li>
            ))}
          </ul>
          {result.unknownCountries.length > SHOWN_UNKNOWN && <p>{t('upload.unknown.more', { count: SHOWN_UNKNOWN })}</p>}
        </div>
      )}
      {shown.length > 0 && (
        <div className="upload-issues">
          <table>
            <caption>{t('upload.issues')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('upload.issue.line')}</th>
                <th scope="col">{t('upload.issue.column')}</th>
                <th scope="col">{t('upload.issue.value')}</th>
                <th scope="col">{t('upload.issue.problem')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((issue, i) => (
                <tr key={i} className={issue.severity === 'warning' ? 'upload-issue--warning' : undefined}>
                  <td>{issue.line ?? '—'}</td>
                  <td>{issue.column ?? '—'}</td>
                  <td>{issue.value ?? ''}</td>
                  <td>{issueText(t, issue)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {result.issueCount > shown.length && <p>{t('upload.issuesMore', { shown: n(shown.length), count: n(result.issueCount) })}</p>}
        </div>
      )}
    </section>
  );
}
