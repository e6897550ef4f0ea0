/**
 * Demo corpora that ship with the project (`npm start -- --demo acl`): where each one's abstracts live, the
 * embedded instance and ports it gets (so the sample database stays as it is), and its precomputed
 * extraction. The precomputed file is used only when its meta names the current extractor (a hash of its
 * sources) and the corpus (a hash of the abstracts as unpacked); otherwise the demo is extracted again.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { z } from 'zod';
import { projectRoot } from '../../neo4j/paths';
import type { Extraction } from '../../src/model/extraction';
import { extractCorpus, type ExtractOptions } from '../extract-corpus';
import { extractorFingerprint } from '../extract/fingerprint';
import { readExtractions } from '../graph/read-extractions';
import type { Extractor } from '../pipeline';
import { readCorpus, readCorpusBytes } from '../read';

export interface DemoCorpus {
  name: string;
  /** The corpus file (gzip-compressed JSONL). */
  corpus: string;
  /** The extraction of the corpus by this project's extractor, and the hashes it was made from. */
  extractions: string;
  meta: string;
  /** The embedded instance that holds it, and the ports it prefers. */
  instance: string;
  boltPort: number;
  httpPort: number;
  webPort: number;
}

const aclDir = join(projectRoot, 'data', 'acl-demo');

export const DEMOS: Record<string, DemoCorpus> = {
  acl: {
    name: 'acl',
    corpus: join(aclDir, 'abstracts.jsonl.gz'),
    extractions: join(aclDir, 'extractions.jsonl.gz'),
    meta: join(aclDir, 'extractions.meta.json'),
    instance: 'demo-acl',
    boltPort: 7688,
    httpPort: 7475,
    webPort: 8081,
  },
};

const metaSchema = z.object({ extractor: z.string(), corpus: z.string(), papers: z.number().int() });
export type PrecomputedMeta = z.infer<typeof metaSchema>;

/** A hash of the corpus's abstracts as unpacked, so recompressing the file changes nothing. */
export function corpusDigest(file: string): string {
  return createHash('sha1').update(readCorpusBytes(file)).digest('hex').slice(0, 16);
}

/** Why the precomputed extraction cannot be used, or undefined when it can. */
export function staleReason(demo: DemoCorpus, fingerprint = extractorFingerprint()): string | undefined {
  if (!existsSync(demo.meta) || !existsSync(demo.extractions)) return 'no precomputed extraction';
  const meta = metaSchema.safeParse(JSON.parse(readFileSync(demo.meta, 'utf8')));
  if (!meta.success) return `${demo.meta} is malformed`;
  if (meta.data.extractor !== fingerprint)
    return `made by another version of the extractor (${meta.data.extractor}, now ${fingerprint})`;
  if (meta.data.corpus !== corpusDigest(demo.corpus)) return 'made from another version of the corpus';
  return undefined;
}

/**
 * The precomputed extraction as an extractor when it is current, else undefined (extract instead). Its
 * fingerprint is the built-in extractor's: it is that extractor's output for this very corpus, so papers it
 * writes are the papers the built-in extractor would write.
 *
 * @example
 * const extract = precomputedExtractor(DEMOS.acl!, (why) => console.log(why)) ?? builtInExtractor;
 */
export function precomputedExtractor(
  demo: DemoCorpus,
  onStale: (reason: string) => void,
): Extractor | undefined {
  const fingerprint = extractorFingerprint();
  const reason = staleReason(demo, fingerprint);
  if (reason) {
    onStale(reason);
    return undefined;
  }
  return {
    fingerprint,
    extract: async () => {
      const { extractions, warnings } = readExtractions(demo.extractions);
      if (warnings.length > 0) throw new Error(`${demo.extractions}: ${warnings[0]}`);
      return extractions;
    },
  };
}

/** Extracts the demo corpus with the built-in extractor and writes the precomputed file and its meta. */
export async function writePrecomputed(
  demo: DemoCorpus,
  options: Pick<ExtractOptions, 'workers' | 'onProgress'> = {},
): Promise<PrecomputedMeta> {
  const { abstracts } = readCorpus(demo.corpus);
  const failures: string[] = [];
  const extractions: Extraction[] = await extractCorpus(abstracts, {
    ...options,
    onSkip: (message) => failures.push(message),
  });
  if (failures.length > 0)
    throw new Error(`extraction failed on ${failures.length} abstracts: ${failures[0]}`);
  const lines = extractions.map((extraction) => `${JSON.stringify(extraction)}\n`).join('');
  writeFileSync(demo.extractions, gzipSync(lines, { level: 9 }));
  const meta: PrecomputedMeta = {
    extractor: extractorFingerprint(),
    corpus: corpusDigest(demo.corpus),
    papers: extractions.length,
  };
  writeFileSync(demo.meta, `${JSON.stringify(meta, null, 2)}\n`);
  return meta;
}
