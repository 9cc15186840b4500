/**
 * The "your own data" dialog: a file (dropped, or picked with the file input) is read in the parse
 * worker with a progress bar and a cancel button; the report lists what was kept and, by line and
 * column, what was not, with suggestions for country names it does not know; the user then names
 * the source, says which indicator it estimates and what it counts, and adds it. The list at the
 * top shows, exports or removes the sources added before. Everything from the file is shown as
 * React text, never as HTML.
 */
import { useEffect, useId, useMemo, useRef, useState, type DragEvent, type FormEvent } from 'react';
import { COUNTING_BASES, SOURCE_KINDS, type Catalog, type CountingBasis, type SourceKind } from '../../contract/schema';
import { isLocalSourceId, useLocalSources, type LocalSource, type LocalSourceStore } from '../../data/localSources';
import { catalogIndex } from '../../data/catalogIndex';
import { formatValue } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { useViewStore } from '../../state/store';
import { applyCountryChoice, buildLocalSource, slugify } from './buildSource';
import { buildCountryTable } from './countryTable';
import { buildCsv, exportFileName, isoDay } from '../../lib/export/exportData';
import { downloadBlob } from '../../lib/export/imageExport';
import { shareLink } from '../../lib/viewLinks';
import { sourceViewSearch } from './sourceLink';
import { whenSourceKnown } from './LocalSourcesSync';
import type { Progress } from './parseFile';
import { parseInWorker, type ParseJob } from './parseInWorker';
import type { Issue, ParseResult } from './types';
import './upload.css';

/** Issues listed in the dialog; the rest are counted. */
export const SHOWN_ISSUES = 50;
export const SHOWN_UNKNOWN = 20;

type Stage =
  | { step: 'idle' }
  | { step: 'reading'; file: File; progress: Progress }
  | { step: 'read'; file: File; result: ParseResult; applied: string | null }
  | { step: 'cancelled'; file: File }
  | { step: 'failed'; file: File | null; message: string };

interface Props {
  catalog: Catalog;
  /** The indicator on screen: the default of "Indicator it estimates". */
  indicator: string;
  store: LocalSourceStore;
  onClose: (announcement?: string) => void;
}

export default function UploadDialog({ catalog, indicator, store, onClose }: Props) {
  const { t, lang } = useT();
  const titleId = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const jobRef = useRef<ParseJob | null>(null);
  const [stage, setStage] = useState<Stage>({ step: 'idle' });
  const table = useMemo(() => buildCountryTable(catalog.geographies.countries, lang), [catalog, lang]);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    return () => jobRef.current?.cancel();
  }, []);

  function close(message?: string) {
    jobRef.current?.cancel();
    dialogRef.current?.close?.();
    onClose(message);
  }

  function read(file: File) {
    jobRef.current?.cancel();
    setStage({ step: 'reading', file, progress: { bytes: 0, total: file.size, rows: 0 } });
    const job = parseInWorker(file, file.name, table, (progress) =>
      setStage((current) => (current.step === 'reading' && current.file === file ? { ...current, progress } : current)),
    );
    jobRef.current = job;
    void job.done.then((outcome) => {
      if (jobRef.current !== job) return;
      jobRef.current = null;
      if (outcome.status === 'done') setStage({ step: 'read', file, result: outcome.result, applied: null });
      else if (outcome.status === 'cancelled') setStage({ step: 'cancelled', file });
      else setStage({ step: 'failed', file, message: outcome.message });
    });
  }

  function cancel() {
    jobRef.current?.cancel();
  }

  return (
    <dialog
      ref={dialogRef}
      className="upload-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        close();
      }}
    >
      <div className="upload-dialog__head">
        <h2 id={titleId}>{t('upload.title')}</h2>
        <button type="button" className="button-quiet" onClick={() => close()}>
          {t('upload.close')}
        </button>
      </div>
      <YourSources catalog={catalog} store={store} onShow={() => close()} />
      <p>{t('upload.intro')}</p>
      <p className="upload-private">{t('upload.private')}</p>
      <DropZone onFile={read} disabled={stage.step === 'reading'} />
      {stage.step === 'reading' && <Reading file={stage.file} progress={stage.progress} onCancel={cancel} />}
      {stage.step === 'cancelled' && (
        <p className="upload-message" role="status">
          {t('upload.cancelled', { file: stage.file.name })}
        </p>
      )}
      {stage.step === 'failed' && (
        <p className="upload-message upload-message--error" role="alert">
          {t('upload.failed', { detail: stage.message })}
        </p>
      )}
      {stage.step === 'read' && (
        <>
          <Report
            file={stage.file}
            result={stage.result}
            applied={stage.applied}
            onChoose={(raw, iso3) =>
              setStage({
                ...stage,
                result: applyCountryChoice(stage.result, raw, iso3),
                applied: t('upload.unknown.applied', { name: raw, country: table.countries.find((c) => c.id === iso3)?.name ?? iso3 }),
              })
            }
          />
          <SourceForm
            key={stage.file.name}
            catalog={catalog}
            defaultIndicator={indicator}
            file={stage.file}
            result={stage.result}
            store={store}
            onAdded={close}
          />
        </>
      )}
    </dialog>
  );
}

function DropZone({ onFile, disabled }: { onFile: (file: File) => void; disabled: boolean }) {
  const { t } = useT();
  const inputId = useId();
  const [over, setOver] = useState(false);
  const take = (files: FileList | null) => {
    const file = files?.[0];
    if (file && !disabled) onFile(file);
  };
  const onDrag = (event: DragEvent, inside: boolean) => {
    event.preventDefault();
    setOver(inside);
  };
  return (
    <div
      className={`dropzone${over ? ' dropzone--over' : ''}`}
      onDragEnter={(event) => onDrag(event, true)}
      onDragOver={(event) => onDrag(event, true)}
      onDragLeave={(event) => onDrag(event, false)}
      onDrop={(event) => {
        onDrag(event, false);
        take(event.dataTransfer.files);
      }}
    >
      <label htmlFor={inputId}>{t('upload.choose')}</label>
      <input
        id={inputId}
        type="file"
        accept=".csv,.tsv,.txt,.json,text/csv,text/plain,application/json"
        disabled={disabled}
        onChange={(event) => {
          take(event.currentTarget.files);
          event.currentTarget.value = '';
        }}
      />
      <span className="dropzone__hint">{over ? t('upload.dropActive') : t('upload.drop')}</span>
    </div>
  );
}

function Reading({ file, progress, onCancel }: { file: File; progress: Progress; onCancel: () => void }) {
  const { t, lang } = useT();
  const fraction = progress.total > 0 ? progress.bytes / progress.total : 0;
  const percent = new Intl.NumberFormat(lang, { style: 'percent' }).format(fraction);
  const labelId = useId();
  return (
    <div className="upload-reading">
      <p id={labelId} role="status">
        {t('upload.reading', { file: file.name, percent, rows: new Intl.NumberFormat(lang).format(progress.rows) })}
      </p>
      <progress aria-label={t('upload.progress')} aria-describedby={labelId} max={progress.total || 1} value={progress.bytes} />
      <button type="button" onClick={onCancel}>
        {t('upload.cancel')}
      </button>
    </div>
  );
}

function issueText(t: ReturnType<typeof useT>['t'], issue: Issue): string {
  const problem = t(`upload.issue.${issue.reason}`, { other: issue.other ?? '?' });
  if (issue.severity === 'warning') return `${problem} (${t('upload.issue.rowKept')})`;
  return problem;
}

function Report({ file, result, applied, onChoose }: { file: File; result: ParseResult; applied: string | null; onChoose: (raw: string, iso3: string) => void }) {
  const { t, lang } = useT();
  const n = (value: number) => new Intl.NumberFormat(lang).format(value);
  if (result.fatal) {
    const where = [result.fatal.line !== null ? `${t('upload.issue.line')} ${result.fatal.line}` : null, result.fatal.column, result.fatal.value]
      .filter(Boolean)
      .join(' · ');
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
      {result.notes.length > 0 && <p>{t('upload.notes', { notes: result.notes.join(', ') })}</p>}
      {applied && <p role="status">{applied}</p>}
      {result.unknownCountries.length > 0 && (
        <div className="upload-unknown">
          <h3>{t('upload.unknown.title')}</h3>
          <ul>
            {result.unknownCountries.slice(0, SHOWN_UNKNOWN).map((unknown) => (
              <li key={unknown.raw}>
                <span>
                  {unknown.firstLine !== null
                    ? unknown.count === 1
                      ? t('upload.unknown.itemOne', { name: unknown.raw, line: unknown.firstLine })
                      : t('upload.unknown.item', { name: unknown.raw, count: n(unknown.count), line: unknown.firstLine })
                    : unknown.count === 1
                      ? t('upload.unknown.itemNoLineOne', { name: unknown.raw })
                      : t('upload.unknown.itemNoLine', { name: unknown.raw, count: n(unknown.count) })}
                </span>{' '}
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

function SourceForm({
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
  const countsOf = (indicatorId: string): CountingBasis => {
    const ref = catalogIndex(catalog).indicator(indicatorId)?.sources.find((s) => !isLocalSourceId(s.id));
    return catalogIndex(catalog).source(ref?.id)?.counts ?? 'country-of-birth';
  };
  const [name, setName] = useState(() => file.name.replace(/\.[a-z0-9]{1,5}$/i, '').slice(0, 120));
  const [indicatorId, setIndicatorId] = useState(() => catalogIndex(catalog).indicator(defaultIndicator)?.id ?? catalog.indicators[0]?.id ?? '');
  const [counts, setCounts] = useState<CountingBasis>(() => countsOf(indicatorId));
  const [kind, setKind] = useState<SourceKind>('model');
  const [definition, setDefinition] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const indicator = catalogIndex(catalog).indicator(indicatorId);
  const otherGrain = useMemo(() => {
    if (!indicator) return 0;
    const length = indicator.grain === 'month' ? 7 : 4;
    return result.columns.period.reduce((count, period) => count + (period.length === length ? 0 : 1), 0);
  }, [indicator, result]);

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
      const message = [t('upload.added', { name: entry.source.name, indicator: indicator.label }), durable ? '' : t('upload.notDurable')].join(' ').trim();
      whenSourceKnown(entry.source.id, () => {
        const state = useViewStore.getState();
        state.setIndicator(entry.indicator);
        useViewStore.getState().setSource(entry.source.id);
      });
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
              setCounts(countsOf(event.target.value));
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

function YourSources({ catalog, store, onShow }: { catalog: Catalog; store: LocalSourceStore; onShow: () => void }) {
  const { t, lang } = useT();
  const entries = useLocalSources();
  const [message, setMessage] = useState('');
  if (entries.length === 0 && message === '') return null;
  const labelOf = (entry: LocalSource) => catalogIndex(catalog).indicator(entry.indicator)?.label;

  function show(entry: LocalSource) {
    const state = useViewStore.getState();
    state.setIndicator(entry.indicator);
    useViewStore.getState().setSource(entry.source.id);
    onShow();
  }

  /** The source as the app's "full series" CSV (header block, then every row), which this dialog reads back. */
  function exportSource(entry: LocalSource) {
    const indicator = catalogIndex(catalog).indicator(entry.indicator);
    if (!indicator) return;
    const source = catalogIndex(catalog).source(entry.source.id) ?? entry.source;
    const csv = buildCsv(
      {
        catalog,
        indicator,
        source,
        slice: 'total',
        series: entry.series,
        period: null,
        selected: [],
        link: shareLink(sourceViewSearch(entry.indicator, entry.source.id, lang)),
        today: isoDay(new Date()),
        unitLabel: t(`unit.${indicator.unit}`),
        lang,
      },
      'full',
    );
    downloadBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), exportFileName({ indicator: indicator.id, source: slugify(entry.source.name) || entry.source.id, period: 'all-periods', extension: 'csv' }));
  }

  async function remove(entry: LocalSource) {
    const state = useViewStore.getState();
    const { view } = state;
    if (view.source === entry.source.id) state.setSource(null);
    if (view.compare.a === entry.source.id || view.compare.b === entry.source.id) {
      useViewStore.getState().setCompare({
        ...(view.compare.a === entry.source.id ? { a: null } : {}),
        ...(view.compare.b === entry.source.id ? { b: null } : {}),
      });
    }
    await store.remove(entry.source.id);
    setMessage(t('upload.list.removed', { name: entry.source.name }));
  }

  return (
    <section className="your-sources" aria-label={t('upload.list.title')}>
      <h3>{t('upload.list.title')}</h3>
      <ul>
        {entries.map((entry) => {
          const label = labelOf(entry);
          const name = entry.source.name;
          return (
            <li key={entry.source.id}>
              <span>
                <strong>{name}</strong> —{' '}
                {label
                  ? t('upload.list.item', { indicator: label, rows: formatValue(entry.series.columns.geo.length, 'persons', lang), file: entry.file.name })
                  : t('upload.list.missingIndicator')}
              </span>
              <span className="your-sources__actions">
                {label && (
                  <button type="button" className="button-quiet" aria-label={t('upload.list.showLabel', { name })} onClick={() => show(entry)}>
                    {t('upload.list.show')}
                  </button>
                )}
                <button
                  type="button"
                  className="button-quiet"
                  aria-label={t('upload.list.exportLabel', { name })}
                  onClick={() => exportSource(entry)}
                >
                  {t('upload.list.export')}
                </button>
                <button type="button" className="button-quiet" aria-label={t('upload.list.removeLabel', { name })} onClick={() => void remove(entry)}>
                  {t('upload.list.remove')}
                </button>
              </span>
            </li>
          );
        })}
      </ul>
      {message && <p role="status">{message}</p>}
    </section>
  );
}
