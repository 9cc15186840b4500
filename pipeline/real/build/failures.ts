import type { BuildReport, SourceReport } from '../report';
import { BuildError } from './buildError';

/** Without --partial, a source that cannot be built stops the build, before anything is written. */
export function stopUnlessPartial(reports: readonly SourceReport[], partial: boolean, report: () => BuildReport): void {
  const problems = reports.filter((r) => r.status !== 'built');
  if (problems.length > 0 && !partial) {
    throw new BuildError(
      `${problems.length} of ${reports.length} sources cannot be built (nothing written; use --partial to build the others):\n` +
        problems.map((p) => `  ✗ ${p.id}: ${p.status}: ${p.error ?? ''}`).join('\n'),
      report(),
    );
  }
}
