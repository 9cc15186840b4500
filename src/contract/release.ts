import * as v from 'valibot';
import { FiniteNumber, IsoDate, Period, Slug } from './schema';

/**
 * The release files beside the indicators API: what a snapshot was built from (manifest.json) and
 * what changed since the one before (changes.json). Neither is part of the contract's version 1:
 * a server without them answers 404 and the app says the information is not available.
 */

const Line = (max: number) => v.pipe(v.string(), v.maxLength(max));
const Count = v.pipe(v.number(), v.integer(), v.minValue(0));
/** A country as the release notes name it: an ISO3 code, shown as its name when the catalog knows it. */
const Geo = v.pipe(v.string(), v.minLength(1), v.maxLength(64));
const list = <T extends v.GenericSchema>(item: T, max: number) => v.optional(v.pipe(v.array(item), v.maxLength(max)), () => []);

export const ManifestInputSchema = v.object({
  /** The input's path as the publisher's file was kept (e.g. "unhcr/api-population-sample.json"). */
  file: v.pipe(v.string(), v.minLength(1), v.maxLength(300)),
  sha256: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/i, 'must be a SHA-256 in hexadecimal')),
  bytes: Count,
  publisher: Line(300),
  /** Shown as a link only when it is an http(s) URL. */
  url: v.nullish(Line(2000)),
  licence: Line(300),
  citation: Line(2000),
  retrieved: IsoDate,
  /** The sources of the catalog built from this file. */
  sources: v.pipe(v.array(Slug), v.maxLength(500)),
});

export const ManifestSchema = v.object({
  format: v.literal('migration-lens/snapshot'),
  version: v.literal(1),
  date: IsoDate,
  inputs: v.pipe(v.array(ManifestInputSchema), v.maxLength(10_000)),
});

export const CHANGE_STATUSES = ['added', 'removed', 'changed', 'unchanged'] as const;

export const RevisionSchema = v.object({
  indicator: Slug,
  slice: Slug,
  geo: Geo,
  /** For a bilateral value: its country of origin, geo being its destination. */
  origin: v.optional(Geo),
  period: Period,
  before: FiniteNumber,
  after: FiniteNumber,
});

export const SourceChangeSchema = v.object({
  id: Slug,
  status: v.picklist(CHANGE_STATUSES),
  periodsAdded: list(Period, 10_000),
  periodsRemoved: list(Period, 10_000),
  revised: v.optional(v.object({ count: Count, largest: list(RevisionSchema, 1000) }), () => ({ count: 0, largest: [] })),
  countriesAdded: list(Geo, 1000),
  countriesDropped: list(Geo, 1000),
});

export const ChangesSchema = v.object({
  format: v.literal('migration-lens/changes'),
  version: v.literal(1),
  /** The release compared with; null for a first release. */
  from: v.nullable(IsoDate),
  to: IsoDate,
  sources: v.pipe(v.array(SourceChangeSchema), v.maxLength(2000)),
});

export type ManifestInput = v.InferOutput<typeof ManifestInputSchema>;
export type Manifest = v.InferOutput<typeof ManifestSchema>;
export type ChangeStatus = (typeof CHANGE_STATUSES)[number];
export type Revision = v.InferOutput<typeof RevisionSchema>;
export type SourceChange = v.InferOutput<typeof SourceChangeSchema>;
export type Changes = v.InferOutput<typeof ChangesSchema>;
