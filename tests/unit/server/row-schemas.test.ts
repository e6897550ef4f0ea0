import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseRow, parseRows, RowShapeError } from '../../../neo4j/rows';
import { conceptHitRow } from '../../../src/server/search/rank';
import { conceptDetailsRow } from '../../../src/server/views/concept-details';
import { edgeRow, nodeRow } from '../../../src/server/views/graph-rows';

const hit = {
  key: 'method:daformer',
  name: 'DAFormer',
  type: 'Method',
  aliases: null,
  paperCount: 3,
  score: 1.5,
};

describe('rows parsed with the query schema', () => {
  it('passes a row that fits, typed, with missing optional fields as Neo4j gives them (null)', () => {
    const [row] = parseRows('search-concepts', [hit], conceptHitRow);
    expect(row).toEqual(hit);
    expect(
      parseRows('search-concepts', [{ ...hit, paperCount: null }], conceptHitRow)[0]?.paperCount,
    ).toBeNull();
  });

  it('rejects a malformed row with an error naming the query, the row and the field', () => {
    const rows = [hit, { ...hit, score: '1.5' }];
    let error: unknown;
    try {
      parseRows('search-concepts', rows, conceptHitRow);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(RowShapeError);
    expect(error).toMatchObject({ query: 'search-concepts', rowIndex: 1, field: 'score' });
    expect((error as Error).message).toMatch(/^query search-concepts: row 2, field score: .*number/);
  });

  it('names a nested field by its path', () => {
    const row = {
      concept: { key: 'method:x', name: 'X', type: 'Method' },
      cluster: null,
      papers: [
        {
          paper: { id: 'p1', title: 'T' },
          relation: 'PROPOSES',
          evidence: {},
          around: [],
        },
        { paper: { id: 'p2' }, relation: 'USES', evidence: {}, around: [] },
      ],
      paperTotal: 2,
      results: [],
      lineage: [],
    };
    expect(() => parseRow('concept', row, conceptDetailsRow)).toThrow(
      'query concept: row 1, field papers.1.paper.title:',
    );
  });

  it('names a missing row field and a tuple position', () => {
    expect(() => parseRow('graph-counts', {}, z.object({ papers: z.number() }))).toThrow(
      /^query graph-counts: row 1, field papers: /,
    );
    const edge = ['method:a', null, 'USES', null, 'p1', 1, null];
    expect(parseRow('neighborhood', edge, edgeRow)).toEqual(edge);
    expect(() =>
      parseRow('neighborhood', ['method:a', null, 'Method', 'A', '2', null, null], nodeRow),
    ).toThrow(/field 4: /);
  });
});
