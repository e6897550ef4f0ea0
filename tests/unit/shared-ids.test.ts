import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { summariseCsv } from '../../cli/summary';
import { emitCsvFiles, givenExtractions } from '../../ingest/pipeline';
import { readCorpus, settleSharedIds } from '../../ingest/read';
import { normalisedTitle, stableHash } from '../../src/model/keys';
import type { Abstract } from '../../src/model/abstract';

const paper = (id: string, title: string, line: number): Abstract => ({
  id,
  title,
  abstract: `We study ${title}.`,
  source: `papers.jsonl:${line}`,
});

/** `<id>~` and the first 8 hex digits of the normalised title's hash. */
const renamed = (id: string, title: string) => `${id}~${stableHash(normalisedTitle(title)).slice(0, 8)}`;

describe('settleSharedIds', () => {
  it.each([
    [
      'distinct ids stay as they are',
      [
        ['p1', 'Sparse Gated Routers'],
        ['p2', 'Dense Gated Routers'],
      ],
      ['p1', 'p2'],
      { repeats: 0, renamed: 0 },
    ],
    [
      'the same id and title is one paper: read once',
      [
        ['p1', 'Sparse Gated Routers'],
        ['p1', 'Sparse Gated Routers'],
      ],
      ['p1'],
      { repeats: 1, renamed: 0 },
    ],
    [
      'case, punctuation and spacing do not make another title',
      [
        ['p1', 'Sparse Gated Routers: A Study'],
        ['p1', 'sparse  gated routers -- a study'],
      ],
      ['p1'],
      { repeats: 1, renamed: 0 },
    ],
    [
      'the same id with another title is another paper: kept under a renamed id',
      [
        ['cvpr2031:', 'Sparse Gated Routers'],
        ['cvpr2031:', 'Dense Gated Routers'],
        ['cvpr2031:', 'Lazy Gated Routers'],
      ],
      ['cvpr2031:', renamed('cvpr2031:', 'Dense Gated Routers'), renamed('cvpr2031:', 'Lazy Gated Routers')],
      { repeats: 0, renamed: 2 },
    ],
    [
      'a repeat of a renamed paper is left out too',
      [
        ['p1', 'Sparse Gated Routers'],
        ['p1', 'Dense Gated Routers'],
        ['p1', 'Dense Gated Routers'],
      ],
      ['p1', renamed('p1', 'Dense Gated Routers')],
      { repeats: 1, renamed: 1 },
    ],
  ])('%s', (_case, records, expectedIds, counts) => {
    const input = records.map(([id, title], index) => paper(id ?? '', title ?? '', index + 1));
    const settled = settleSharedIds(input);
    expect(settled.abstracts.map((abstract) => abstract.id)).toEqual(expectedIds);
    expect(settled.counts).toEqual(counts);
  });

  it('gives a renamed paper the same id wherever it stands, and the first record keeps the id as given', () => {
    const forward = settleSharedIds([
      paper('p1', 'Sparse Gated Routers', 1),
      paper('p1', 'Dense Gated Routers', 2),
      paper('p1', 'Lazy Gated Routers', 3),
    ]);
    const backward = settleSharedIds([
      paper('p1', 'Sparse Gated Routers', 1),
      paper('p1', 'Lazy Gated Routers', 2),
      paper('p1', 'Dense Gated Routers', 3),
    ]);
    const idOf = (abstracts: Abstract[], title: string) => abstracts.find((a) => a.title === title)?.id;
    expect(idOf(forward.abstracts, 'Sparse Gated Routers')).toBe('p1');
    expect(idOf(forward.abstracts, 'Lazy Gated Routers')).toBe(
      idOf(backward.abstracts, 'Lazy Gated Routers'),
    );
    expect(idOf(forward.abstracts, 'Dense Gated Routers')).toBe(
      idOf(backward.abstracts, 'Dense Gated Routers'),
    );
  });

  it('never renames onto an id another record holds', () => {
    const clash = renamed('p1', 'Dense Gated Routers');
    const settled = settleSharedIds([
      paper('p1', 'Sparse Gated Routers', 1),
      paper('p1', 'Dense Gated Routers', 2),
      paper(clash, 'Unrelated Paper', 3),
    ]);
    const ids = settled.abstracts.map((abstract) => abstract.id);
    expect(new Set(ids).size).toBe(3);
    expect(ids).toEqual(['p1', `p1~${stableHash(normalisedTitle('Dense Gated Routers'))}`, clash]);
  });

  it('warns once per shared id, at its first record, with what became of the others', () => {
    const { issues } = settleSharedIds([
      paper('p1', 'Sparse Gated Routers', 1),
      paper('p2', 'Dense Gated Routers', 2),
      paper('p1', 'Lazy Gated Routers', 3),
      paper('p1', 'Eager Gated Routers', 4),
      paper('p1', 'Sparse gated routers', 5),
    ]);
    expect(issues).toEqual([
      {
        source: 'papers.jsonl:1',
        kind: 'shared-id',
        message: expect.stringMatching(
          /^paper id "p1" is used by 4 records: the first keeps it; 2 with another title kept as "p1~<title hash>" .*; 1 with the same title left out as repeats$/,
        ),
      },
    ]);
  });
});

describe('readCorpus with shared ids', () => {
  it('keeps every paper of a file whose records share one id, and reads a repeated paper once', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-shared-ids-'));
    const file = join(dir, 'venue.jsonl');
    const record = (id: string, title: string) =>
      JSON.stringify({ id, title, abstract: `We study ${title}.` });
    writeFileSync(
      file,
      [
        record('venue2031:', 'Sparse Gated Routers'),
        record('venue2031:', 'Dense Gated Routers'),
        record('venue2031:', 'Sparse Gated Routers'),
        record('venue2031:7', 'Lazy Gated Routers'),
      ].join('\n'),
    );
    const { abstracts, issues, sharedIds } = readCorpus(file);
    expect(abstracts.map((abstract) => abstract.title)).toEqual([
      'Sparse Gated Routers',
      'Dense Gated Routers',
      'Lazy Gated Routers',
    ]);
    expect(new Set(abstracts.map((abstract) => abstract.id)).size).toBe(3);
    expect(sharedIds).toEqual({ repeats: 1, renamed: 1 });
    expect(issues).toEqual([expect.objectContaining({ source: 'venue.jsonl:1', kind: 'shared-id' })]);
  });
});

describe('reading several files', () => {
  it('settles ids across files: other titles kept, a repeat in another file read once, even of a renamed paper', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-shared-ids-'));
    const record = (id: string, title: string) =>
      JSON.stringify({ id, title, abstract: `We study ${title}.` });
    const first = join(dir, 'first.jsonl');
    const second = join(dir, 'second.jsonl');
    writeFileSync(
      first,
      [
        record('42', 'Sparse Gated Routers'),
        record('42', 'Dense Gated Routers'),
        record('43', 'Lazy Gated Routers'),
      ].join('\n'),
    );
    writeFileSync(
      second,
      [
        record('42', 'Dense Gated Routers'),
        record('43', 'Lazy gated routers'),
        record('42', 'Eager Gated Routers'),
      ].join('\n'),
    );
    const { report, csv } = await emitCsvFiles([first, second], join(dir, 'csv'), {
      extract: givenExtractions([]),
    });
    expect(report.papers).toBe(4);
    expect(report.written).toBe(4);
    expect(report.sharedIds).toEqual({ repeats: 2, renamed: 2 });
    expect(summariseCsv(report, csv).split('\n')[0]).toBe(
      'Read 4 papers from 2 files (2 papers with an id already taken kept under a new id; 2 repeated records read once).',
    );
    expect(report.warnings).toEqual([
      expect.stringMatching(/^first\.jsonl:1: paper id "42" is used by 4 records/),
      expect.stringMatching(/^first\.jsonl:3: paper id "43" is used by 2 records/),
    ]);
  });
});
