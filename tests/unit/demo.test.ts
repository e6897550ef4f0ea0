import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { corpusDigest, precomputedExtractor, staleReason, type DemoCorpus } from '../../ingest/demo';
import { extractorFingerprint } from '../../ingest/extract/fingerprint';

const fixture = (name: string) => join(import.meta.dirname, '..', 'fixtures', name);

function demoIn(dir: string): DemoCorpus {
  const corpus = join(dir, 'abstracts.jsonl.gz');
  writeFileSync(corpus, gzipSync(readFileSync(fixture('years.jsonl'))));
  return {
    name: 'test',
    corpus,
    extractions: join(dir, 'extractions.jsonl.gz'),
    meta: join(dir, 'extractions.meta.json'),
    instance: 'demo-test',
    boltPort: 1,
    httpPort: 2,
    webPort: 3,
  };
}

const extraction = {
  id: 'y1',
  title: 'Fine-tuning BERT for Question Answering',
  entities: [
    {
      name: 'BERT',
      type: 'Method',
      key: 'method:bert',
      aliases: [],
      confidence: 0.9,
      evidence: [{ sentence: 'We fine-tune BERT on SQuAD.', start: 13, end: 17, rule: 'name' }],
    },
  ],
  relations: [],
  results: [],
};

describe('the precomputed extraction of a demo corpus', () => {
  it('is used only when its meta names the current extractor and corpus', async () => {
    const demo = demoIn(mkdtempSync(join(tmpdir(), 'atlas-demo-')));
    expect(staleReason(demo)).toBe('no precomputed extraction');

    writeFileSync(demo.extractions, gzipSync(`${JSON.stringify(extraction)}\n`));
    const meta = (extractor: string, corpus: string) =>
      writeFileSync(demo.meta, JSON.stringify({ extractor, corpus, papers: 1 }));
    meta('0000000000000000', corpusDigest(demo.corpus));
    expect(staleReason(demo)).toMatch(/^made by another version of the extractor/);
    const reasons: string[] = [];
    expect(precomputedExtractor(demo, (reason) => reasons.push(reason))).toBeUndefined();
    expect(reasons).toHaveLength(1);

    meta(extractorFingerprint(), 'ffffffffffffffff');
    expect(staleReason(demo)).toBe('made from another version of the corpus');

    meta(extractorFingerprint(), corpusDigest(demo.corpus));
    expect(staleReason(demo)).toBeUndefined();
    const extractor = precomputedExtractor(demo, (reason) => reasons.push(reason));
    expect(extractor?.fingerprint).toBe(extractorFingerprint());
    const extracted = await extractor?.extract([], {});
    expect(extracted?.map((item) => item.entities.map((entity) => entity.key))).toEqual([['method:bert']]);
  });

  it('hashes the corpus as unpacked, so recompressing it changes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-demo-'));
    const demo = demoIn(dir);
    const plain = join(dir, 'plain.jsonl');
    writeFileSync(plain, readFileSync(fixture('years.jsonl')));
    const fast = join(dir, 'fast.jsonl.gz');
    writeFileSync(fast, gzipSync(readFileSync(fixture('years.jsonl')), { level: 1 }));
    expect(corpusDigest(fast)).toBe(corpusDigest(demo.corpus));
    expect(corpusDigest(plain)).toBe(corpusDigest(demo.corpus));
  });
});
