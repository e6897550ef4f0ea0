/**
 * A fingerprint of the extractor's own code (extraction, consolidation, concept keys). Stored papers carry
 * it inside their content hash, so after the extractor changes a rerun re-extracts instead of keeping
 * concepts found by an older version.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const sources = [join(root, 'ingest', 'extract'), join(root, 'ingest', 'consolidate')];
const singleFiles = [join(root, 'ingest', 'extract-corpus.ts'), join(root, 'src', 'model', 'keys.ts')];

let cached: string | undefined;

export function extractorFingerprint(): string {
  if (cached) return cached;
  const files = [
    ...sources.flatMap((dir) =>
      readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .filter((file) => file.endsWith('.ts'))
        .map((file) => join(dir, file)),
    ),
    ...singleFiles,
  ].sort();
  const hash = createHash('sha1');
  for (const file of files) hash.update(`${relative(root, file)}\0${readFileSync(file, 'utf8')}\0`);
  cached = hash.digest('hex').slice(0, 16);
  return cached;
}
