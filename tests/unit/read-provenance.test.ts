import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../ingest/read';
import { parseAtom } from '../../ingest/read/atom';
import { parseBibtex } from '../../ingest/read/bibtex';
import { parseCslJson } from '../../ingest/read/csl-json';
import { parseJsonLines } from '../../ingest/read/json';
import { parseRis } from '../../ingest/read/ris';

const fixture = (name: string) => join(import.meta.dirname, '..', 'fixtures', name);

describe('provenance: each reader keeps the identifiers its format has', () => {
  it('BibTeX: doi and an arXiv eprint', () => {
    const { abstracts } = readCorpus(fixture('library.bib'));
    expect(abstracts[0]).toMatchObject({ doi: '10.1234/tacl.2021.007' });
    expect(abstracts[0]?.arxivId).toBeUndefined();
    expect(abstracts[1]).toMatchObject({ arxivId: '2203.04567' });
    const doiLink = parseBibtex(
      '@misc{a, title = {T}, abstract = {A}, doi = {https://doi.org/10.1000/Z}, eprint = {2001.00003v2}, archivePrefix = {arXiv}}',
      'a.bib',
    ).abstracts[0];
    expect(doiLink).toMatchObject({ doi: '10.1000/Z', arxivId: '2001.00003' });
  });

  it('RIS: DO and UR', () => {
    const { abstracts } = readCorpus(fixture('library.ris'));
    expect(abstracts.find((paper) => paper.doi)).toMatchObject({ doi: '10.5555/jiml.2023.11' });
    const { abstracts: one } = parseRis(
      'TY  - JOUR\nTI  - T\nAB  - A\nDO  - doi:10.9999/x\nUR  - https://x.org/p\nER  - \n',
      'a.ris',
    );
    expect(one[0]).toMatchObject({ doi: '10.9999/x', url: 'https://x.org/p' });
  });

  it('CSL-JSON: DOI and an arXiv number', () => {
    const text = JSON.stringify([
      { id: 'a', title: 'T', abstract: 'A', DOI: '10.5555/jiv.2024.3', number: 'arXiv:2108.00001v3' },
    ]);
    expect(parseCslJson(text, 'a.json').abstracts[0]).toMatchObject({
      doi: '10.5555/jiv.2024.3',
      arxivId: '2108.00001',
    });
  });

  it('JSON Lines: the arXiv metadata snapshot id and doi, and what `npm run fetch` writes', () => {
    const text = [
      JSON.stringify({ id: '2106.09685', title: 'T', abstract: 'A', doi: '10.48550/arXiv.2106.09685' }),
      JSON.stringify({
        id: 'openalex:W2963403868',
        title: 'U',
        abstract: 'B',
        doi: 'https://doi.org/10.18653/V1/N19-1423',
        arxivId: '1810.04805',
        openalexId: 'https://openalex.org/W2963403868',
        origin: 'openalex',
        url: 'https://aclanthology.org/N19-1423',
      }),
      JSON.stringify({ id: 'conf2020:abc', title: 'V', abstract: 'C', doi: 'not a doi', openalexId: 'X1' }),
    ].join('\n');
    const [snapshot, fetched, plain] = parseJsonLines(text, 'p.jsonl').abstracts;
    expect(snapshot).toMatchObject({ arxivId: '2106.09685', doi: '10.48550/arXiv.2106.09685' });
    expect(fetched).toMatchObject({
      doi: '10.18653/V1/N19-1423',
      arxivId: '1810.04805',
      openalexId: 'W2963403868',
      origin: 'openalex',
      url: 'https://aclanthology.org/N19-1423',
    });
    expect(plain).not.toHaveProperty('doi');
    expect(plain).not.toHaveProperty('arxivId');
    expect(plain).not.toHaveProperty('openalexId');
  });

  it('Atom: the arXiv id without version, arxiv:doi or the doi link, origin arxiv', () => {
    const { abstracts } = readCorpus(fixture('arxiv.atom'));
    expect(abstracts[0]).toMatchObject({ id: '1706.03762', arxivId: '1706.03762', origin: 'arxiv' });
    const xml = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom" xmlns:arxiv="http://arxiv.org/schemas/atom">
<entry><id>http://arxiv.org/abs/2101.00001v2</id><title>T</title><summary>A</summary>
<arxiv:doi>10.1000/xyz</arxiv:doi></entry>
<entry><id>http://arxiv.org/abs/2101.00002v1</id><title>U</title><summary>B</summary>
<link title="doi" href="http://dx.doi.org/10.2000/abc" rel="related"/></entry></feed>`;
    const [first, second] = parseAtom(xml, 'a.atom').abstracts;
    expect(first).toMatchObject({ arxivId: '2101.00001', doi: '10.1000/xyz' });
    expect(second).toMatchObject({ arxivId: '2101.00002', doi: '10.2000/abc' });
  });
});
