// Size budgets of the production build (dist/, or SIZE_DIST), measured gzip -9 per file; 1 kB = 1,000 bytes (as Vite reports).
//
// Fails when
//   - the app's own JS in the first load (index.html's script and modulepreload links, and every
//     chunk they import statically) is over firstLoadAppJsGzipKb;
//   - any map-engine file is in that first load (the engine must load in parallel, never block it);
//   - everything the default view (the map) loads grows more than defaultView.maxGrowth above the
//     recorded baseline (a regression guard; `npm run size -- --record` records a new baseline).
// The issue's "everything at most 450 kB" is printed but not enforced: the engine alone is about that.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = process.env.SIZE_DIST ?? join(root, 'dist');
const budgetsUrl = new URL('./budgets.json', import.meta.url);
const budgets = JSON.parse(readFileSync(budgetsUrl, 'utf8'));
const record = process.argv.includes('--record');

if (!existsSync(join(dist, 'index.html'))) {
  console.error(`check-size: ${join(dist, 'index.html')} is missing; run \`npm run build\` first.`);
  process.exit(1);
}

const kb = (bytes) => bytes / 1000;
const fmt = (bytes) => kb(bytes).toFixed(1);
const sum = (list, key) => list.reduce((total, file) => total + file[key], 0);

const assetDir = join(dist, 'assets');
const files = new Map(
  readdirSync(assetDir)
    .filter((name) => /\.(m?js|css)$/.test(name))
    .map((name) => {
      const bytes = readFileSync(join(assetDir, name));
      return [name, { name, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, code: bytes.toString('utf8') }];
    }),
);
const isEngine = (name) => name.includes(budgets.mapEnginePattern);
const isJs = (name) => /\.m?js$/.test(name);
const isCss = (name) => name.endsWith('.css');

/**
 * The chunks a chunk imports statically: `import{a as b}from"./x.js"`, `import"./y.js"`,
 * `export{c}from"./z.js"`. Dynamic import("./w.js") (no parenthesis may precede the specifier) is not followed.
 */
function staticImports(code) {
  const statements = /(?:^|[;}\n])\s*(?:import|export)\s*(?:[^'"();=]*?\bfrom\s*)?["']([^"']+)["']/g;
  return [...code.matchAll(statements)].map((match) => match[1].split('/').pop()).filter((name) => files.has(name));
}

/** The files named, and every chunk they import statically, transitively. */
function closure(names) {
  const seen = new Set();
  const queue = [...names];
  while (queue.length > 0) {
    const name = queue.shift();
    if (seen.has(name) || !files.has(name)) continue;
    seen.add(name);
    if (isJs(name)) queue.push(...staticImports(files.get(name).code));
  }
  return seen;
}

// index.html: the entry script, its modulepreloads and its style sheets.
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const htmlRefs = [];
for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/g)) {
  const ref = /\b(?:src|href)="([^"]+)"/.exec(tag)?.[1];
  if (!ref) continue;
  const isScript = tag.startsWith('<script') && /type="module"/.test(tag);
  const rel = /\brel="([^"]+)"/.exec(tag)?.[1] ?? '';
  if (isScript || rel === 'modulepreload' || rel === 'stylesheet') htmlRefs.push(ref.split('/').pop());
}
const firstLoad = closure(htmlRefs);
const notListed = [...firstLoad].filter((name) => !htmlRefs.includes(name));

// The default view also loads the map engine (its chunk, the chunks that imports, its worker and CSS).
const engineFiles = [...files.keys()].filter(isEngine);
const defaultView = new Set([...firstLoad, ...closure(engineFiles)]);

const all = [...files.values()];
const roleOf = (name) => {
  const roles = [];
  if (firstLoad.has(name)) roles.push('first load');
  if (isEngine(name)) roles.push('map engine');
  else if (/worker/i.test(name)) roles.push('worker');
  else if (!firstLoad.has(name)) roles.push(defaultView.has(name) ? 'map view' : 'on demand');
  return roles.join(', ');
};

console.log(`size of ${dist} (gzip -9 per file; kB = 1,000 bytes)\n`);
console.log(`  ${'file'.padEnd(42)} ${'raw'.padStart(8)} ${'gzip'.padStart(8)}  loaded`);
for (const file of all.sort((a, b) => Number(firstLoad.has(b.name)) - Number(firstLoad.has(a.name)) || b.gzip - a.gzip)) {
  console.log(`  ${file.name.padEnd(42)} ${fmt(file.raw).padStart(8)} ${fmt(file.gzip).padStart(8)}  ${roleOf(file.name)}`);
}

const firstLoadFiles = all.filter((f) => firstLoad.has(f.name));
const firstLoadAppJs = firstLoadFiles.filter((f) => isJs(f.name) && !isEngine(f.name));
const firstLoadEngine = firstLoadFiles.filter((f) => isEngine(f.name));
const appJs = all.filter((f) => isJs(f.name) && !isEngine(f.name));
const engine = all.filter((f) => isEngine(f.name));
const css = all.filter((f) => isCss(f.name));
const defaultViewFiles = all.filter((f) => defaultView.has(f.name));

const line = (label, list, note = '') =>
  console.log(`  ${label.padEnd(42)} ${fmt(sum(list, 'raw')).padStart(8)} ${fmt(sum(list, 'gzip')).padStart(8)}  ${note}`);
console.log('\ntotals');
line('first load: app JS', firstLoadAppJs, `budget ${budgets.firstLoadAppJsGzipKb}`);
line(
  'first load: CSS',
  firstLoadFiles.filter((f) => isCss(f.name)),
);
line('app JS, all chunks and workers', appJs);
line('map engine (JS, worker, CSS)', engine);
line('CSS, all', css);
line('everything (JS + CSS)', all, `issue's budget ${budgets.everythingGzipKb}: see below`);
line('everything the default view loads', defaultViewFiles, `baseline ${budgets.defaultView.baselineGzipKb}`);

const failures = [];
/** Prints the verdict of one check under its heading; a failure is also listed at the end. */
function verdict(ok, okText, failText) {
  if (ok) console.log(`  ok: ${okText}`);
  else {
    console.log(`  FAILED: ${failText}`);
    failures.push(failText);
  }
}

const firstLoadKb = kb(sum(firstLoadAppJs, 'gzip'));
console.log(`\nfirst load (index.html: ${htmlRefs.join(', ')}${notListed.length > 0 ? `; imported by those: ${notListed.join(', ')}` : ''})`);
verdict(
  firstLoadKb <= budgets.firstLoadAppJsGzipKb,
  `app JS ${firstLoadKb.toFixed(1)} kB gzip, budget ${budgets.firstLoadAppJsGzipKb} kB`,
  `first-load app JS is ${firstLoadKb.toFixed(1)} kB gzip, over its budget of ${budgets.firstLoadAppJsGzipKb} kB`,
);
verdict(
  firstLoadEngine.length === 0,
  'no map-engine file in the first load (the engine loads in parallel, once the map mounts)',
  `the map engine is in the first load: ${firstLoadEngine.map((f) => f.name).join(', ')}`,
);

const everythingKb = kb(sum(all, 'gzip'));
const engineKb = kb(sum(engine, 'gzip'));
console.log(
  `\neverything at most ${budgets.everythingGzipKb} kB gzip (the issue's figure): ${everythingKb <= budgets.everythingGzipKb ? 'met' : 'NOT MET'}`,
);
console.log(
  `  ${everythingKb.toFixed(1)} kB, of which the map engine (maplibre-gl) is ${engineKb.toFixed(1)} kB (${((engineKb / everythingKb) * 100).toFixed(0)}%);` +
    ` the app's own JS and CSS are ${(everythingKb - engineKb).toFixed(1)} kB.`,
);
console.log(
  `  Not enforced: the engine alone takes ${engineKb.toFixed(1)} of the ${budgets.everythingGzipKb} kB. CI enforces the regression guard below instead.`,
);

const defaultViewKb = kb(sum(defaultViewFiles, 'gzip'));
const { baselineGzipKb, maxGrowth } = budgets.defaultView;
const limit = baselineGzipKb * (1 + maxGrowth);
const growth = (defaultViewKb / baselineGzipKb - 1) * 100;
console.log(
  `\nregression guard: everything the default view loads (first load, map engine and what it imports), at most +${maxGrowth * 100}% over the baseline`,
);
if (record) {
  budgets.defaultView.baselineGzipKb = Math.round(defaultViewKb * 10) / 10;
  writeFileSync(budgetsUrl, `${JSON.stringify(budgets, null, 2)}\n`);
  console.log(`  recorded ${budgets.defaultView.baselineGzipKb} kB as the new baseline in test/size/budgets.json`);
} else {
  verdict(
    defaultViewKb <= limit,
    `${defaultViewKb.toFixed(1)} kB gzip, ${growth >= 0 ? '+' : ''}${growth.toFixed(1)}% against the baseline of ${baselineGzipKb} kB (fails above ${limit.toFixed(1)} kB)`,
    `the default view loads ${defaultViewKb.toFixed(1)} kB gzip, ${growth.toFixed(1)}% above the baseline of ${baselineGzipKb} kB (at most ${limit.toFixed(1)} kB)`,
  );
}

if (failures.length > 0) {
  console.error(`\ncheck-size: failed:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
  process.exit(1);
}
console.log('\ncheck-size: ok');
