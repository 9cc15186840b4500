import { useId } from 'react';
import { useT } from '../../i18n/useT';
import type { Progress } from './parseFile';
import '../../i18n/enUpload';

/** How far the worker has read the file (bytes and rows), with a button to stop it. */
export function ReadingProgress({ file, progress, onCancel }: { file: File; progress: Progress; onCancel: () => void }) {
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
