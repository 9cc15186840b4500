/**
 * A source as the config declares it, with placeholder descriptive fields, for tests about how it
 * is pulled, read and mapped (`parseConfig` fills in the defaults).
 */
export function testSource(id: string, fields: { pull: unknown; read: unknown[] } & Record<string, unknown>) {
  return {
    id,
    name: id,
    kind: 'official',
    publisher: 'Publisher',
    url: null,
    licence: 'CC0',
    counts: 'residents',
    definition: 'd',
    cadence: 'yearly',
    ...fields,
  };
}
