import { describe, expect, it } from 'vitest';
import {
  cacheNames,
  compareRelease,
  nextRecord,
  pageForReturn,
  pathUnder,
  releaseIdOf,
  staleCaches,
  strategyFor,
  textHash,
  type SwScope,
} from './routing';

const root: SwScope = { app: 'https://example.org/', data: 'https://example.org/data/' };
const sub: SwScope = { app: 'https://example.org/migration-lens/', data: 'https://example.org/migration-lens/data/' };
const remote: SwScope = { app: 'https://example.org/migration-lens/', data: 'https://stats.example.net/ml/v1/' };
const get = (url: string, mode = 'cors') => ({ url, method: 'GET', mode });

describe('strategyFor (which strategy for which request)', () => {
  it('pages: the app’s base and its .html files, as navigations; nothing outside the scope', () => {
    expect(strategyFor(get('https://example.org/?year=2020', 'navigate'), root)).toBe('page');
    expect(strategyFor(get('https://example.org/migration-lens/?panel=compare', 'navigate'), sub)).toBe('page');
    expect(strategyFor(get('https://example.org/migration-lens/index.html', 'navigate'), sub)).toBe('page');
    expect(strategyFor(get('https://example.org/other-app/', 'navigate'), sub)).toBe('network');
    expect(strategyFor(get('https://example.org/migration-lens/data/catalog.json', 'navigate'), sub)).toBe('network');
    expect(strategyFor(get('https://example.org/migration-lens/sw.js', 'navigate'), sub)).toBe('network');
  });

  it('hashed assets cache-first, boundaries cache-first, under the base only', () => {
    expect(strategyFor(get('https://example.org/migration-lens/assets/index-DSOriROV.js'), sub)).toBe('asset');
    expect(strategyFor(get('https://example.org/migration-lens/assets/index-XJa4misa.css'), sub)).toBe('asset');
    expect(strategyFor(get('https://example.org/assets/index-DSOriROV.js'), sub)).toBe('network');
    expect(strategyFor(get('https://example.org/migration-lens/assets/index.js.map'), sub)).toBe('network');
    expect(strategyFor(get('https://example.org/migration-lens/geo/countries.topo.json'), sub)).toBe('boundaries');
    expect(strategyFor(get('https://example.org/migration-lens/geo/us-states.topo.json'), sub)).toBe('boundaries');
    expect(strategyFor(get('https://example.org/migration-lens/geo/readme.txt'), sub)).toBe('network');
  });

  it('the indicators API: release files, then series, bilateral and release notes stale-while-revalidate; other files untouched', () => {
    expect(strategyFor(get('https://example.org/data/catalog.json'), root)).toBe('release');
    expect(strategyFor(get('https://example.org/data/manifest.json'), root)).toBe('release');
    expect(strategyFor(get('https://example.org/data/series/migrant-stock/undesa-ims.json'), root)).toBe('data');
    expect(strategyFor(get('https://example.org/data/series/migrant-stock/undesa-ims/sex-female.json'), root)).toBe('data');
    expect(strategyFor(get('https://example.org/data/bilateral/migrant-stock/undesa-ims/origin/DEU.json'), root)).toBe('data');
    expect(strategyFor(get('https://example.org/data/changes.json'), root)).toBe('data');
    expect(strategyFor(get('https://example.org/data/build-report.json'), root)).toBe('network');
    expect(strategyFor(get('https://example.org/migration-lens/data/catalog.json'), sub)).toBe('release');
    expect(strategyFor(get('https://stats.example.net/ml/v1/catalog.json'), remote)).toBe('release');
    expect(strategyFor(get('https://stats.example.net/ml/v1/series/a/b.json'), remote)).toBe('data');
    expect(strategyFor(get('https://stats.example.net/other/catalog.json'), remote)).toBe('network');
  });

  it('never the mocks’ worker, demo data, the worker itself, other methods or schemes', () => {
    expect(strategyFor(get('https://example.org/mockServiceWorker.js'), root)).toBe('network');
    expect(strategyFor(get('https://example.org/demo-data/catalog.json'), root)).toBe('network');
    expect(strategyFor(get('https://example.org/sw.js'), root)).toBe('network');
    expect(strategyFor({ url: 'https://example.org/data/catalog.json', method: 'POST', mode: 'cors' }, root)).toBe('network');
    expect(strategyFor(get('blob:https://example.org/1234'), root)).toBe('network');
    expect(strategyFor(get('https://elsewhere.org/assets/x.js'), root)).toBe('network');
  });

  it('pathUnder: same origin and prefix only, decoded, without the query', () => {
    expect(pathUnder('https://example.org/data/series/a%20b.json?x=1', 'https://example.org/data/')).toBe('series/a b.json');
    expect(pathUnder('http://example.org/data/x.json', 'https://example.org/data/')).toBeNull();
    expect(pathUnder('not a url', 'https://example.org/')).toBeNull();
  });
});

describe('releases (when the cached data is replaced as a whole)', () => {
  const catalog = (generated: string, title = 'T') => JSON.stringify({ contract: 'migration-lens/2', title, generated });

  it('a release file names its release by its date and content', () => {
    expect(releaseIdOf('catalog.json', catalog('2026-12-02'))).toBe(`2026-12-02#${textHash(catalog('2026-12-02'))}`);
    expect(releaseIdOf('manifest.json', JSON.stringify({ date: '2026-12-02' }))).toMatch(/^2026-12-02#[0-9a-f]{8}$/);
    expect(releaseIdOf('catalog.json', catalog('2026-12-02'))).not.toBe(releaseIdOf('catalog.json', catalog('2026-12-02', 'U')));
    expect(releaseIdOf('catalog.json', '{not json')).toBeNull();
    expect(releaseIdOf('catalog.json', JSON.stringify({ title: 'no date' }))).toBeNull();
    expect(releaseIdOf('manifest.json', 'null')).toBeNull();
  });

  it('first, same or changed, per release file', () => {
    expect(compareRelease({}, 'catalog.json', 'a')).toBe('first');
    expect(compareRelease({ 'catalog.json': 'a' }, 'catalog.json', 'a')).toBe('same');
    expect(compareRelease({ 'catalog.json': 'a' }, 'catalog.json', 'b')).toBe('changed');
    expect(compareRelease({ 'catalog.json': 'a' }, 'manifest.json', 'm')).toBe('first');
    expect(compareRelease({ 'catalog.json': 'a', 'manifest.json': 'm' }, 'manifest.json', 'n')).toBe('changed');
  });

  it('a changed release keeps only what the new file says; otherwise the record grows', () => {
    expect(nextRecord({}, 'catalog.json', 'a')).toEqual({ 'catalog.json': 'a' });
    expect(nextRecord({ 'catalog.json': 'a' }, 'manifest.json', 'm')).toEqual({ 'catalog.json': 'a', 'manifest.json': 'm' });
    expect(nextRecord({ 'catalog.json': 'a', 'manifest.json': 'm' }, 'catalog.json', 'b')).toEqual({ 'catalog.json': 'b' });
  });
});

describe('cache names', () => {
  it('are versioned by the build and kept apart by scope; activation deletes only this scope’s other builds', () => {
    const now = cacheNames('https://example.org/migration-lens/', 'b2');
    expect(now.shell).toBe('migration-lens:https://example.org/migration-lens/:b2:shell');
    const names = [
      'migration-lens:https://example.org/migration-lens/:b1:shell',
      'migration-lens:https://example.org/migration-lens/:b1:data',
      now.shell,
      now.data,
      'migration-lens:https://example.org/staging/:b1:shell',
      'someone-else',
    ];
    expect(staleCaches(names, 'https://example.org/migration-lens/', 'b2')).toEqual(names.slice(0, 2));
  });
});

describe('the page served from the cache (a return visit)', () => {
  const html = [
    '<!doctype html>',
    '<html lang="en">',
    '  <head>',
    '    <link rel="preload" as="fetch" crossorigin="" href="/app/data/catalog.json">',
    '    <link rel="preload" as="fetch" crossorigin="" href="/app/data/series/migrant-stock/undesa-ims.json">',
    '    <link rel="preload" as="fetch" crossorigin="" href="/app/geo/countries.topo.json">',
    '    <link rel="preload" as="fetch" crossorigin="" href="/app/geo/nuts2.topo.json">',
    '    <script type="module" crossorigin src="/app/assets/index-abc.js"></script>',
    '    <link rel="modulepreload" crossorigin href="/app/assets/react-abc.js">',
    '  </head>',
    '  <body><div id="root"></div></body>',
    '</html>',
  ].join('\n');

  it('leaves out the boundaries’ preload hints, and nothing else', () => {
    const page = pageForReturn(html);
    expect(page).not.toContain('topo.json');
    expect(page.split('\n')).toEqual(html.split('\n').filter((line) => !line.includes('topo.json')));
  });

  it('keeps a page without such hints as it is', () => {
    const plain = html.replace(/.*topo\.json.*\n/g, '');
    expect(pageForReturn(plain)).toBe(plain);
  });
});
