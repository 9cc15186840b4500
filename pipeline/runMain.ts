/**
 * The entry of a pipeline script: runs `main` when its module is the script Node was started with
 * (not when a test imports it), and exits with the status it returns, or 1 with the message of
 * what it threw.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export function runMain(moduleUrl: string, main: () => Promise<number>, failure: (message: string) => string = (message) => message): void {
  if (process.argv[1] === undefined || resolve(process.argv[1]) !== fileURLToPath(moduleUrl)) return;
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(failure(error instanceof Error ? error.message : String(error)));
      process.exit(1);
    },
  );
}
