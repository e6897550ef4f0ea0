import { describe, expect, it } from 'vitest';
import { paperLinks } from '../../src/app/components/details/PaperDetailsView';
import type { PaperDetails } from '../../src/model/api';

const paper = (fields: Partial<PaperDetails>): PaperDetails => ({
  id: 'p',
  title: 'T',
  abstract: 'A',
  entities: [],
  results: [],
  lineage: [],
  ...fields,
});

describe('paperLinks: where a paper can be read, from its provenance', () => {
  it('links DOI, arXiv, OpenAlex, Semantic Scholar and a URL that is none of them', () => {
    const links = paperLinks(
      paper({
        doi: '10.18653/v1/N19-1423',
        arxivId: '1810.04805',
        openalexId: 'W2963403868',
        s2Id: 'abc123',
        url: 'https://aclanthology.org/N19-1423',
      }),
    );
    expect(links.map((link) => [link.label, link.href])).toEqual([
      ['DOI', 'https://doi.org/10.18653/v1/N19-1423'],
      ['arXiv', 'https://arxiv.org/abs/1810.04805'],
      ['OpenAlex', 'https://openalex.org/W2963403868'],
      ['Semantic Scholar', 'https://www.semanticscholar.org/paper/abc123'],
      ['URL', 'https://aclanthology.org/N19-1423'],
    ]);
  });

  it('leaves out a URL that only repeats the DOI or arXiv link, and gives nothing without provenance', () => {
    expect(
      paperLinks(paper({ arxivId: '2106.09685', url: 'http://arxiv.org/abs/2106.09685' })).map(
        (l) => l.label,
      ),
    ).toEqual(['arXiv']);
    expect(
      paperLinks(paper({ doi: '10.1000/x', url: 'https://dx.doi.org/10.1000/x' })).map((l) => l.label),
    ).toEqual(['DOI']);
    expect(paperLinks(paper({ url: 'https://example.org/p' })).map((l) => l.label)).toEqual(['URL']);
    expect(paperLinks(paper({}))).toEqual([]);
  });
});
