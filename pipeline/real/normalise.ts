/**
 * Normalising what publishers write into what the contract holds: values (numbers given as
 * strings, with thousands separators, or as one of the "no value" markers), periods (years,
 * months in the many SDMX and date spellings), observation flags (Eurostat letters, SDMX
 * OBS_STATUS codes) and units (unit codes and multipliers).
 */
import type { Flag, Grain, Unit } from '../../src/contract/schema';
import { isPeriod, periodString } from '../../src/lib/period';
import { FLAGS } from '../../src/contract/schema';

export type Result<T> = { ok: true; value: T } | { ok: false; reason: string };

const ok = <T>(value: T): Result<T> => ({ ok: true, value });
const fail = <T>(reason: string): Result<T> => ({ ok: false, reason });

/** Markers that publishers use for "no value": not a number, not zero. */
const MISSING_MARKERS = new Set(['', '..', '...', '…', ':', '-', '–', '—', 'na', 'n/a', 'n.a.', 'nan', 'null', 'none', 'x', '~', '*', 'c']);

/** A finite number from a number or a string such as "1,234,567", "1 234", "12.5", "-3". */
export function parseValue(raw: unknown): Result<number> {
  if (typeof raw === 'number') return Number.isFinite(raw) ? ok(raw) : fail('no value (not a finite number)');
  if (raw === null || raw === undefined) return fail('no value (null)');
  if (typeof raw !== 'string') return fail(`no value (a ${typeof raw}, not a number)`);
  const text = raw.trim();
  if (MISSING_MARKERS.has(text.toLowerCase())) return fail(`no value ("${text}")`);
  let cleaned = text.replace(/[\s\u00a0\u202f]/g, '');
  if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(cleaned)) cleaned = cleaned.replace(/,/g, '');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(cleaned)) return fail(`no value (not a number: "${text}")`);
  const value = Number(cleaned);
  return Number.isFinite(value) ? ok(value) : fail(`no value (not a number: "${text}")`);
}

const MONTH_PATTERNS: RegExp[] = [
  /^(\d{4})-(\d{2})$/, // 2020-01
  /^(\d{4})-?M(\d{2})$/i, // 2020M01, 2020-M01
  /^(\d{4})-(\d{2})-\d{2}(?:[T ][\d:.]+Z?)?$/, // 2020-01-31, 2020-01-01T00:00:00
  /^(\d{4})\/(\d{2})$/, // 2020/01
];

/** The contract period (YYYY or YYYY-MM) for a raw period, at the indicator's grain. */
export function normalisePeriod(raw: unknown, grain: Grain): Result<string> {
  if (raw === null || raw === undefined) return fail('no period');
  const text = String(raw).trim();
  if (grain === 'year') {
    if (isPeriod(text, 'year')) return ok(text);
    if (/^\d{4}(-?A1?)?$/i.test(text)) return ok(text.slice(0, 4)); // SDMX annual: 2020-A1, 2020A
    if (/^\d{4}-\d{4}$/.test(text)) return fail(`period ${text} is a range, not a year`);
    return fail(`period "${text}" is not a year`);
  }
  for (const pattern of MONTH_PATTERNS) {
    const m = pattern.exec(text);
    if (m) {
      const month = Number(m[2]);
      if (month < 1 || month > 12) return fail(`period "${text}" has no month ${m[2]}`);
      return ok(periodString(Number(m[1]), month));
    }
  }
  if (isPeriod(text, 'year')) return fail(`period ${text} is a year, the indicator is monthly`);
  return fail(`period "${text}" is not a month`);
}

/** Eurostat observation flags, and SDMX OBS_STATUS codes (CL_OBS_STATUS). */
const FLAG_CODES: Record<string, Flag | null> = {
  b: 'break', // break in time series
  d: null, // definition differs: noted in the caveats, not a flag of the contract
  e: 'estimate',
  f: 'estimate', // forecast
  i: 'imputed',
  p: 'provisional',
  r: null, // revised
  s: 'estimate', // Eurostat estimate
  u: 'estimate', // low reliability
  n: null, // not significant
  z: null, // not applicable
  a: null, // SDMX: normal value
};
/** Of several flags on one observation, the one the contract keeps. */
const FLAG_PRIORITY: Flag[] = ['break', 'provisional', 'estimate', 'imputed'];

/**
 * The contract flag for a raw flag: a contract flag as it is, one or several Eurostat/SDMX letters
 * ("b", "ep", "bep": the highest of break > provisional > estimate > imputed), or a custom mapping.
 */
export function mapFlag(raw: unknown, custom?: Readonly<Record<string, Flag | null>>): Result<Flag | null> {
  if (raw === null || raw === undefined) return ok(null);
  const text = String(raw).trim();
  if (text === '') return ok(null);
  if (custom && Object.prototype.hasOwnProperty.call(custom, text)) return ok(custom[text] ?? null);
  if ((FLAGS as readonly string[]).includes(text.toLowerCase())) return ok(text.toLowerCase() as Flag);
  const letters = text.toLowerCase().replace(/[\s,]/g, '');
  if (!/^[a-z]+$/.test(letters)) return fail(`unknown flag "${text}"`);
  const found = new Set<Flag>();
  for (const letter of letters) {
    if (!(letter in FLAG_CODES)) return fail(`unknown flag "${text}"`);
    const flag = FLAG_CODES[letter];
    if (flag) found.add(flag);
  }
  return ok(FLAG_PRIORITY.find((f) => found.has(f)) ?? null);
}

interface UnitInfo {
  unit: Unit;
  factor: number;
}

/** Unit codes of Eurostat, SDMX and the OECD, with the factor that brings a value to the contract unit. */
const UNIT_CODES: Record<string, UnitInfo> = {
  NR: { unit: 'persons', factor: 1 },
  PS: { unit: 'persons', factor: 1 },
  PERS: { unit: 'persons', factor: 1 },
  PERSONS: { unit: 'persons', factor: 1 },
  THS: { unit: 'persons', factor: 1000 },
  THS_PER: { unit: 'persons', factor: 1000 },
  MIO: { unit: 'persons', factor: 1e6 },
  PC: { unit: 'percent', factor: 1 },
  PCT: { unit: 'percent', factor: 1 },
  PERCENT: { unit: 'percent', factor: 1 },
  USD: { unit: 'usd', factor: 1 },
  USD_EXC: { unit: 'usd', factor: 1 },
  MIO_USD: { unit: 'usd', factor: 1e6 },
  IX: { unit: 'index', factor: 1 },
  INDEX: { unit: 'index', factor: 1 },
};

/** The contract unit and factor for a raw unit code, or undefined when the code is not known. */
export function unitOf(code: string | undefined): UnitInfo | undefined {
  if (code === undefined) return undefined;
  return UNIT_CODES[code.trim().toUpperCase()];
}

/** SDMX UNIT_MULT: the power of ten the value is expressed in. */
export function unitMultiplier(raw: unknown): number {
  const n = Number(raw);
  return Number.isInteger(n) && n >= -12 && n <= 12 ? 10 ** n : 1;
}

/** Round away floating-point noise after scaling (e.g. 1234.567 × 1000). */
export function tidyNumber(value: number): number {
  const rounded = Number(value.toPrecision(12));
  return rounded === 0 ? 0 : rounded;
}
