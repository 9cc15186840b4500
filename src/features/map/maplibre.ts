/**
 * The lazily loaded part of the map: the maplibre-gl engine and the component that drives it.
 * MapPanel imports this module (not MapCanvas directly) so that the chunk is named after the
 * engine ("maplibre-…js"), which the size budgets (test/size) tell apart from the app's own code.
 */
export { default } from './MapCanvas';
