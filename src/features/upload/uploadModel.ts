/**
 * What the upload dialog says of a file it read, and what its form starts from. Pure.
 */
import type { Catalog, CountingBasis, Indicator } from '../../contract/schema';
import { isLocalSourceId } from '../../data/localSources';
import type { TFunction } from '../../i18n/useT';
import type { Issue, UnknownCountry } from './types';
import { catalogIndex } from '../../data/catalogIndex';
import '../../i18n/enUpload';

/** An issue's problem in words, saying when the row was kept all the same. */
export function issueText(t: TFunction, issue: Issue): string {
  const level = issue.level ? t(`upload.level.a.${issue.level}`) : '?';
  const fileLevel = issue.fileLevel ? t(`upload.level.all.${issue.fileLevel}`) : '?';
  const problem = t(`upload.issue.${issue.reason}`, { other: issue.other ?? '?', level, fileLevel });
  if (issue.severity === 'warning') return `${problem} (${t('upload.issue.rowKept')})`;
  return problem;
}

/** Where a fatal issue stands: "line 3 · value · n/a", leaving out what it does not know. */
export function fatalPlace(t: TFunction, fatal: Issue): string {
  return [fatal.line !== null ? `${t('upload.issue.line')} ${fatal.line}` : null, fatal.column, fatal.value].filter(Boolean).join(' · ');
}

/** A name the dialog does not know: how often it stands in the file, and from which line. */
export function unknownText(t: TFunction, unknown: UnknownCountry, n: (value: number) => string): string {
  if (unknown.firstLine !== null) {
    return unknown.count === 1
      ? t('upload.unknown.itemOne', { name: unknown.raw, line: unknown.firstLine })
      : t('upload.unknown.item', { name: unknown.raw, count: n(unknown.count), line: unknown.firstLine });
  }
  return unknown.count === 1
    ? t('upload.unknown.itemNoLineOne', { name: unknown.raw })
    : t('upload.unknown.itemNoLine', { name: unknown.raw, count: n(unknown.count) });
}

/** The source's name to start from: the file's, without its extension. */
export const defaultSourceName = (fileName: string): string => fileName.replace(/\.[a-z0-9]{1,5}$/i, '').slice(0, 120);

/** The indicator to start from: the one on screen, else the catalog's first. */
export const defaultIndicatorId = (catalog: Catalog, onScreen: string): string =>
  catalogIndex(catalog).indicator(onScreen)?.id ?? catalog.indicators[0]?.id ?? '';

/** What an indicator's first published source counts: the form's first guess at what the file counts. */
export function countsOf(catalog: Catalog, indicatorId: string): CountingBasis {
  const ref = catalogIndex(catalog)
    .indicator(indicatorId)
    ?.sources.find((s) => !isLocalSourceId(s.id));
  return catalogIndex(catalog).source(ref?.id)?.counts ?? 'country-of-birth';
}

/** How many periods are not of the indicator's grain (months for a yearly indicator, or years for a monthly one). */
export function otherGrainCount(indicator: Pick<Indicator, 'grain'> | undefined, periods: readonly string[]): number {
  if (!indicator) return 0;
  const length = indicator.grain === 'month' ? 7 : 4;
  return periods.reduce((count, period) => count + (period.length === length ? 0 : 1), 0);
}
