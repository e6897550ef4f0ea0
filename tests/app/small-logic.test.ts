import { describe, expect, it } from 'vitest';
import { exampleParams, knownParameters, lineAndColumn, parseParams } from '../../src/app/core/cypher/params';
import { csvField, resultCsv } from '../../src/app/core/cypher/csv';
import { exportFileName } from '../../src/app/core/export/download';
import { moveActive, type ListboxKey, type ListboxState } from '../../src/app/core/search/listbox';

describe('search suggestions keyboard', () => {
  it.each<[ListboxState, ListboxKey, number, ListboxState]>([
    [{ open: false, active: -1 }, 'ArrowDown', 3, { open: true, active: 0 }],
    [{ open: true, active: 0 }, 'ArrowDown', 3, { open: true, active: 1 }],
    [{ open: true, active: 2 }, 'ArrowDown', 3, { open: true, active: 0 }],
    [{ open: true, active: 0 }, 'ArrowUp', 3, { open: true, active: 2 }],
    [{ open: true, active: 2 }, 'ArrowUp', 3, { open: true, active: 1 }],
    [{ open: true, active: 1 }, 'Home', 3, { open: true, active: 0 }],
    [{ open: true, active: 0 }, 'End', 3, { open: true, active: 2 }],
    [{ open: true, active: 1 }, 'Escape', 3, { open: false, active: -1 }],
    [{ open: true, active: 1 }, 'ArrowDown', 0, { open: true, active: -1 }],
  ])('%j + %s (%i options) → %j', (state, key, count, expected) => {
    expect(moveActive(state, key, count)).toEqual(expected);
  });
});

describe('console parameters', () => {
  it('accepts an empty box and a JSON object', () => {
    expect(parseParams('  ')).toEqual({ ok: true, params: {} });
    expect(parseParams('{"name": "DAFormer", "limit": 5}')).toEqual({
      ok: true,
      params: { name: 'DAFormer', limit: 5 },
    });
  });

  it('names line and column of a JSON mistake', () => {
    expect(parseParams('{\n  "name": DAFormer\n}')).toEqual({
      ok: false,
      message: 'Parameters: not valid JSON at line 2, column 11',
    });
    expect(parseParams('{"a": 1')).toEqual({
      ok: false,
      message: 'Parameters: not valid JSON at line 1, column 8',
    });
    expect(parseParams('{limit: 5}')).toEqual({
      ok: false,
      message: 'Parameters: not valid JSON at line 1, column 2',
    });
  });

  it('refuses a value that is not an object', () => {
    expect(parseParams('[1, 2]')).toEqual({
      ok: false,
      message: expect.stringContaining('expected a JSON object'),
    });
  });

  it('turns a saved query’s parameter examples into the box text', () => {
    expect(JSON.parse(exampleParams([{ name: 'name', example: 'DAFormer' }, { name: 'limit' }]))).toEqual({
      name: 'DAFormer',
      limit: null,
    });
    expect(exampleParams([])).toBe('');
  });

  it.each([
    ['abc', 0, { line: 1, column: 1 }],
    ['ab\ncd', 4, { line: 2, column: 2 }],
  ])('offset in %j at %i is %j', (text, offset, expected) => {
    expect(lineAndColumn(text, offset)).toEqual(expected);
  });
});

describe('export file names', () => {
  it.each([
    ['Domain adaptation · Cityscapes', 'gexf', 'concept-atlas-domain-adaptation-cityscapes.gexf'],
    [undefined, 'png', 'concept-atlas-view.png'],
    ['···', 'json', 'concept-atlas-view.json'],
  ])('%s (.%s) → %s', (label, extension, expected) => {
    expect(exportFileName(label, extension)).toBe(expected);
  });
});

describe('CSV export of a console answer', () => {
  it('quotes what needs quoting, doubles quotes, and writes graph values as the table shows them', () => {
    const csv = resultCsv({
      columns: ['name', 'papers', 'node'],
      rows: [
        { name: 'a "quoted", name', papers: 3, node: null },
        {
          name: 'two\nlines',
          papers: 0.5,
          node: { kind: 'node', id: '4:x:1', labels: ['Method'], properties: { name: 'BERT' } },
        },
      ],
    });
    expect(csv).toBe('name,papers,node\r\n"a ""quoted"", name",3,\r\n"two\nlines",0.5,(:Method BERT)\r\n');
    expect(csvField('plain')).toBe('plain');
  });
});

describe('parameters the Cypher linter knows', () => {
  it('reads the values when the JSON parses, else the names typed so far', () => {
    expect(knownParameters('{"key": "method:bert", "limit": 5}')).toEqual({ key: 'method:bert', limit: 5 });
    expect(knownParameters('{"key": "method:bert", "limit": ')).toEqual({ key: null, limit: null });
    expect(knownParameters('')).toEqual({});
  });
});
