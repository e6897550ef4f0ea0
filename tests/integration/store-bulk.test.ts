/**
 * The bulk path: `--emit-csv` files imported with neo4j-admin into a fresh embedded instance ("bulk")
 * hold the same graph as the transactional path — same counts, same properties (except that an empty
 * list, which the import format cannot express, is an absent property) — and a transactional
 * ingest of the same input afterwards finds nothing to do.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../neo4j/database';
import { runAdmin } from '../../neo4j/distribution';
import { settingsFor, start, stop } from '../../neo4j/embedded';
import { projectRoot } from '../../neo4j/paths';
import { retrying } from '../../neo4j/retry';
import { syntheticCorpus, syntheticFiles } from '../../bench/synthetic-corpus';
import { readExtractions } from '../../ingest/graph/read-extractions';
import {
  emitCsvFiles,
  givenExtractions,
  ingestAbstracts,
  ingestFiles,
  type Extractor,
} from '../../ingest/pipeline';
import type { Abstract } from '../../src/model/abstract';
import type { ExtractedEntity } from '../../src/model/extraction';
import { applySchema } from '../../ingest/store/schema';
import { clearDatabase, testDatabase } from '../setup/database';
import { graphCounts, graphDump } from './support/graph';

const BULK = 'bulk';
const log = (line: string) => process.stderr.write(`[neo4j ${BULK}] ${line}\n`);

describe('bulk CSV import (neo4j-admin, real Neo4j)', () => {
  let dir: string;
  let files: string[];
  let extract: Extractor;
  let bulk: Database | undefined;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'atlas-bulk-'));
    const synthetic = syntheticFiles(syntheticCorpus(300));
    writeFileSync(join(dir, 'synthetic.txt'), synthetic.listing);
    const extractions = join(dir, 'extractions.jsonl');
    writeFileSync(
      extractions,
      readFileSync(join(projectRoot, 'tests/fixtures/store/extractions.jsonl'), 'utf8') +
        synthetic.extractions,
    );
    files = [join(projectRoot, 'tests/fixtures/store/corpus.txt'), join(dir, 'synthetic.txt')];
    const loaded = readExtractions(extractions).extractions;
    extract = givenExtractions(loaded);
  });

  afterAll(async () => {
    await bulk?.close();
    await stop(BULK);
    rmSync(dir, { recursive: true, force: true });
  });

  it(
    'imports into a fresh database with the counts and properties of the transactional path',
    { timeout: 300_000 },
    async () => {
      const transactional = await testDatabase();
      let expected: { counts: Awaited<ReturnType<typeof graphCounts>>; dump: string };
      try {
        await clearDatabase(transactional);
        await ingestFiles(transactional, files, { extract });
        expected = {
          counts: await graphCounts(transactional),
          dump: await graphDump(transactional, { emptyListsAsAbsent: true }),
        };
        await clearDatabase(transactional);
      } finally {
        await transactional.close();
      }

      const { csv } = await emitCsvFiles(files, join(dir, 'csv'), { extract });
      expect(csv.rows['papers.csv']).toBe(304);
      await start({ name: BULK, fresh: true, log });
      await stop(BULK);
      const imported = runAdmin(BULK, csv.adminArgs);
      expect(imported.status, imported.output).toBe(0);
      const { instance } = await start({ name: BULK, log });
      bulk = await Database.connect(settingsFor(instance));
      // Bolt answers before the imported database is online.
      await retrying(
        () => bulk!.read('RETURN 1'),
        { attempts: 20, initialDelayMs: 250 },
        'waiting for the import',
      );
      await applySchema(bulk);

      expect(await graphCounts(bulk)).toEqual(expected.counts);
      expect(await graphDump(bulk, { emptyListsAsAbsent: true })).toBe(expected.dump);

      const again = await ingestFiles(bulk, files, { extract });
      expect(again.extracted).toBe(false);
      expect(again.derive?.upToDate).toBe(true);
      // A concept imported without aliases (the import cannot write an empty list) still gains new ones.
      const sentence = 'We build on DAFormer (DAF).';
      const daformer: ExtractedEntity = {
        name: 'DAFormer',
        type: 'Method',
        role: 'used',
        key: 'method:daformer',
        aliases: ['DAF'],
        confidence: 0.9,
        evidence: [{ sentence, start: 12, end: 20, rule: 'test' }],
      };
      const extra: Abstract = {
        id: 'bulk-extra',
        title: 'A follow-up',
        abstract: sentence,
        source: 'extra:1',
      };
      await ingestAbstracts(bulk, [extra], {
        extract: givenExtractions([
          { id: extra.id, title: extra.title, entities: [daformer], relations: [], results: [] },
        ]),
      });
      const { rows } = await bulk.read(
        "MATCH (c:Concept {key: 'method:daformer'}) RETURN c.aliases AS aliases, c.aliasText AS aliasText",
      );
      expect(rows).toEqual([{ aliases: ['DAF'], aliasText: 'DAF' }]);
    },
  );
});
