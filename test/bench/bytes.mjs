// Bytes of the production build's JS and CSS, raw and gzip (-9), by category. Deterministic for a
// given build, so measured once (not repeated).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';

const ENGINE = /maplibre/;
const WORKER = /worker/;

/** Every JS and CSS asset of a build: { name, raw, gzip }. */
export function assetsOf(distDir) {
  return readdirSync(join(distDir, 'assets'))
    .filter((name) => /\.(m?js|css)$/.test(name))
    .map((name) => {
      const bytes = readFileSync(join(distDir, 'assets', name));
      return { name, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    });
}

const total = (list) => ({ raw: list.reduce((n, a) => n + a.raw, 0), gzip: list.reduce((n, a) => n + a.gzip, 0), files: list.map((a) => a.name) });

/** The size budgets of test/size (read only, shown as targets), when they are there. */
function budgets(root) {
  const file = join(root, 'test/size/budgets.json');
  if (!existsSync(file)) return {};
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return {};
  }
}

/**
 * Bytes by category. `loaded` (optional) lists the asset URLs the map view fetched (resource
 * timing), for the category "loaded by the map view".
 */
export function measureBytes(root, distDir, loaded = null) {
  const assets = assetsOf(distDir);
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const first = new Set([...html.matchAll(/(?:src|href)="[^"]*assets\/([^"]+)"/g)].map((m) => m[1]));
  const js = assets.filter((a) => /\.m?js$/.test(a.name));
  const css = assets.filter((a) => a.name.endsWith('.css'));
  const budget = budgets(root);
  const categories = {
    'JS first load (index.html)': { ...total(js.filter((a) => first.has(a.name))), targetGzipKb: budget.firstLoadAppJsGzipKb ?? null },
    'JS map engine (maplibre + worker)': total(js.filter((a) => ENGINE.test(a.name))),
    'JS app (all but the map engine)': { ...total(js.filter((a) => !ENGINE.test(a.name))), targetGzipKb: budget.appJsGzipKb ?? null },
    'JS lazy chunks and workers': total(js.filter((a) => !first.has(a.name) && !ENGINE.test(a.name))),
    'JS workers': total(js.filter((a) => WORKER.test(a.name))),
    'CSS all': total(css),
    'JS + CSS all': { ...total(assets), targetGzipKb: budget.everythingGzipKb ?? budget.totalGzipKb ?? null },
  };
  if (loaded) {
    const names = new Set(loaded.map((url) => basename(new URL(url).pathname)));
    categories['JS + CSS loaded by the map view'] = total(assets.filter((a) => names.has(a.name)));
  }
  return { assets, categories, defaultViewBaselineKb: budget.defaultView?.baselineGzipKb ?? null };
}
