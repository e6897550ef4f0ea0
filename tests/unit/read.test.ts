import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CorpusFormatError, readCorpus } from '../../ingest/read';
import { detectFormat } from '../../ingest/read/detect';
import { parseLexicon } from '../../ingest/read/lexicon';
import { normaliseText } from '../../ingest/read/normalise';
import { MAX_ABSTRACT_CHARS } from '../../ingest/read/record';

const fixture = (name: string) => join(import.meta.dirname, '..', 'fixtures', name);

describe('normaliseText', () => {
  it.each([
    ['  many \n spaces\there ', 'many spaces here'],
    ['We use \\emph{BERT} and \\textbf{\\textit{T5}}', 'We use BERT and T5'],
    ['an $\\alpha$-skew and $O(n^2)$ time', 'an α-skew and O(n^2) time'],
    ['a 3$\\times$ speed-up, $80\\%$ less', 'a 3× speed-up, 80% less'],
    ['<p>On <i>SQuAD</i>&nbsp;&amp; GLUE</p>', 'On SQuAD & GLUE'],
    ['the <unk> and <mask> tokens', 'the <unk> and <mask> tokens'],
    ['ﬁne-tuning on Ｃｉｔｙｓｃａｐｅｓ', 'fine-tuning on Cityscapes'],
    ['see https://x.org/~me and Fig.~1', 'see https://x.org/~me and Fig. 1'],
    ['&constructor; and $\\constructor$', '&constructor; and constructor'],
    ['the ability.We propose', 'the ability. We propose'],
    ['training ar(cid:173) tificial neural networks', 'training artificial neural networks'],
    ['per\u00ADturbed gradients', 'perturbed gradients'],
  ])('%j → %j', (raw, expected) => {
    expect(normaliseText(raw)).toBe(expected);
  });
});

describe('detectFormat', () => {
  it.each([
    ['a.jsonl', '', 'jsonl'],
    ['a.json', '', 'json'],
    ['a.xml', '', 'atom'],
    ['a.csv', '', 'csv'],
    ['a.tsv', '', 'csv'],
    ['a.txt', 'Get trending papers in your email inbox once a day!\n', 'listing'],
    ['a.txt', '{"id": 1, "title": "t", "abstract": "a"}\n', 'jsonl'],
    ['a.txt', '  [{"id": 1}]', 'json'],
    ['a.txt', '<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom">', 'atom'],
    ['a.txt', 'id,title,abstract\n1,t,a', 'csv'],
    ['a.txt', 'just some prose', undefined],
  ])('%s with %j → %s', (file, text, expected) => {
    expect(detectFormat(file, text)).toBe(expected);
  });
});

describe('readCorpus', () => {
  it('reads JSONL, echoes ids as given, and skips malformed lines with their line numbers', () => {
    const { abstracts, issues } = readCorpus(fixture('papers.jsonl'));
    expect(abstracts.map((paper) => paper.id)).toEqual(['2106.09685', '42', 'acl2022:x']);
    expect(abstracts[0]).toMatchObject({
      year: 2021,
      url: 'https://arxiv.org/abs/2106.09685',
      authors: ['Edward Hu', 'Yelong Shen', 'Phillip Wallis'],
      categories: ['cs.CL', 'cs.LG'],
      source: 'papers.jsonl:1',
    });
    expect(abstracts[2]).toMatchObject({ title: 'Beam Search', venue: 'acl', year: 2022 });
    expect(abstracts[2]?.abstract).toBe('Beam search with α-smoothing and length normalisation & more.');
    expect(issues).toEqual([
      expect.objectContaining({
        source: 'papers.jsonl:3',
        kind: 'skipped',
        message: expect.stringMatching(/not valid JSON/),
      }),
      expect.objectContaining({ source: 'papers.jsonl:4', message: 'missing field "abstract"' }),
    ]);
  });

  it('reads a JSON array and names the line of each bad element', () => {
    const { abstracts, issues } = readCorpus(fixture('papers.json'));
    expect(abstracts.map((paper) => paper.id)).toEqual(['p1', 'p4']);
    expect(issues.map((issue) => [issue.source, issue.message])).toEqual([
      ['papers.json:7', 'not a JSON object'],
      ['papers.json:8', 'field "title": is empty'],
    ]);
  });

  it('reads an arXiv API response (Atom), ids without their version', () => {
    const { abstracts, issues } = readCorpus(fixture('arxiv.atom'));
    expect(abstracts.map((paper) => [paper.id, paper.year])).toEqual([
      ['1706.03762', 2017],
      ['1810.04805', 2018],
    ]);
    expect(abstracts[0]?.abstract).toMatch(
      /^The dominant sequence transduction models are based on complex recurrent or convolutional/,
    );
    expect(abstracts[0]?.authors).toEqual(['Ashish Vaswani', 'Noam Shazeer']);
    expect(issues).toEqual([
      expect.objectContaining({ source: 'arxiv.atom:31', message: 'missing field "abstract"' }),
    ]);
  });

  it('reads CSV by column names and skips a row with too many fields', () => {
    const { abstracts, issues } = readCorpus(fixture('papers.csv'));
    expect(abstracts.map((paper) => [paper.id, paper.title, paper.year])).toEqual([
      ['c1', 'Quoted, with a comma', 2015],
      ['c3', 'Third paper', 2016],
    ]);
    expect(issues).toEqual([expect.objectContaining({ source: 'papers.csv:3', kind: 'skipped' })]);
  });

  it('takes CSV columns named by the caller, and says which are missing otherwise', () => {
    const columns = { title: 'paper_title', abstract: 'paper_summary', id: 'key' };
    const { abstracts } = readCorpus(fixture('custom-columns.tsv'), 'csv', { columns });
    expect(abstracts).toEqual([expect.objectContaining({ id: 't1', title: 'A tab-separated corpus' })]);
    expect(() => readCorpus(fixture('custom-columns.tsv'))).toThrow(
      /no title \(title\) or abstract \(abstract\) column/,
    );
  });

  it('reads the sample listing: page chrome skipped, the Subscribe artefact removed', () => {
    const { abstracts, issues } = readCorpus(fixture('listing.txt'));
    expect(abstracts.map((paper) => paper.title)).toEqual([
      'DAFormer: Improving Network Architectures',
      'Second Title',
    ]);
    expect(abstracts[0]?.id).toMatch(/^t-[0-9a-f]{16}$/);
    expect(issues).toEqual([
      expect.objectContaining({ source: 'listing.txt:7', message: 'a title without an abstract line' }),
    ]);
  });

  it('truncates an abstract over the limit, with a warning, and keeps the record', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-read-'));
    const file = join(dir, 'long.jsonl');
    writeFileSync(file, JSON.stringify({ id: 'long', title: 'Long', abstract: 'word '.repeat(30_000) }));
    const { abstracts, issues } = readCorpus(file);
    expect(abstracts[0]?.abstract.length).toBe(MAX_ABSTRACT_CHARS);
    expect(issues).toEqual([expect.objectContaining({ source: 'long.jsonl:1', kind: 'truncated' })]);
  });

  it('reads a gzip-compressed corpus as the file inside it, its format from the name before .gz', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-read-'));
    for (const name of ['papers.jsonl', 'library.bib', 'listing.txt']) {
      writeFileSync(join(dir, `${name}.gz`), gzipSync(readFileSync(fixture(name))));
      const packed = readCorpus(join(dir, `${name}.gz`));
      const plain = readCorpus(fixture(name));
      // The records' sources name the file as given: `papers.jsonl.gz:1`.
      expect(packed.abstracts).toEqual(
        plain.abstracts.map((paper) => ({ ...paper, source: paper.source.replace(name, `${name}.gz`) })),
      );
      expect(packed.abstracts.length).toBeGreaterThan(0);
    }
    writeFileSync(join(dir, 'cut.jsonl.gz'), gzipSync(readFileSync(fixture('papers.jsonl'))).subarray(0, 40));
    expect(() => readCorpus(join(dir, 'cut.jsonl.gz'))).toThrow(/cut\.jsonl\.gz: a damaged gzip file/);
  });

  it.each([
    ['binary.bin', undefined, /binary\.bin: a binary file/],
    ['notes.txt', undefined, /notes\.txt: not a known corpus format/],
    ['empty.jsonl', undefined, /empty\.jsonl: no abstracts found as jsonl/],
    ['papers.csv', 'json' as const, /papers\.csv \(read as json\): not valid JSON/],
    ['papers.jsonl', 'atom' as const, /papers\.jsonl \(read as atom\): not well-formed XML/],
  ])('%s (format %s) is a clear error', (name, format, message) => {
    expect(() => readCorpus(fixture(name), format)).toThrow(CorpusFormatError);
    expect(() => readCorpus(fixture(name), format)).toThrow(message);
  });
});

describe('parseLexicon', () => {
  it('takes name and type in either order, skips the header and comments, warns on the rest', () => {
    const { lexicon, issues } = parseLexicon(
      '# c\ntype\tname\nMethod\tCable\nDataset\tCityscapes\nSuperGLUE\tBenchmark\njust words\nModel,GPT-NeoX\nconstructor,toString\n',
      'lexicon.tsv',
    );
    expect([...lexicon]).toEqual([
      ['Cable', 'Method'],
      ['Cityscapes', 'Dataset'],
      ['SuperGLUE', 'Benchmark'],
      ['GPT-NeoX', 'Method'],
    ]);
    expect(issues).toEqual([
      expect.objectContaining({ source: 'lexicon.tsv:6' }),
      expect.objectContaining({ source: 'lexicon.tsv:8' }),
    ]);
  });
});
