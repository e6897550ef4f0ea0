/**
 * The basis of the derived layer: a hash of what derive read. It lives with derive (the database derive and
 * the bulk CSV path both stamp it), so the store does not own a piece of derive and derive reads nothing
 * from the store's modules.
 */
import { createHash } from 'node:crypto';

/**
 * What the derived layer was computed from: every stored paper's graph hash, plus the derive settings.
 * Stored on the `DerivedState` node as the last step of derive; a mismatch means derive must run.
 */
export function basisHash(
  papers: Iterable<{ id: string; graphHash: string | null }>,
  settings: unknown,
): string {
  const hash = createHash('sha1').update(JSON.stringify(settings));
  const sorted = [...papers].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const paper of sorted) hash.update(`\n${paper.id}\u0000${paper.graphHash ?? ''}`);
  return hash.digest('hex');
}
