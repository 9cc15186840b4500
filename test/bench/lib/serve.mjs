// Servers of the bench, all on 127.0.0.1 ports 4400-4499 (other ports belong to CI and the dev
// server): `vite preview` for the production build (with its security headers, as deployed), and a
// plain static server for the harness pages.
import { spawn } from 'node:child_process';
import { createReadStream, statSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { extname, join, normalize } from 'node:path';

const PORT_FIRST = Number(process.env.BENCH_PORT_FIRST ?? 4400);
const PORT_LAST = Number(process.env.BENCH_PORT_LAST ?? 4499);
const taken = new Set();

function portIsFree(port) {
  return new Promise((resolve) => {
    const server = createNetServer();
    server.unref();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** A free port in 4400-4499 that this process has not handed out yet. */
export async function freePort() {
  for (let port = PORT_FIRST; port <= PORT_LAST; port++) {
    if (taken.has(port)) continue;
    if (await portIsFree(port)) {
      taken.add(port);
      return port;
    }
  }
  throw new Error(`no free port in ${PORT_FIRST}-${PORT_LAST}`);
}

export async function waitForServer(url, timeoutMs = 30_000) {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server at ${url} did not answer within ${timeoutMs} ms`);
}

/** `vite preview` of a build directory; resolves with { url, stop }. */
export async function previewBuild(root, distDir) {
  const port = await freePort();
  const child = spawn('npx', ['vite', 'preview', '--outDir', distDir, '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    cwd: root,
    stdio: 'ignore',
    detached: true,
  });
  const url = `http://127.0.0.1:${port}`;
  const stop = () => {
    try {
      process.kill(-child.pid); // the process group started above (npx and vite), nothing else
    } catch {
      child.kill();
    }
  };
  try {
    await waitForServer(`${url}/`);
  } catch (error) {
    stop();
    throw error;
  }
  return { url, stop };
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

/** A static server of one directory (the harness build); resolves with { url, stop }. */
export async function serveStatic(dir) {
  const port = await freePort();
  const server = createHttpServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
    let size;
    try {
      const stat = statSync(file);
      if (!stat.isFile() || !file.startsWith(dir)) throw new Error('not a file');
      size = stat.size;
    } catch {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Content-Length': size, 'Cache-Control': 'no-store' });
    createReadStream(file).pipe(res);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return { url: `http://127.0.0.1:${port}`, stop: () => new Promise((resolve) => server.close(resolve)) };
}
