/**
 * The codec of the Table's period columns (view parameter `tperiods`): `from~to`, two periods
 * (YYYY or YYYY-MM) with both ends included, or `all`, every period of the source. A reversed
 * range is read, and set, in order. Pure.
 */
import { SEPARATOR, type Codec } from './paramCodecs';
import { isPeriod, type TablePeriods } from './viewState';

type Shown = Exclude<TablePeriods, null>;

/** The range in order, or undefined when either end is not a period. */
function ordered(from: unknown, to: unknown): Shown | undefined {
  if (!isPeriod(from) || !isPeriod(to)) return undefined;
  return from <= to ? { from, to } : { from: to, to: from };
}

function isShown(value: unknown): value is Shown {
  if (value === 'all') return true;
  if (typeof value !== 'object' || value === null) return false;
  const { from, to } = value as { from: unknown; to: unknown };
  return isPeriod(from) && isPeriod(to) && from <= to && Object.keys(value).length === 2;
}

export const tablePeriods: Codec<Shown> = {
  parse: (text) => {
    if (text === 'all') return 'all';
    const parts = text.split(SEPARATOR);
    return parts.length === 2 ? ordered(parts[0], parts[1]) : undefined;
  },
  format: (value) => (value === 'all' ? 'all' : `${value.from}${SEPARATOR}${value.to}`),
  valid: isShown,
  coerce: (input) => {
    if (input === 'all') return 'all';
    if (typeof input !== 'object' || input === null) return undefined;
    const { from, to } = input as { from?: unknown; to?: unknown };
    return ordered(from, to);
  },
};
