/**
 * Moving a briefing out of the browser and back: as one link (?briefing=…) and as a JSON file.
 * Both are validated on the way in (valibot), bounded, and never throw; titles and queries are
 * plain text (queries are re-read by the URL codec), never markup.
 *
 * Link: ?briefing=b1.<base64url of UTF-8 JSON>, the JSON being compact:
 *   { "t": "<briefing title>", "s": [["<step title>", "<query without ?>"], …] }
 *
 * File (migration-lens_briefing_<title>.json):
 *   { "format": "migration-lens/briefing", "version": 1, "title": "…",
 *     "steps": [{ "title": "…", "query": "?indicator=…" }], "exported": "<ISO time>" }
 */
import * as v from 'valibot';
import { MAX_QUERY_LENGTH, MAX_STEPS, cleanTitle, newId, normalizeQuery, type Briefing } from './model';

import { MAX_LINK_VALUE_LENGTH } from './briefingParam';

export { LINK_PARAM, MAX_LINK_VALUE_LENGTH, takeBriefingParam } from './briefingParam';
export const LINK_PREFIX = 'b1.';
/** Largest briefing file read. */
export const MAX_FILE_BYTES = 1_000_000;
export const FILE_FORMAT = 'migration-lens/briefing';
export const FILE_VERSION = 1;

export type TransferError = 'too-long' | 'not-a-briefing' | 'empty' | 'newer-version';

export type TransferResult =
  { ok: true; briefing: Briefing; /** Steps or view parameters left out. */ dropped: number } | { ok: false; error: TransferError };

// ---------------------------------------------------------------------------------------------
// base64url of UTF-8

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4));
    const bytes = Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------
// Building a briefing from untrusted steps

function fromSteps(title: string, steps: readonly { title: string; query: string }[], extraDropped = 0): TransferResult {
  let dropped = extraDropped;
  const kept = steps.slice(0, MAX_STEPS);
  dropped += steps.length - kept.length;
  const now = new Date().toISOString();
  const briefing: Briefing = {
    id: newId('briefing'),
    title: cleanTitle(title),
    steps: kept.map((step) => {
      const { query, ignored } = normalizeQuery(step.query);
      dropped += ignored;
      return { id: newId('step'), title: cleanTitle(step.title), query };
    }),
    created: now,
    updated: now,
  };
  if (briefing.steps.length === 0) return { ok: false, error: 'empty' };
  return { ok: true, briefing, dropped };
}

const LinkTitle = v.pipe(v.string(), v.maxLength(1000));
const LinkQuery = v.pipe(v.string(), v.maxLength(MAX_QUERY_LENGTH));
const LinkSchema = v.object({
  t: LinkTitle,
  s: v.pipe(v.array(v.tuple([LinkTitle, LinkQuery])), v.minLength(1), v.maxLength(MAX_STEPS * 4)),
});

/** The ?briefing= value of a briefing, or null when it would be too long for a link. */
export function encodeBriefingLink(briefing: Pick<Briefing, 'title' | 'steps'>): string | null {
  const compact = { t: briefing.title, s: briefing.steps.map((step) => [step.title, step.query.replace(/^\?/, '')]) };
  const value = LINK_PREFIX + toBase64Url(JSON.stringify(compact));
  return value.length <= MAX_LINK_VALUE_LENGTH ? value : null;
}

/** Reads a ?briefing= value (already URL-decoded). Never throws. */
export function decodeBriefingLink(value: unknown): TransferResult {
  try {
    if (typeof value !== 'string') return { ok: false, error: 'not-a-briefing' };
    if (value.length > MAX_LINK_VALUE_LENGTH) return { ok: false, error: 'too-long' };
    if (!value.startsWith(LINK_PREFIX)) {
      return /^b\d+\./.test(value) ? { ok: false, error: 'newer-version' } : { ok: false, error: 'not-a-briefing' };
    }
    const json = fromBase64Url(value.slice(LINK_PREFIX.length));
    if (json === null) return { ok: false, error: 'not-a-briefing' };
    let raw: unknown;
    try {
      raw = JSON.parse(json);
    } catch {
      return { ok: false, error: 'not-a-briefing' };
    }
    const parsed = v.safeParse(LinkSchema, raw);
    if (!parsed.success) return { ok: false, error: 'not-a-briefing' };
    return fromSteps(
      parsed.output.t,
      parsed.output.s.map(([title, query]) => ({ title, query })),
    );
  } catch {
    return { ok: false, error: 'not-a-briefing' };
  }
}

// ---------------------------------------------------------------------------------------------
// File

const FileTitle = v.pipe(v.string(), v.maxLength(2000));
const FileSchema = v.looseObject({
  format: v.literal(FILE_FORMAT),
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  title: FileTitle,
  steps: v.pipe(v.array(v.unknown()), v.maxLength(MAX_STEPS * 10)),
});
const FileStep = v.looseObject({ title: FileTitle, query: v.pipe(v.string(), v.maxLength(MAX_QUERY_LENGTH)) });

export function briefingFileText(briefing: Pick<Briefing, 'title' | 'steps'>, exported: Date = new Date()): string {
  return `${JSON.stringify(
    {
      format: FILE_FORMAT,
      version: FILE_VERSION,
      title: briefing.title,
      steps: briefing.steps.map((step) => ({ title: step.title, query: step.query })),
      exported: exported.toISOString(),
    },
    null,
    2,
  )}\n`;
}

/** Reads a briefing file's text. Unknown fields are ignored; damaged steps are left out and counted. Never throws. */
export function readBriefingFile(text: unknown): TransferResult {
  try {
    if (typeof text !== 'string') return { ok: false, error: 'not-a-briefing' };
    if (text.length > MAX_FILE_BYTES) return { ok: false, error: 'too-long' };
    let raw: unknown;
    try {
      raw = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch {
      return { ok: false, error: 'not-a-briefing' };
    }
    const parsed = v.safeParse(FileSchema, raw);
    if (!parsed.success) return { ok: false, error: 'not-a-briefing' };
    // A newer version of the file is read as far as this version understands it (title and steps).
    const steps: { title: string; query: string }[] = [];
    let dropped = 0;
    for (const item of parsed.output.steps) {
      const step = v.safeParse(FileStep, item);
      if (step.success) steps.push({ title: step.output.title, query: step.output.query });
      else dropped += 1;
    }
    return fromSteps(parsed.output.title, steps, dropped);
  } catch {
    return { ok: false, error: 'not-a-briefing' };
  }
}
