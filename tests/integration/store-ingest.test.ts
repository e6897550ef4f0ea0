import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../neo4j/database';
import { projectRoot } from '../../neo4j/paths';
import { computeDerivedLayer, deriveInputOf, deriveSettings } from '../../ingest/derive/layer';
import { extractCorpus } from '../../ingest/extract-corpus';
import { buildKnowledgeGraph } from '../../ingest/graph/build';
import { readExtractions } from '../../ingest/graph/read-extractions';
import { givenExtractions, ingestAbstracts, ingestFiles, type Extractor } from '../../ingest/pipeline';
import { readCorpus } from '../../ingest/read';
import type { Abstract } from '../../src/model/abstract';
import type { Extraction } from '../../src/model/extraction';
import { clearDatabase, testDatabase } from '../setup/database';
import { expectedCounts, graphCounts, graphDump } from './support/graph';

const sample = join(projectRoot, 'data/sample/listing.txt');
const fixtures = join(projectRoot, 'tests/fixtures/store');
const corpus = join(fixtures, 'corpus.txt');
const corpusMore = join(fixtures, 'corpus-more.txt');

/** An extractor that returns the hand-written extractions of the fixture. */
function fixtureExtractor(file: string): Extractor {
  const { extractions, warnings } = readExtractions(file);
  if (warnings.length > 0) throw new Error(warnings.join('\n'));
  return givenExtractions(extractions);
}

describe('ingest into the graph store (real Neo4j)', () => {
  let db: Database;
  beforeAll(async () => {
    db = await testDatabase();
  });
  beforeEach(async () => {
    await clearDatabase(db);
  });
  afterAll(async () => {
    await clearDatabase(db);
    await db.close();
  });

  it('stores the sample corpus with the counts of the graph built from its extraction', async () => {
    const report = await ingestFiles(db, [sample]);
    const { abstracts } = readCorpus(sample);
    const graph = buildKnowledgeGraph(abstracts, await extractCorpus(abstracts));
    const layer = computeDerivedLayer(deriveInputOf(graph), deriveSettings(graph.papers.length));
    expect(report.papers).toBe(200);
    expect(report.written).toBe(200);
    expect(await graphCounts(db)).toEqual(expectedCounts(graph, layer));
  });

  it('is idempotent: the same file twice leaves the graph identical and extracts nothing the second time', async () => {
    const extract = fixtureExtractor(join(fixtures, 'extractions.jsonl'));
    await ingestFiles(db, [corpus], { extract });
    const first = await graphDump(db);
    let calls = 0;
    const second = await ingestFiles(db, [corpus], {
      extract: {
        fingerprint: extract.fingerprint,
        extract: async (abstracts, options) => {
          calls += 1;
          return extract.extract(abstracts, options);
        },
      },
    });
    expect(calls).toBe(0);
    expect(second.extracted).toBe(false);
    expect(second.derive?.upToDate).toBe(true);
    expect(await graphDump(db)).toBe(first);

    const forced = await ingestFiles(db, [corpus], { extract, force: true });
    expect(forced.written).toBe(4);
    expect(forced.counters.relationshipsDeleted).toBeGreaterThan(0);
    expect(await graphDump(db)).toBe(first);
  });

  it('after another extractor that finds the same things, records it, so the next run extracts nothing', async () => {
    const extract = fixtureExtractor(join(fixtures, 'extractions.jsonl'));
    await ingestFiles(db, [corpus], { extract });
    const written = await graphCounts(db);
    const newer: Extractor = {
      fingerprint: 'a-newer-extractor',
      extract: (papers, context) => extract.extract(papers, context),
    };
    const second = await ingestFiles(db, [corpus], { extract: newer });
    expect(second.extracted).toBe(true);
    expect(second.written).toBe(0);
    const third = await ingestFiles(db, [corpus], { extract: newer });
    expect(third.extracted).toBe(false);
    expect(await graphCounts(db)).toEqual(written);
  });

  it('writes every relationship type with its evidence, lineage and results from hand-written extractions', async () => {
    await ingestFiles(db, [corpus], { extract: fixtureExtractor(join(fixtures, 'extractions.jsonl')) });
    const { rows: types } = await db.read('MATCH ()-[r]->() RETURN DISTINCT type(r) AS type ORDER BY type');
    expect(types.map((row) => row.type)).toEqual([
      'ADDRESSES',
      'BUILT_ON',
      'COMPARED_WITH',
      'CO_OCCURS',
      'EVALUATES_ON',
      'EXTENDS',
      'INSPIRED_BY',
      'IN_CLUSTER',
      'LINKED',
      'MEASURES',
      'PROPOSES',
      'REPORTS',
      'USES',
    ]);

    // Every mention's evidence points into its paper's abstract, best evidence and full lists alike.
    const { rows: mentions } = await db.read(
      `MATCH (p:Paper)-[r:PROPOSES|USES|EVALUATES_ON|ADDRESSES|MEASURES]->(c:Concept)
       RETURN p.abstract AS abstract, c.key AS key, r {.*} AS r`,
    );
    expect(mentions).toHaveLength(24);
    for (const { abstract, r } of mentions as Array<{ abstract: string; r: Record<string, unknown> }>) {
      const starts = r.starts as number[];
      expect(r.mentions).toBe(starts.length);
      expect((r.sentences as string[]).length).toBe(starts.length);
      expect((r.rules as string[]).length).toBe(starts.length);
      starts.forEach((start, i) => {
        const end = (r.ends as number[])[i] as number;
        expect((r.sentences as string[])[i]).toContain(abstract.slice(start, end));
      });
      expect(r.sentence as string).toContain(abstract.slice(r.start as number, r.end as number));
      expect(typeof r.confidence).toBe('number');
    }

    const { rows: daformer } = await db.read(
      `MATCH (p:Paper)-[r:PROPOSES]->(m:Method {key: 'method:daformer'})
       RETURN r.role AS role, r.mentions AS mentions, r.starts AS starts, r.rule AS rule`,
    );
    expect(daformer).toEqual([{ role: 'proposed', mentions: 2, starts: [84, 126], rule: 'we-propose-x' }]);

    const { rows: lineage } = await db.read(
      `MATCH (a:Method)-[r:EXTENDS|BUILT_ON|INSPIRED_BY|COMPARED_WITH]->(b:Method)
       MATCH (p:Paper {id: r.paper})
       RETURN a.key AS from, type(r) AS type, b.key AS to, r.sentence AS sentence,
              substring(p.abstract, r.start, r.end - r.start) AS span ORDER BY type`,
    );
    expect(lineage).toEqual([
      {
        from: 'method:hrda',
        type: 'BUILT_ON',
        to: 'method:daformer',
        sentence: expect.stringContaining('built on DAFormer'),
        span: 'HRDA is built on DAFormer',
      },
      {
        from: 'method:daformer',
        type: 'COMPARED_WITH',
        to: 'method:proda',
        sentence: 'We compare DAFormer with ProDA.',
        span: 'compare DAFormer with ProDA',
      },
      {
        from: 'method:daformer',
        type: 'EXTENDS',
        to: 'method:segformer',
        sentence: expect.stringContaining('extends SegFormer'),
        span: 'DAFormer extends SegFormer',
      },
      {
        from: 'method:daformer',
        type: 'INSPIRED_BY',
        to: 'method:self training',
        sentence: expect.stringContaining('inspired by self-training'),
        span: 'inspired by self-training',
      },
    ]);

    const { rows: results } = await db.read(
      `MATCH (p:Paper)-[r:REPORTS]->(t:Concept)
       RETURN t.key AS target, r.metric AS metric, r.value AS value, r.numeric AS numeric, r.method AS method
       ORDER BY target, value`,
    );
    expect(results).toEqual([
      { target: 'benchmark:glue', metric: 'accuracy', value: '80.5%', numeric: 80.5, method: 'method:bert' },
      {
        target: 'benchmark:gta to cityscape',
        metric: 'mIoU',
        value: '+10.8',
        numeric: 10.8,
        method: 'method:daformer',
      },
      {
        target: 'benchmark:gta to cityscape',
        metric: 'mIoU',
        value: '+5.5',
        numeric: 5.5,
        method: 'method:hrda',
      },
      {
        target: 'benchmark:gta to cityscape',
        metric: 'mIoU',
        value: '73.8',
        numeric: 73.8,
        method: 'method:hrda',
      },
      {
        target: 'benchmark:synthia to cityscape',
        metric: 'mIoU',
        value: '68.3',
        numeric: 68.3,
        method: null,
      },
      { target: 'dataset:squad v1.1', metric: 'F1', value: '93.2', numeric: 93.2, method: 'method:bert' },
      // "Training is 20% faster." names no dataset or benchmark: stored against its metric.
      { target: 'metric:speed', metric: 'speed', value: '20%', numeric: 20, method: null },
    ]);

    // Derived: paper counts, aliases searchable in full text, every clustered concept's cluster exists.
    const { rows: uda } = await db.read(
      `CALL db.index.fulltext.queryNodes('concept_text', 'UDA') YIELD node
       RETURN node.key AS key, node.paperCount AS papers, node.aliases AS aliases`,
    );
    expect(uda).toEqual([
      {
        key: 'task:unsupervised domain adaptation',
        papers: 2,
        aliases: ['UDA', 'unsupervised domain adaptation'],
      },
    ]);
    const { rows: membership } = await db.read(
      `MATCH (c:Concept) WHERE c.cluster IS NOT NULL
       OPTIONAL MATCH (c)-[:IN_CLUSTER]->(k:Cluster)
       RETURN count(c) AS clustered, count(k) AS linked, sum(CASE WHEN k.id = c.cluster THEN 1 ELSE 0 END) AS agree`,
    );
    expect(membership[0]?.clustered).toBeGreaterThan(0);
    expect(membership[0]?.linked).toBe(membership[0]?.clustered);
    expect(membership[0]?.agree).toBe(membership[0]?.clustered);
  });

  it('adds a new file and re-links the concepts it shares with what is stored', async () => {
    await ingestFiles(db, [corpus], { extract: fixtureExtractor(join(fixtures, 'extractions.jsonl')) });
    const before = await graphCounts(db);
    const report = await ingestFiles(db, [corpusMore], {
      extract: fixtureExtractor(join(fixtures, 'extractions-more.jsonl')),
    });
    expect(report.written).toBe(1);
    const after = await graphCounts(db);
    expect(after.nodes.Paper).toBe((before.nodes.Paper ?? 0) + 1);
    // SegFormer, self-training, semantic segmentation, Cityscapes and mIoU are shared: only ADE20K is new.
    expect(after.nodes['Concept:Dataset']).toBe((before.nodes['Concept:Dataset'] ?? 0) + 1);
    expect(after.nodes['Concept:Method']).toBe(before.nodes['Concept:Method']);
    const { rows } = await db.read(
      `MATCH (s:Method {key: 'method:segformer'})
       RETURN COUNT { (:Paper)-[:PROPOSES]->(s) } AS proposedBy, COUNT { (:Method)-[:EXTENDS]->(s) } AS extendedBy,
              s.paperCount AS papers,
              COLLECT { MATCH (c:Dataset {key: 'dataset:cityscape'}) RETURN c.paperCount }[0] AS cityscapes`,
    );
    expect(rows).toEqual([{ proposedBy: 1, extendedBy: 1, papers: 2, cityscapes: 2 }]);
  });

  it('rewrites a changed paper: its old edges go and concepts nothing states any more are removed', async () => {
    const { abstracts } = readCorpus(corpus);
    const { extractions } = readExtractions(join(fixtures, 'extractions.jsonl'));
    await ingestAbstracts(db, abstracts, { extract: givenExtractions(extractions) });
    const bert = abstracts.find((paper) => paper.title.startsWith('BERT')) as Abstract;
    const changed = abstracts.map((paper) =>
      paper === bert ? { ...paper, abstract: `${paper.abstract} Revised.` } : paper,
    );
    const withoutF1 = extractions.map((extraction): Extraction =>
      extraction.id === bert.id
        ? {
            ...extraction,
            entities: extraction.entities.filter((entity) => entity.key !== 'metric:f1'),
            results: extraction.results.filter((result) => result.metric !== 'F1'),
          }
        : extraction,
    );
    const report = await ingestAbstracts(db, changed, { extract: givenExtractions(withoutF1) });
    expect(report.written).toBe(1);
    expect(report.unchanged).toBe(3);
    expect(report.derive?.changes.orphans).toBe(1);
    const { rows } = await db.read(
      `MATCH (p:Paper {id: $id})
       RETURN p.abstract AS abstract, COUNT { (p)-[:MEASURES]->() } AS measures,
              COUNT { (p)-[:REPORTS]->() } AS reports, COUNT { (:Metric {key: 'metric:f1'}) } AS f1`,
      { id: bert.id },
    );
    expect(rows).toEqual([{ abstract: `${bert.abstract} Revised.`, measures: 1, reports: 1, f1: 0 }]);

    // The result equals ingesting the changed corpus into an empty database.
    const incremental = await graphDump(db);
    await clearDatabase(db);
    await ingestAbstracts(db, changed, { extract: givenExtractions(withoutF1) });
    expect(await graphDump(db)).toBe(incremental);
  });

  it('stores quotes, backslashes, braces, $, emoji, control characters and Cypher keywords byte for byte', async () => {
    const title = `"; MATCH (n) DETACH DELETE n; // '\\' {x} $param ${'${y}'} \`tick\` 🚀🧪 知识 RETURN 1 /* */`;
    const abstract = [
      `It's "quoted", \\"escaped\\", a lone \\ and \\\\ double; {$x: \${y}} CREATE (m:Method)-[:USES]->(x)`,
      'line two\r\nline three\ttabbed \u0001 \u001f \u2028 e\u0301 ZWJ 👩‍🔬 CALL db.labels() YIELD label UNION',
    ].join('\n');
    const paper: Abstract = {
      id: 'odd "id" \\ {1} $x 🚀',
      title,
      abstract,
      venue: 'Venue "V" \\ {}',
      authors: ['O\'Brien, "Q"', '\\slash', '🚀'],
      source: 'odd.txt:1',
    };
    const name = `Ω-Net {v2} "beta" \\ $x 🚀`;
    const start = abstract.indexOf('CREATE');
    const extraction: Extraction = {
      id: paper.id,
      title,
      entities: [
        {
          name,
          type: 'Method',
          role: 'proposed',
          key: 'method:ω net v2 beta x',
          aliases: ['$alias', '"quoted"', '\\b', 'a|b'],
          confidence: 0.5,
          evidence: [
            { sentence: abstract.split('\n')[0] as string, start, end: start + 6, rule: `rule "r" \\ $` },
          ],
        },
      ],
      relations: [],
      results: [],
    };
    await ingestAbstracts(db, [paper], { extract: givenExtractions([extraction]) });
    const { rows } = await db.read(
      `MATCH (p:Paper {id: $id})-[r:PROPOSES]->(c:Concept)
       RETURN p.id AS id, p.title AS title, p.abstract AS abstract, p.venue AS venue, p.authors AS authors,
              c.name AS name, c.aliases AS aliases, r.sentence AS sentence, r.rule AS rule`,
      { id: paper.id },
    );
    expect(rows).toEqual([
      {
        id: paper.id,
        title,
        abstract,
        venue: paper.venue,
        authors: paper.authors,
        name,
        aliases: ['"quoted"', '$alias', '\\b', 'a|b'],
        sentence: extraction.entities[0]?.evidence[0]?.sentence,
        rule: `rule "r" \\ $`,
      },
    ]);
    const bytes = (text: unknown) => Buffer.from(String(text), 'utf8').toString('hex');
    expect(bytes(rows[0]?.title)).toBe(bytes(title));
    expect(bytes(rows[0]?.abstract)).toBe(bytes(abstract));
  });
});
