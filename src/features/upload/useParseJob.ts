/**
 * The reading of one file in the parse worker, as a stage the dialog shows: idle, reading (with
 * its progress), read, cancelled or failed. A new file cancels the one being read; so does
 * leaving the dialog.
 */
import { useEffect, useRef, useState } from 'react';
import { applyCountryChoice } from './buildSource';
import type { Progress } from './parseFile';
import { parseInWorker, type ParseJob } from './parseInWorker';
import type { ParseResult } from './types';

export type Stage =
  | { step: 'idle' }
  | { step: 'reading'; file: File; progress: Progress }
  | { step: 'read'; file: File; result: ParseResult; applied: string | null }
  | { step: 'cancelled'; file: File }
  | { step: 'failed'; file: File | null; message: string };

/** The country table the worker resolves names with. */
type CountryTable = Parameters<typeof parseInWorker>[2];

export function useParseJob(table: CountryTable) {
  const jobRef = useRef<ParseJob | null>(null);
  const [stage, setStage] = useState<Stage>({ step: 'idle' });

  useEffect(() => () => jobRef.current?.cancel(), []);

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

  /** Reads the rows of an unknown name as the country chosen for it, saying so with `applied`. */
  function choose(raw: string, iso3: string, applied: string) {
    setStage((current) => (current.step === 'read' ? { ...current, result: applyCountryChoice(current.result, raw, iso3), applied } : current));
  }

  return { stage, read, cancel, choose };
}
