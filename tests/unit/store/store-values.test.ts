import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { computeDerivedLayer, deriveInputOf, deriveSettings } from '../../../ingest/derive/layer';
import { buildKnowledgeGraph } from '../../../ingest/graph/build';
import { readExtractions } from '../../../ingest/graph/read-extractions';
import { ARRAY_DELIMITER, emitImportCsv } from '../../../ingest/store/bulk-csv';
import { extractorFingerprint } from '../../../ingest/extract/fingerprint';
import { basisHash } from '../../../ingest/derive/basis';
import { contentHash } from '../../../ingest/store/hashes';
import { paperSlices } from '../../../ingest/store/paper-slices';
import { bestEvidence, forDriver, parseNumeric } from '../../../ingest/store/properties';
import type { Abstract } from '../../../src/model/abstract';
import type { Extraction } from '../../../src/model/extraction';

const dir = mkdtempSync(join(tmpdir(), 'atlas-store-unit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('parseNumeric', () => {
  it.each<[string, number | null]>([
    ['+10.8', 10.8],
    ['-3.1%', -3.1],
    ['−2.5 points', -2.5],
    ['48%', 48],
    ['1,024', 1024],
    ['.5', 0.5],
    ['3.2x', 3.2],
    ['n/a', null],
  ])('%s → %s', (value, expected) => {
    expect(parseNumeric(value)).toBe(expected);
  });
});

describe('edge properties', () => {
  it('picks the most confident, then earliest, evidence as the best', () => {
    const item = (start: number, confidence: number) => ({
      sentence: 's',
      start,
      end: start + 1,
      rule: 'r',
      confidence,
    });
    expect(bestEvidence([item(9, 0.5), item(5, 0.9), item(2, 0.9)])).toEqual(item(2, 0.9));
  });

  it('marks whole numbers for the driver and refuses undeclared properties', () => {
    const out = forDriver(
      { start: 3, starts: [1, 2], confidence: 0.5 },
      { start: 'int', starts: 'int[]', confidence: 'float' },
    );
    expect(String(out.start)).toBe('3');
    expect(typeof out.start).toBe('object');
    expect(out.confidence).toBe(0.5);
    expect(() => forDriver({ other: 1 }, {})).toThrow(/other has no declared kind/);
  });
});

describe('hashes', () => {
  const paper: Abstract = { id: 'p', title: 'T', abstract: 'A', source: 'f:1' };
  const extraction: Extraction = {
    id: 'p',
    title: 'T',
    entities: [
      {
        name: 'A',
        type: 'Task',
        key: 'task:a',
        aliases: [],
        confidence: 1,
        evidence: [{ sentence: 'A', start: 0, end: 1, rule: 'r' }],
      },
    ],
    relations: [],
    results: [],
  };

  it('content hash covers what the paper says and the extractor, not where it stood in its file', () => {
    const hash = (item: Abstract, fingerprint = 'x1') => contentHash(item, fingerprint);
    const withCategories: Abstract = { ...paper, categories: ['cs.CL'] };
    expect(hash(paper)).toBe(hash(withCategories));
    expect(hash({ ...paper, source: 'other.txt:99' })).toBe(hash(paper));
    expect(hash({ ...paper, year: 2020 })).not.toBe(hash(paper));
    expect(hash({ ...paper, abstract: 'A ' })).not.toBe(hash(paper));
    expect(hash(paper, 'x2')).not.toBe(hash(paper));
  });

  it('graph hash changes with any edge of the paper', () => {
    const hash = (item: Extraction) => paperSlices(buildKnowledgeGraph([paper], [item]), 'x1')[0]?.graphHash;
    const moved = structuredClone(extraction);
    (moved.entities[0]?.evidence[0] as { rule: string }).rule = 'other';
    expect(hash(extraction)).toBe(hash(structuredClone(extraction)));
    expect(hash(moved)).not.toBe(hash(extraction));
    expect(hash({ ...extraction, entities: [] })).not.toBe(hash(extraction));
  });

  it('basis does not depend on paper order but on every hash and the settings', () => {
    const papers = [
      { id: 'a', graphHash: '1' },
      { id: 'b', graphHash: '2' },
    ];
    expect(basisHash(papers, { s: 1 })).toBe(basisHash([...papers].reverse(), { s: 1 }));
    expect(basisHash(papers, { s: 2 })).not.toBe(basisHash(papers, { s: 1 }));
    expect(basisHash([papers[0]!, { id: 'b', graphHash: '3' }], { s: 1 })).not.toBe(
      basisHash(papers, { s: 1 }),
    );
  });
});

describe('emitImportCsv', () => {
  it('writes typed headers and RFC 4180 quoted values that parse back to the exact text', async () => {
    const abstract = 'Say "hi",\nthen \\ and {$x} 🚀; done.';
    const paper: Abstract = {
      id: 'p,1',
      title: 'A "title", with\r\nbreaks',
      abstract,
      authors: ['A; B', 'C'],
      source: 'f:1',
    };
    const extraction: Extraction = {
      id: 'p,1',
      title: paper.title,
      entities: [
        {
          name: 'X "Net"',
          type: 'Method',
          role: 'proposed',
          key: 'method:x net',
          aliases: ['a;b', '"q"'],
          confidence: 0.7,
          evidence: [{ sentence: abstract, start: 0, end: 3, rule: 'r,1' }],
        },
      ],
      relations: [],
      results: [],
    };
    const graph = buildKnowledgeGraph([paper], [extraction]);
    const settings = deriveSettings(1);
    const csv = await emitImportCsv(
      graph,
      computeDerivedLayer(deriveInputOf(graph), settings),
      settings,
      dir,
      'x1',
    );
    const read = (name: string) =>
      parse(readFileSync(join(dir, name), 'utf8'), { columns: true }) as Array<Record<string, string>>;

    const [row] = read('papers.csv');
    expect(row).toMatchObject({ ':LABEL': 'Paper', 'id:ID(Paper)': 'p,1', title: paper.title, abstract });
    expect(row?.['authors:string[]']?.split(ARRAY_DELIMITER)).toEqual(['A; B', 'C']);
    expect(row?.['year:long']).toBe('');
    const [concept] = read('concepts.csv');
    expect(concept?.[':LABEL']).toBe(`Concept${ARRAY_DELIMITER}Method`);
    expect(concept?.['aliases:string[]']?.split(ARRAY_DELIMITER)).toEqual(['"q"', 'a;b']);
    const [mention] = read('mentions.csv');
    expect(mention).toMatchObject({
      ':START_ID(Paper)': 'p,1',
      ':END_ID(Concept)': 'method:x net',
      ':TYPE': 'PROPOSES',
      'start:long': '0',
      rule: 'r,1',
    });
    expect(csv.adminArgs.slice(0, 4)).toEqual(['database', 'import', 'full', 'neo4j']);
    expect(csv.rows).toMatchObject({
      'papers.csv': 1,
      'concepts.csv': 1,
      'mentions.csv': 1,
      'derived-state.csv': 1,
    });
  });
});

describe('readExtractions', () => {
  it('reads valid lines and skips malformed ones with file:line and the field', () => {
    const file = join(dir, 'extractions.jsonl');
    const good = { id: 'p', title: 'T', entities: [], relations: [], results: [] };
    writeFileSync(
      file,
      [
        JSON.stringify(good),
        '{not json',
        JSON.stringify({
          ...good,
          entities: [{ name: 'X', type: 'Gizmo', key: 'k', aliases: [], confidence: 1, evidence: [] }],
        }),
        '',
        JSON.stringify({ ...good, id: 'q', relations: undefined }),
      ].join('\n'),
    );
    const { extractions, warnings } = readExtractions(file);
    expect(extractions.map((item) => item.id)).toEqual(['p', 'q']);
    expect(extractions[1]?.relations).toEqual([]);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(new RegExp(`^${file}:2: not JSON`));
    expect(warnings[1]).toMatch(new RegExp(`^${file}:3: entities\\.0\\.type: `));
  });
});

describe('extractor fingerprint', () => {
  it('is a stable hash of the extractor code', () => {
    expect(extractorFingerprint()).toMatch(/^[0-9a-f]{16}$/);
    expect(extractorFingerprint()).toBe(extractorFingerprint());
  });
});
