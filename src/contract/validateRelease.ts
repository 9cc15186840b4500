/**
 * Validation of the release files beside the contract (manifest.json, changes.json). A module of its
 * own so that only the About page loads their schemas, not the first load.
 */
import { ChangesSchema, ManifestSchema, type Changes, type Manifest } from './release';
import { check } from './validate';

export function parseManifest(payload: unknown, file = 'manifest.json'): Manifest {
  return check(ManifestSchema, payload, file);
}

export function parseChanges(payload: unknown, file = 'changes.json'): Changes {
  return check(ChangesSchema, payload, file);
}
