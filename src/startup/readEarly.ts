/**
 * index.html's first script (async, built as an entry of its own: vite.config.ts), which runs as
 * soon as it and its few imports are in, while the app's entry (src/main.tsx) is still being
 * compiled: starts opening the database of the map's kept shapes and, on a return visit to a country
 * map (the page came from the service worker), reading them. The map's loader takes that read when it
 * asks for the same shapes (src/features/map/keptGeometry.ts, issue #20); a link the app reads
 * otherwise (a briefing, a language) only leaves the read unused.
 */
import { boundariesUrl } from '../data/boundaries';
import { keptGeometryKey, openKeptGeometry, startKeptGeometryRead } from '../features/map/keptGeometry';
import { parseView } from '../state/urlCodec';

openKeptGeometry();
if (navigator.serviceWorker?.controller) {
  const { view } = parseView(window.location.search);
  if (view.panel === 'map' && view.level === 'country') startKeptGeometryRead(keptGeometryKey(boundariesUrl('country')));
}
