import { describe, expect, it } from 'vitest';
import { escapeLucene, luceneQuery, searchWords } from '../../../src/server/search/lucene';
import { clusterHit, conceptHit, paperHit, rankHits, withinEdits } from '../../../src/server/search/rank';

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
    expect(luceneQuery(['domain', 'adapt'])).toBe(
      '+(domain^2 OR domain* OR domain~1^0.5) +(adapt^2 OR adapt* OR adapt~1^0.5) "domain adapt"^3',
    );
    expect(luceneQuery(['a:b"('])).toBe('+(a\\:b\\"\\()');
    // Short words get no typo tolerance, long ones two edits.
    expect(luceneQuery(['gan'])).toBe('+(gan^2 OR gan*)');
    expect(luceneQuery(['transfomer'])).toBe('+(transfomer^2 OR transfomer* OR transfomer~2^0.5)');
  });

  it('keeps stop words of a phrase optional, and scores the phrase', () => {
    expect(luceneQuery(['attention', 'is', 'all'])).toBe(
      '+(attention^2 OR attention* OR attention~2^0.5) is all "attention is all"^3',
    );
    // Only stop words: they are what was asked for.
    expect(luceneQuery(['the', 'all'])).toBe('+(the^2 OR the*) +(all^2 OR all*) "the all"^3');
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

  it('lifts a concept a typo away from what was typed, not one further', () => {
    const daformer = {
      ...row,
      key: 'method:daformer',
      name: 'DAFormer',
      aliases: [],
      score: 1,
      paperCount: 0,
    };
    expect(conceptHit('dafomer', daformer).score).toBe(5);
    expect(conceptHit('dfomer', daformer).score).toBe(1);
    expect(withinEdits('transfomer', 'transformer', 1)).toBe(true);
    expect(withinEdits('tranfomer', 'transformer', 1)).toBe(false);
    expect(withinEdits('tranfomer', 'transformer', 2)).toBe(true);
  });

  it('keeps matching clusters among the hits, even below the rest', () => {
    const papers = Array.from({ length: 6 }, (_, index) =>
      paperHit('decoding', { id: `p${index}`, title: `Paper ${index}`, score: 30 - index }),
    );
    const cluster = clusterHit('speculative decoding', {
      id: 'method:speculative decoding',
      label: 'speculative decoding · FlashAttention',
      size: 45,
    });
    expect(cluster).toMatchObject({ id: 'cluster:method:speculative decoding', kind: 'Cluster' });
    expect(cluster.score).toBeGreaterThan(11);
    const hits = rankHits([...papers, cluster], 5);
    expect(hits.map((hit) => hit.id)).toEqual(['paper:p0', 'paper:p1', 'paper:p2', 'paper:p3', cluster.id]);
    expect(rankHits(papers, 5).every((hit) => hit.kind === 'Paper')).toBe(true);
  });
});
