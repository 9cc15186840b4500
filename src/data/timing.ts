/**
 * How long the app waits for a data source. The README ("Slow and silent sources") states these
 * values; the component and browser tests use them.
 */

/** A request with no answer (no response, or no byte of its body) for this long is given up. */
export const REQUEST_TIMEOUT_MS = 30_000;

/** A loading state shown this long says that the source is slow. */
export const SLOW_NOTICE_MS = 8_000;
