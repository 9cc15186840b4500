/**
 * The build report: what each source gave, what was left out and why (with examples), which
 * aggregates were recognised as groups, and the totals. Written as build-report.json beside the
 * dataset and summarised on the console.
 */

/** Why observations were left out of the country series (an observation counts once per reason, however many mappings select it). */
export const DROP_REASONS = {
  group: 'aggregate (World, region, income group, EU…): kept as a group, never as a country',
  other: 'not a current ISO 3166-1 country (former country, unknown or stateless, territory group)',
  unknownGeo: 'unknown geography code or name',
  noValue: 'no value (null, "..", "-", ":" …)',
  period: 'period not at the indicator grain (a range, a year for a monthly indicator, …)',
  unit: 'unit does not match the indicator',
  negative: 'negative value for an indicator that cannot be negative',
  zeroNoRow: 'a 0 that only stands for an empty cell or a missing row of the file (the source cannot tell it from a true zero): missing, not zero',
  duplicate: 'duplicate country and period (combine: "first": the first value is kept)',
  unmapped: 'not selected by any series mapping of the config (other measures, breakdowns or dimensions)',
  noCounterpart: 'origin–destination record without a country on both sides',
} as const;
export type DropReason = keyof typeof DROP_REASONS;

export interface DropEntry {
  reason: string;
  count: number;
  examples: string[];
}

export class DropLog {
  private readonly entries = new Map<DropReason, { count: number; examples: Set<string> }>();

  constructor(private readonly maxExamples = 8) {}

  add(reason: DropReason, example?: string): void {
    let entry = this.entries.get(reason);
    if (!entry) {
      entry = { count: 0, examples: new Set() };
      this.entries.set(reason, entry);
    }
    entry.count += 1;
    if (example !== undefined && entry.examples.size < this.maxExamples) entry.examples.add(example);
  }

  count(reason?: DropReason): number {
    if (reason !== undefined) return this.entries.get(reason)?.count ?? 0;
    let n = 0;
    for (const [r, e] of this.entries) if (r !== 'unmapped') n += e.count;
    return n;
  }

  toJSON(): Record<string, DropEntry> {
    const out: Record<string, DropEntry> = {};
    for (const key of Object.keys(DROP_REASONS) as DropReason[]) {
      const entry = this.entries.get(key);
      if (entry) out[key] = { reason: DROP_REASONS[key], count: entry.count, examples: [...entry.examples] };
    }
    return out;
  }
}

export interface SourceReport {
  id: string;
  status: 'built' | 'missing' | 'failed' | 'empty';
  error?: string;
  retrieved?: string;
  files?: number;
  releaseDate?: string;
  /** Where the release date comes from: the data, the config, or (as a last resort) the retrieval date. */
  releaseDateFrom?: 'data' | 'config' | 'retrieval';
  latestPeriod?: string;
  firstPeriod?: string;
  /** Observations the readers produced. */
  observations: number;
  /** Rows written to series files and bilateral files. */
  rows: number;
  bilateralRows: number;
  series: string[];
  countries: number;
  dropped: Record<string, DropEntry>;
  notes: string[];
}

export interface GroupReport {
  id: string;
  name: string;
  sources: string[];
  observations: number;
}

export interface BuildReport {
  generated: string;
  /** Paths relative to the repository (or just a name when outside it): the report may be published. */
  config: string;
  cache: string;
  out: string | null;
  totals: {
    sources: number;
    indicators: number;
    countries: number;
    countriesWithData: number;
    seriesFiles: number;
    bilateralFiles: number;
    rows: number;
    bilateralRows: number;
    dropped: number;
    groups: number;
  };
  sources: SourceReport[];
  indicators: { id: string; sources: string[]; bilateral: boolean }[];
  groups: GroupReport[];
  warnings: string[];
}

const n = (x: number): string => x.toLocaleString('en-GB');

/** A console summary of a build report. */
export function formatBuildReport(report: BuildReport): string {
  const lines: string[] = [];
  const t = report.totals;
  lines.push(
    `${t.sources} sources, ${t.indicators} indicators, ${t.countriesWithData} countries with data (${t.countries} in the catalog), ` +
      `${n(t.rows)} rows in ${t.seriesFiles} series files, ${n(t.bilateralRows)} rows in ${t.bilateralFiles} bilateral files`,
  );
  for (const s of report.sources) {
    if (s.status !== 'built') {
      lines.push(`  ✗ ${s.id}: ${s.status}${s.error ? `: ${s.error}` : ''}`);
      continue;
    }
    lines.push(
      `  ✓ ${s.id}: ${n(s.rows)} rows${s.bilateralRows ? ` + ${n(s.bilateralRows)} bilateral` : ''}, ${s.countries} ${s.countries === 1 ? 'country' : 'countries'}, latest ${s.latestPeriod ?? '-'}, released ${s.releaseDate} (${s.releaseDateFrom})`,
    );
    for (const entry of Object.values(s.dropped)) {
      lines.push(`      - ${n(entry.count)} ${entry.reason}${entry.examples.length ? `: ${entry.examples.slice(0, 4).join('; ')}` : ''}`);
    }
    for (const note of s.notes) lines.push(`      note: ${note}`);
  }
  if (report.groups.length > 0) {
    lines.push(
      `  groups recognised (not countries): ${report.groups
        .slice(0, 12)
        .map((g) => (g.id === g.name ? g.id : `${g.id} ${g.name}`))
        .join(', ')}${report.groups.length > 12 ? `, and ${report.groups.length - 12} more` : ''}`,
    );
  }
  for (const w of report.warnings) lines.push(`  warning: ${w}`);
  return lines.join('\n');
}
