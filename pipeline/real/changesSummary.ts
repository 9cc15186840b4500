/**
 * A change report as Markdown: the description of a refresh's pull request, and what the snapshot
 * and refresh commands print. Pure.
 */
import type { ChangeReport, Revision, SourceChanges, SourceCounts } from './changes';

/** More would not help a reviewer, and a pull request's description has a size limit. */
const MAX_LISTED = 12;

function list(items: readonly string[]): string {
  if (items.length === 0) return '–';
  const shown = items.length > MAX_LISTED ? [...items.slice(0, MAX_LISTED), `… (${items.length} in all)`] : items;
  return shown.join(', ');
}

const number = (x: number): string => x.toLocaleString('en-GB', { maximumFractionDigits: 2 });

function revision(r: Revision): string {
  const where = r.origin === undefined ? r.geo : `${r.origin}→${r.geo}`;
  const change = r.before === 0 ? 'from 0' : `${r.after > r.before ? '+' : ''}${number(((r.after - r.before) / Math.abs(r.before)) * 100)}%`;
  return `${r.indicator}${r.slice === 'total' ? '' : `/${r.slice}`} ${where} ${r.period}: ${number(r.before)} → ${number(r.after)} (${change})`;
}

function sourceSection(s: SourceChanges, counts: SourceCounts | undefined): string[] {
  const lines = [`### ${s.id}: ${s.status}`, ''];
  if (counts !== undefined)
    lines.push(
      `- values: ${number(counts.valuesBefore)} → ${number(counts.valuesAfter)} (${number(counts.valuesAdded)} new, ${number(counts.valuesRemoved)} gone)`,
    );
  lines.push(`- periods added: ${list(s.periodsAdded)}; removed: ${list(s.periodsRemoved)}`);
  lines.push(`- countries added: ${list(s.countriesAdded)}; dropped: ${list(s.countriesDropped)}`);
  lines.push(`- values revised: ${number(s.revised.count)}`);
  for (const r of s.revised.largest) lines.push(`  - ${revision(r)}`);
  return [...lines, ''];
}

export function formatChanges(report: ChangeReport, counts?: ReadonlyMap<string, SourceCounts>): string {
  const changed = report.sources.filter((s) => s.status !== 'unchanged');
  const unchanged = report.sources.filter((s) => s.status === 'unchanged').map((s) => s.id);
  const lines = [
    `## Changes ${report.from === null ? 'in the first snapshot' : `since the snapshot of ${report.from}`} (snapshot of ${report.to})`,
    '',
    `${changed.length} of ${report.sources.length} sources changed.${unchanged.length > 0 ? ` Unchanged: ${unchanged.join(', ')}.` : ''}`,
    '',
  ];
  for (const s of changed) lines.push(...sourceSection(s, counts?.get(s.id)));
  return lines.join('\n');
}
