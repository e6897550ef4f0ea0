import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractCorpus } from '../../ingest/extract-corpus';
import { CorpusFormatError, readCorpus } from '../../ingest/read';
import { detectFormat } from '../../ingest/read/detect';
import { parseBibtex } from '../../ingest/read/bibtex';
import { parseCslJson } from '../../ingest/read/csl-json';
import { arxivIdIn, bareDoi, referenceUrl } from '../../ingest/read/references';
import { parseRis } from '../../ingest/read/ris';

const fixture = (name: string) => join(import.meta.dirname, '..', 'fixtures', name);

describe('detectFormat: reference-manager exports', () => {
  it.each([
    ['zotero.bib', '', 'bibtex'],
    ['zotero.bibtex', '', 'bibtex'],
    ['endnote.ris', '', 'ris'],
    [
      'zotero.json',
      '[\n  {"id": "a", "type": "article-journal", "issued": {"date-parts": [[2020]]}}]',
      'csl',
    ],
    ['zotero.json', '[{"id": "a", "title": "t", "container-title": "J"}]', 'csl'],
    ['papers.json', '[{"id": "a", "title": "t", "abstract": "x", "url": "u"}]', 'json'],
    ['export.txt', '% comment\n@article{key2020,\n  title = {T}}', 'bibtex'],
    ['export.txt', '@InProceedings( key ,\n title = "T")', 'bibtex'],
    ['export.txt', 'TY  - JOUR\nTI  - T\nER  - ', 'ris'],
    ['export.txt', '[{"id": "a", "DOI": "10.1/x", "abstract": "y"}]', 'csl'],
    ['export.txt', 'write to me@example.org {soon}', undefined],
  ])('%s with %j → %s', (file, text, expected) => {
    expect(detectFormat(file, text)).toBe(expected);
  });
});

describe('references: links kept where the model has a place for them', () => {
  it.each([
    [{ url: ' https://x.org/p ', doi: '10.1000/a' }, 'https://x.org/p'],
    [{ doi: '10.18653/v1/N19-1423' }, 'https://doi.org/10.18653/v1/N19-1423'],
    [{ doi: 'doi:10.1000/a', arxivId: '2101.00001' }, 'https://doi.org/10.1000/a'],
    [{ doi: 'not a doi', arxivId: '2101.00001' }, 'https://arxiv.org/abs/2101.00001'],
    [{}, undefined],
  ])('%j → %s', (links, expected) => {
    expect(referenceUrl(links)).toBe(expected);
  });

  it.each([
    ['https://dx.doi.org/10.1000/a.b', '10.1000/a.b'],
    ['10.1234/x', '10.1234/x'],
    ['see 10.1234/x', undefined],
  ])('bareDoi(%j) → %s', (value, expected) => {
    expect(bareDoi(value)).toBe(expected);
  });

  it.each([
    ['arXiv preprint arXiv:2103.01234', '2103.01234'],
    ['arXiv:cs/9901001v2', 'cs/9901001v2'],
    ['Journal of Things', undefined],
  ])('arxivIdIn(%j) → %s', (value, expected) => {
    expect(arxivIdIn(value)).toBe(expected);
  });
});

describe('BibTeX', () => {
  it('decodes accents and braces, keys the entry, links DOI or arXiv, and skips a malformed entry by line', () => {
    const { abstracts, issues } = readCorpus(fixture('library.bib'));
    expect(abstracts).toEqual([
      expect.objectContaining({
        id: 'muller2021sparse',
        title: 'Sparse BERT Adapters for Low-Resource Tagging',
        year: 2021,
        venue: 'Transactions of the Association for Computational Linguistics',
        url: 'https://doi.org/10.1234/tacl.2021.007',
        authors: ['Jörg Müller', 'Ana García'],
        source: 'library.bib:4',
      }),
      expect.objectContaining({
        id: 'lee2022contrastive',
        url: 'https://arxiv.org/abs/2203.04567',
        abstract:
          'We propose CodeCon, a retriever pretrained with a contrastive loss on an invented corpus of code.',
      }),
    ]);
    expect(abstracts[0]?.abstract).toBe(
      'We introduce SparseAdapt, a method that fine-tunes BERT with sparse adapters. On Tagset-X it reaches ' +
        '92.1 F1, a gain of 1.2% over full fine-tuning (Schön et al.).',
    );
    expect(issues).toEqual([
      expect.objectContaining({
        source: 'library.bib:20',
        kind: 'skipped',
        message: expect.stringMatching(/^not a readable BibTeX entry/),
      }),
      {
        source: 'library.bib',
        kind: 'no-abstract',
        message: '1 of 3 entries have no abstract: skipped (they cannot yield concepts)',
      },
    ]);
  });

  it.each([
    [
      '@misc{a, title = {T}, abstract = {A}, journal = {arXiv preprint arXiv:2001.00002}}',
      'https://arxiv.org/abs/2001.00002',
    ],
    [
      '@online{a, title = {T}, abstract = {A}, eprint = {2001.00003}, eprinttype = {arxiv}}',
      'https://arxiv.org/abs/2001.00003',
    ],
    ['@misc{a, title = {T}, abstract = {A}, eprint = {123}, archivePrefix = {HAL}}', undefined],
    [
      '@misc{a, title = {T}, abstract = {A}, url = {https://x.org/a_b%20c}, doi = {10.1/z}}',
      'https://x.org/a_b%20c',
    ],
  ])('%s → url %s', (bib, url) => {
    expect(parseBibtex(bib, 'a.bib').abstracts[0]?.url).toBe(url);
  });

  it.each([
    ['{\\"u}ber {\\`a} la {Na{\\"\\i}ve} {\\c{c}}a', 'über à la Naïve ça'],
    ['\\emph{Fast} {T}ransformers for $\\alpha$-{N}ets', 'Fast Transformers for α-Nets'],
    ['an \\textsc{Unknown} \\mymacro{Name} here', 'an Unknown Name here'],
  ])('title %j → %j', (title, expected) => {
    const { abstracts } = parseBibtex(`@article{k, title = {${title}}, abstract = {A}}`, 'a.bib');
    expect(abstracts[0]?.title).toBe(expected);
  });

  it('a library where no entry has an abstract is a clear error that says so', () => {
    expect(() => readCorpus(fixture('library.bib'), 'ris')).toThrow(CorpusFormatError);
    const { abstracts, issues } = parseBibtex('@book{b, title = {T}}\n@book{c, title = {U}}', 'a.bib');
    expect(abstracts).toEqual([]);
    expect(issues.map((issue) => issue.message)).toEqual([
      '2 of 2 entries have no abstract: skipped (they cannot yield concepts)',
    ]);
  });
});

describe('RIS', () => {
  it('reads AB and N2 abstracts, wrapped lines, names given first, and counts a record without abstract', () => {
    const { abstracts, issues } = readCorpus(fixture('library.ris'));
    expect(abstracts).toEqual([
      {
        id: 'ris-1',
        title: 'Graph Adapters for Molecule Property Prediction',
        abstract:
          'We present GraphAdapt, which adds small adapters to a pretrained graph network. It improves ' +
          'accuracy on an invented molecule benchmark.',
        year: 2023,
        venue: 'Journal of Invented Machine Learning',
        url: 'https://doi.org/10.5555/jiml.2023.11',
        doi: '10.5555/jiml.2023.11',
        authors: ['Ada Okafor', 'Per Lind'],
        source: 'library.ris:1',
      },
      expect.objectContaining({
        id: expect.stringMatching(/^t-[0-9a-f]{16}$/),
        title: 'Retrieval Heads in Small Language Models',
        abstract: 'We find retrieval heads in small language models and prune the rest with HeadPrune.',
        year: 2022,
        venue: 'Proceedings of an Invented Conference',
        url: 'https://example.org/papers/retrieval-heads',
        authors: ['Eva Novak'],
        source: 'library.ris:13',
      }),
    ]);
    expect(issues).toEqual([
      expect.objectContaining({
        source: 'library.ris',
        kind: 'no-abstract',
        message: expect.stringMatching(/^1 of 3 /),
      }),
    ]);
  });

  it.each([
    ['stray\nTY  - JOUR\nTI  - T\nAB  - A\nER  - ', [['a.ris:1', 'skipped']], 1],
    [
      'TY  - JOUR\nTI  - T\nAB  - A\nTY  - JOUR\nTI  - U\nAB  - B',
      [
        ['a.ris:1', 'truncated'],
        ['a.ris:4', 'truncated'],
      ],
      2,
    ],
    ['TY  - JOUR\r\nTI  - T\r\nAB  - A\r\nER  -\r\n', [], 1],
    ['TY  - JOUR\nTI  - T\nAB  - \nER  - ', [['a.ris', 'no-abstract']], 0],
  ])('%j → issues %j, %i abstracts', (text, expected, count) => {
    const { abstracts, issues } = parseRis(text, 'a.ris');
    expect(issues.map((issue) => [issue.source, issue.kind])).toEqual(expected);
    expect(abstracts).toHaveLength(count);
  });
});

describe('CSL-JSON', () => {
  it('reads items: date parts, DOI links, arXiv numbers, authors; a non-object is skipped by line', () => {
    const { abstracts, issues } = readCorpus(fixture('library-csl.json'));
    expect(abstracts).toEqual([
      {
        id: 'http://zotero.org/users/1/items/ABCD1234',
        title: 'Tiny Vision Transformers for On-Device Segmentation',
        abstract: 'We shrink a vision transformer to TinySeg and segment street scenes on a phone.',
        year: 2024,
        venue: 'Journal of Invented Vision',
        url: 'https://doi.org/10.5555/jiv.2024.3',
        doi: '10.5555/jiv.2024.3',
        authors: ['Yui Sato', 'The Invented Lab'],
        source: 'library-csl.json:2',
      },
      expect.objectContaining({ id: 'kim2021', year: 2021, url: 'https://arxiv.org/abs/2108.00001' }),
    ]);
    expect(issues).toEqual([
      { source: 'library-csl.json:26', kind: 'skipped', message: 'not a JSON object' },
      expect.objectContaining({
        source: 'library-csl.json',
        kind: 'no-abstract',
        message: expect.stringMatching(/^1 of 3 /),
      }),
    ]);
  });

  it.each([
    ['{"id": 1}', /must hold an array/],
    ['[{', /not valid JSON/],
  ])('%j is not CSL-JSON', (text, message) => {
    expect(() => parseCslJson(text, 'a.json')).toThrow(message);
  });

  it.each([
    [{ 'date-parts': [['2019', 4]] }, 2019],
    [{ raw: 'Spring 2017' }, 2017],
    [{ literal: 'c. 2015' }, 2015],
  ])('issued %j → year %i', (issued, year) => {
    const text = JSON.stringify([{ id: 'x', title: 'T', abstract: 'A', issued }]);
    expect(parseCslJson(text, 'a.json').abstracts[0]?.year).toBe(year);
  });
});

describe('reference libraries through extraction', () => {
  it.each([['library.bib'], ['library.ris'], ['library-csl.json']])(
    '%s yields one JSON line per paper with an abstract',
    async (name) => {
      const { abstracts } = readCorpus(fixture(name));
      const lines = (await extractCorpus(abstracts, { workers: 0 })).map((extraction) =>
        JSON.stringify(extraction),
      );
      expect(lines).toHaveLength(2);
      expect(lines.map((line) => (JSON.parse(line) as { id: string }).id)).toEqual(
        abstracts.map((paper) => paper.id),
      );
    },
  );
});
