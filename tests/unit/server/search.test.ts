import { describe, expect, it } from 'vitest';
import { escapeLucene, luceneQuery, searchWords } from '../../../src/server/search/lucene';
import { conceptHit, paperHit, rankHits } from '../../../src/server/search/rank';

describe('full-text query building', () => {
  it('escapes every Lucene operator', () => {
    expect(escapeLucene('a:b"(')).toBe('a\\:b\\"\\(');
    expect(escapeLucene('+-&|!(){}[]^"~*?:\\/')).toBe(
      '\\+\\-\\&\\|\\!\\(\\)\\{\\}\\[\\]\\^\\"\\~\\*\\?\\:\\\\\\/',
    );
  });

  it('keeps words with a letter or digit, lower-cased, NFKC-folded', () => {
    expect(searchWords('  Domain  ADAPT -- ｆｕｌｌ ')).toEqual(['domain', 'adapt', 'full']);
    expect(searchWords('AND OR NOT')).toEqual(['and', 'or', 'not']);
    expect(searchWords('"(*')).toEqual([]);
  });

  it('asks for every word, as a word or a prefix', () => {
    expect(luceneQuery(['domain', 'adapt'])).toBe('+(domain^2 OR domain*) +(adapt^2 OR adapt*)');
    expect(luceneQuery(['a:b"('])).toBe('+(a\\:b\\"\\()');
    expect(luceneQuery([])).toBeUndefined();
  });
});

describe('search ranking', () => {
  const row = {
    key: 'method:daformer',
    name: 'DAFormer',
    type: 'Method',
    aliases: [],
    paperCount: 3,
    score: 1,
  };

  it('puts an exact name above a prefix above a mere full-text match', () => {
    const exact = conceptHit('daformer', row);
    const prefix = conceptHit('dafor', row);
    const other = conceptHit('transformer', { ...row, score: 2 });
    expect(exact.score).toBeGreaterThan(prefix.score);
    expect(prefix.score).toBeGreaterThan(other.score);
    expect(exact).toMatchObject({ id: 'method:daformer', kind: 'Method', label: 'DAFormer', paperCount: 3 });
  });

  it('matches aliases and ranks concepts before papers on equal scores', () => {
    const concept = conceptHit('vit', {
      ...row,
      key: 'method:vision transformer',
      name: 'Vision Transformer',
      aliases: ['ViT'],
      score: 0,
      paperCount: 0,
    });
    const paper = paperHit('vit', { id: 'p1', title: 'Something', score: 10 });
    expect(concept.score).toBe(10);
    expect(paper).toMatchObject({ id: 'paper:p1', kind: 'Paper', key: 'p1', score: 10 });
    expect(rankHits([paper, concept], 5).map((hit) => hit.id)).toEqual([
      'method:vision transformer',
      'paper:p1',
    ]);
    expect(rankHits([paper, concept], 1)).toHaveLength(1);
  });
});
