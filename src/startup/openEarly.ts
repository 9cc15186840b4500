/**
 * Imported first by the entry (src/main.tsx), so that it runs before the rest of the app's code is
 * evaluated: starts opening the database of the map's kept shapes, which a return visit's map reads
 * first (src/features/map/keptGeometry.ts, issue #20).
 */
import { openKeptGeometry } from '../features/map/keptGeometry';

openKeptGeometry();
