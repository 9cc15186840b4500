/** Failure scenarios the mocks can play, for component tests and for the development build. */
export const SCENARIOS = ['normal', 'slow', 'no-answer', 'server-error', 'malformed', 'empty-series', 'missing-file'] as const;
export type Scenario = (typeof SCENARIOS)[number];

export interface ScenarioOptions {
  scenario: Scenario;
  /** The files it applies to: a path relative to the base, or a prefix ending in "/". Default: every series file. */
  target?: string;
  /** For "slow": how long each affected response waits ("no-answer" never answers). */
  delayMs?: number;
}

export function isScenario(value: string): value is Scenario {
  return (SCENARIOS as readonly string[]).includes(value);
}

export function affects(options: ScenarioOptions, path: string): boolean {
  const target = options.target ?? 'series/';
  return target.endsWith('/') ? path.startsWith(target) : path === target;
}

/** A payload broken the way a real one breaks: a number column holding text. */
export function malform(payload: unknown): unknown {
  if (payload && typeof payload === 'object' && 'columns' in payload) {
    const series = payload as { columns: { value: unknown[] } };
    return { ...series, columns: { ...series.columns, value: ['n/a', ...series.columns.value.slice(1)] } };
  }
  if (payload && typeof payload === 'object') return { ...payload, sources: 'n/a' };
  return '{not json';
}

/** The same series with no rows. */
export function emptied(payload: unknown): unknown {
  if (payload && typeof payload === 'object' && 'columns' in payload) {
    return { ...payload, columns: { geo: [], period: [], value: [] } };
  }
  return payload;
}
