/**
 * Where the indicators API lives. VITE_DATA_BASE points the app at any server that implements
 * the contract (absolute URL, or a path on this site); the default is the static files the build ships.
 */
export function dataBaseUrl(): string {
  const configured = import.meta.env.VITE_DATA_BASE as string | undefined;
  const base = configured && configured.trim() !== '' ? configured.trim() : `${import.meta.env.BASE_URL}data/`;
  return base.endsWith('/') ? base : `${base}/`;
}
