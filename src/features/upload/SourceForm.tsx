import { useId, useMemo, useState, type FormEvent } from 'react';
import { COUNTING_BASES, SOURCE_KINDS, type Catalog, type CountingBasis, type SourceKind } from '../../contract/schema';
import type { LocalSourceStore } from '../../data/localSources';
import { useT } from '../../i18n/useT';
import { buildLocalSource } from './buildSource';
import { whenSourceKnown } from './LocalSourcesSync';
import type { ParseResult } from './types';
import { countsOf, defaultIndicatorId, defaultSourceName, otherGrainCount } from './uploadModel';
import { showSource } from './viewSource';
import { catalogIndex } from '../../data/catalogIndex';
import '../../i18n/enUpload';

/** The form that names the file's source, says which indicator it estimates and what it counts, and adds it. */
export function SourceForm({
  catalog,
  defaultIndicator,
  file,
  result,
  store,
  onAdded,
}: {
  catalog: Catalog;
  defaultIndicator: string;
  file: File;
  result: ParseResult;
  store: LocalSourceStore;
  onAdded: (announcement: string) => void;
}) {
  const { t } = useT();
  const ids = { name: useId(), indicator: useId(), counts: useId(), kind: useId(), definition: useId(), hint: useId() };
  const [name, setName] = useState(() => defaultSourceName(file.name));
  const [indicatorId, setIndicatorId] = useState(() => defaultIndicatorId(catalog, defaultIndicator));
  const [counts, setCounts] = useState<CountingBasis>(() => countsOf(catalog, indicatorId));
  const [kind, setKind] = useState<SourceKind>('model');
  const [definition, setDefinition] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const indicator = catalogIndex(catalog).indicator(indicatorId);
  const otherGrain = useMemo(() => otherGrainCount(indicator, result.columns.period), [indicator, result]);

  if (result.fatal) return null;
  if (result.kept === 0) return <p className="upload-message">{t('upload.form.noRows')}</p>;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!indicator) return;
    if (name.trim() === '') {
      setProblem(t('upload.form.nameRequired'));
      return;
    }
    try {
      const { entry } = buildLocalSource(result, { name, indicator, counts, kind, definition }, { name: file.name, bytes: file.size });
      if (entry.series.columns.geo.length === 0) {
        setProblem(t('upload.form.noRows'));
        return;
      }
      const durable = await store.add(entry);
      const message = [t('upload.added', { name: entry.source.name, indicator: indicator.label }), durable ? '' : t('upload.notDurable')]
        .join(' ')
        .trim();
      whenSourceKnown(entry.source.id, () => showSource(entry.indicator, entry.source.id));
      onAdded(message);
    } catch (error) {
      setProblem(t('upload.failed', { detail: error instanceof Error ? error.message : String(error) }));
    }
  }

  return (
    <form className="upload-form" onSubmit={(event) => void submit(event)} noValidate>
      <fieldset>
        <legend>{t('upload.form.legend')}</legend>
        <div className="field">
          <label htmlFor={ids.name}>{t('upload.form.name')}</label>
          <input id={ids.name} value={name} maxLength={120} required onChange={(event) => setName(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={ids.indicator}>{t('upload.form.indicator')}</label>
          <select
            id={ids.indicator}
            value={indicatorId}
            onChange={(event) => {
              setIndicatorId(event.target.value);
              setCounts(countsOf(catalog, event.target.value));
            }}
          >
            {catalog.indicators.map((i) => (
              <option key={i.id} value={i.id}>
                {i.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.counts}>{t('upload.form.counts')}</label>
          <select id={ids.counts} value={counts} aria-describedby={ids.hint} onChange={(event) => setCounts(event.target.value as CountingBasis)}>
            {COUNTING_BASES.map((basis) => (
              <option key={basis} value={basis}>
                {t(`counts.${basis}`)}
              </option>
            ))}
          </select>
          <span id={ids.hint} className="field-hint">
            {t('upload.form.countsHint')}
          </span>
        </div>
        <div className="field">
          <label htmlFor={ids.kind}>{t('upload.form.kind')}</label>
          <select id={ids.kind} value={kind} onChange={(event) => setKind(event.target.value as SourceKind)}>
            {SOURCE_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kind.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field field--wide">
          <label htmlFor={ids.definition}>{t('upload.form.definition')}</label>
          <textarea id={ids.definition} value={definition} maxLength={2000} rows={2} onChange={(event) => setDefinition(event.target.value)} />
        </div>
      </fieldset>
      {indicator && otherGrain > 0 && (
        <p className="upload-message">{t('upload.form.otherGrain', { count: otherGrain, grain: t(`upload.grain.${indicator.grain}`) })}</p>
      )}
      {problem && (
        <p className="upload-message upload-message--error" role="alert">
          {problem}
        </p>
      )}
      <button type="submit" className="primary">
        {t('upload.form.add')}
      </button>
    </form>
  );
}
