/**
 * The value codecs of the view parameters (see viewParams.ts): how one value is read from its
 * decoded URL text, written back, checked, and taken from a store setter's argument. Pure.
 */
import { levelOfCode } from '../contract/levels';
import { AGGREGATE_PATTERN, MAX_AGGREGATES, MAX_COUNTRIES, MAX_TOLERANCE, isOdRole, isPeriod, isSlug, type OdRole } from './viewState';

/** Why part of a link was left out; the UI translates these as notice.reason.{reason}. */
export const IGNORE_REASONS = ['unknown-parameter', 'invalid-value', 'too-long', 'too-many', 'duplicate', 'not-in-catalog'] as const;
export type IgnoreReason = (typeof IGNORE_REASONS)[number];

/** Reports a part of a value that was left out (by default the whole value). */
export type Report = (reason: IgnoreReason, value?: string) => void;

export interface Codec<T> {
  /** The value of a decoded URL text; undefined: the text is invalid (reported as 'invalid-value'). */
  parse(text: string, report: Report): T | undefined;
  /** The URL text of a value. */
  format(value: T): string;
  /** Whether a value is one the URL can hold (what isValidView checks). */
  valid(value: unknown): boolean;
  /** The value a store setter's argument stands for; undefined: it is ignored. Default: the argument when valid. */
  coerce?(input: unknown): T | undefined;
}

/** A place's code at any geographic level: ISO3, NUTS, US FIPS (the code systems never overlap). */
export function isGeoCode(value: unknown): value is string {
  return levelOfCode(value) !== null;
}

export const SEPARATOR = '~';
const LOOSE_CODE = /^[A-Za-z0-9]{2,5}$/;

/** Upper-cased code of a place (ISO3, NUTS, US FIPS) given in any case, or null (ASCII only: 'ß' is not 'SS'). */
export function normalizeCountry(code: unknown): string | null {
  if (typeof code !== 'string' || !LOOSE_CODE.test(code)) return null;
  const upper = code.toUpperCase();
  return isGeoCode(upper) ? upper : null;
}

/** The value a store setter's argument stands for; undefined: ignored. */
export function coerce<T>(codec: Codec<T>, input: unknown): T | undefined {
  if (codec.coerce) return codec.coerce(input);
  return codec.valid(input) ? (input as T) : undefined;
}

/** A value that is valid exactly when a type guard accepts it, written as it is. */
function guarded<T extends string>(guard: (value: unknown) => value is T): Codec<T> {
  return { parse: (text) => (guard(text) ? text : undefined), format: (value) => value, valid: guard };
}

export const slug = guarded(isSlug);
export const period = guarded(isPeriod);

export function oneOf<T extends string>(list: readonly T[]): Codec<T> {
  return guarded((value: unknown): value is T => typeof value === 'string' && (list as readonly string[]).includes(value));
}

/** A value or null (null being the default, never written). */
export function nullable<T>(codec: Codec<T>): Codec<T | null> {
  return {
    parse: (text, report) => codec.parse(text, report),
    format: (value) => (value === null ? '' : codec.format(value)),
    valid: (value) => value === null || codec.valid(value),
    coerce: (input) => (input === null ? null : coerce(codec, input)),
  };
}

/** 1 or 0 (true and false are read too). */
export const flag: Codec<boolean> = {
  parse: (text) => (text === '1' || text === 'true' ? true : text === '0' || text === 'false' ? false : undefined),
  format: (value) => (value ? '1' : '0'),
  valid: (value) => typeof value === 'boolean',
};

/** A whole number of periods, 0..MAX_TOLERANCE; a setter's number is rounded and clamped. */
export const tolerance: Codec<number> = {
  parse: (text) => {
    const value = /^\d{1,3}$/.test(text) ? Number(text) : NaN;
    return value >= 0 && value <= MAX_TOLERANCE ? value : undefined;
  },
  format: String,
  valid: (value) => typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_TOLERANCE,
  coerce: (input) => (typeof input === 'number' && Number.isFinite(input) ? Math.min(MAX_TOLERANCE, Math.max(0, Math.round(input))) : undefined),
};

/** A place's code (ISO3, NUTS, US FIPS), read and set in any case. */
export const country: Codec<string> = {
  parse: (text) => normalizeCountry(text) ?? undefined,
  format: (value) => value,
  valid: isGeoCode,
  coerce: (input) => normalizeCountry(input) ?? undefined,
};

/** Distinct codes joined by '~', at most `max`, each as `normalize` reads it; '' is the empty list. */
function codeList(normalize: (code: unknown) => string | null, max: number): Codec<string[]> {
  return {
    parse: (text, report) => {
      const codes: string[] = [];
      const extra: string[] = [];
      if (text === '') return codes;
      for (const item of text.split(SEPARATOR)) {
        const code = normalize(item);
        if (code === null) report('invalid-value', item);
        else if (codes.includes(code) || extra.includes(code)) report('duplicate', item);
        else if (codes.length >= max) extra.push(code);
        else codes.push(code);
      }
      if (extra.length > 0) report('too-many', extra.join(SEPARATOR));
      return codes;
    },
    format: (codes) => codes.join(SEPARATOR),
    valid: (value) =>
      Array.isArray(value) && value.length <= max && value.every((code) => normalize(code) === code) && new Set(value).size === value.length,
    // Normalised, invalid codes and repeats dropped, the first `max` kept.
    coerce: (input) => {
      const codes: string[] = [];
      for (const item of Array.isArray(input) ? (input as unknown[]) : []) {
        const code = normalize(item);
        if (code !== null && !codes.includes(code) && codes.length < max) codes.push(code);
      }
      return codes;
    },
  };
}

/** The selection: distinct ISO3 codes joined by '~', at most MAX_COUNTRIES; '' is the empty selection. */
export const countries: Codec<string[]> = codeList(normalizeCountry, MAX_COUNTRIES);

/** Aggregate ids exactly as the contract writes them (WLD, EU27_2020), at most MAX_AGGREGATES. */
export const aggregateIds: Codec<string[]> = codeList(
  (code) => (typeof code === 'string' && AGGREGATE_PATTERN.test(code) ? code : null),
  MAX_AGGREGATES,
);

function splitPair(text: string): [string, string] | null {
  const parts = text.split(SEPARATOR);
  return parts.length === 2 ? [parts[0] as string, parts[1] as string] : null;
}

export type OdMode = { role: OdRole; focus: string };

/** Origin–destination mode: role~focus. */
export const odMode: Codec<OdMode> = {
  parse: (text) => {
    const pair = splitPair(text);
    const focus = pair ? normalizeCountry(pair[1]) : null;
    return pair && isOdRole(pair[0]) && focus !== null ? { role: pair[0], focus } : undefined;
  },
  format: (od) => `${od.role}${SEPARATOR}${od.focus}`,
  valid: (value) => typeof value === 'object' && value !== null && isOdRole((value as OdMode).role) && isGeoCode((value as OdMode).focus),
  coerce: (input) => {
    const { role, focus } = (input ?? {}) as Partial<Record<keyof OdMode, unknown>>;
    const code = normalizeCountry(focus);
    return isOdRole(role) && code !== null ? { role, focus: code } : undefined;
  },
};

export type Pair = { a: string | null; b: string | null };

/** Two optional slugs a~b; either side may be empty (~b, a~). */
export const slugPair: Codec<Pair> = {
  parse: (text) => {
    const pair = splitPair(text);
    const side = (value: string) => value === '' || isSlug(value);
    return pair && side(pair[0]) && side(pair[1]) ? { a: pair[0] || null, b: pair[1] || null } : undefined;
  },
  format: (pair) => `${pair.a ?? ''}${SEPARATOR}${pair.b ?? ''}`,
  valid: (value) => {
    if (typeof value !== 'object' || value === null) return false;
    const { a, b } = value as Pair;
    return (a === null || isSlug(a)) && (b === null || isSlug(b));
  },
};

/** The pair a setter's partial pair makes of the current one: a side left out or not a slug is kept, null clears it. */
export function mergePair(input: unknown, current: Pair): Pair {
  const given = (input ?? {}) as Partial<Record<keyof Pair, unknown>>;
  const side = (value: unknown, now: string | null) => (value === null || isSlug(value) ? value : now);
  return { a: side(given.a, current.a), b: side(given.b, current.b) };
}
