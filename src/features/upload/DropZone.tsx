import { useId, useState, type DragEvent } from 'react';
import { useT } from '../../i18n/useT';
import '../../i18n/enUpload';

/** Where a file is dropped, or picked with the file input; one at a time, none while one is read. */
export function DropZone({ onFile, disabled }: { onFile: (file: File) => void; disabled: boolean }) {
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
