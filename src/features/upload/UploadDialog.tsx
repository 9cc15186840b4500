/**
 * The "your own data" dialog: a file (dropped, or picked with the file input) is read in the parse
 * worker with a progress bar and a cancel button; the report lists what was kept and, by line and
 * column, what was not, with suggestions for country names it does not know; the user then names
 * the source, says which indicator it estimates and what it counts, and adds it. The list at the
 * top shows, exports or removes the sources added before. Everything from the file is shown as
 * React text, never as HTML.
 */
import { useEffect, useId, useMemo, useRef } from 'react';
import type { Catalog } from '../../contract/schema';
import type { LocalSourceStore } from '../../data/localSources';
import { useT } from '../../i18n/useT';
import { buildCountryTable } from './countryTable';
import { DropZone } from './DropZone';
import { ParseReport } from './ParseReport';
import { ReadingProgress } from './ReadingProgress';
import { SourceForm } from './SourceForm';
import { useParseJob } from './useParseJob';
import { YourSources } from './YourSources';
import './upload.css';
import '../../i18n/enUpload';

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
  const table = useMemo(() => buildCountryTable(catalog.geographies.countries, lang, catalog.geographies.units), [catalog, lang]);
  const { stage, read, cancel, choose } = useParseJob(table);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
  }, []);

  function close(message?: string) {
    cancel();
    dialogRef.current?.close?.();
    onClose(message);
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
      {stage.step === 'reading' && <ReadingProgress file={stage.file} progress={stage.progress} onCancel={cancel} />}
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
          <ParseReport
            file={stage.file}
            result={stage.result}
            applied={stage.applied}
            onChoose={(raw, iso3) =>
              choose(
                raw,
                iso3,
                t('upload.unknown.applied', {
                  name: raw,
                  country: table.countries.find((c) => c.id === iso3)?.name ?? table.units?.find((u) => u.id === iso3)?.name ?? iso3,
                }),
              )
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
