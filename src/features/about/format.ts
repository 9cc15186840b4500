import type { Language } from '../../state/viewState';

/** A file size in kB or MB (of 1,000 bytes), as the language writes it. */
export function formatBytes(bytes: number, lang: Language): string {
  const [value, unit] = bytes >= 1e6 ? [bytes / 1e6, 'megabyte'] : bytes >= 1e3 ? [bytes / 1e3, 'kilobyte'] : [bytes, 'byte'];
  return new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(value);
}
