import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { build, preview } from 'vite';

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * One production build (dist/, which the size check then measures) served by `vite preview` with the
 * security headers, on a port the system hands out: never a server that happens to be listening.
 * The tests find it through ML_BASE_URL, which the worker processes inherit.
 * ML_SKIP_BUILD=1 serves the dist/ already there (for re-running a test by hand).
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  if (process.env.ML_SKIP_BUILD !== '1') await build({ root, logLevel: 'warn' });
  const server = await preview({ root, logLevel: 'warn', preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false } });
  const address = server.httpServer.address() as AddressInfo | null;
  if (!address || typeof address.port !== 'number') throw new Error('vite preview did not report the port it listens on');
  process.env.ML_BASE_URL = `http://127.0.0.1:${address.port}`;
  return async () => {
    await server.close();
  };
}
