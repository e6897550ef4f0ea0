import { describe, expect, it } from 'vitest';
import { AnswerCache, etagOf, matchesEtag } from '../../../src/server/cache/answer-cache';
import { GraphVersion } from '../../../src/server/cache/graph-version';

describe('graph version', () => {
  function counted(values: string[]) {
    let reads = 0;
    const read = async () => {
      const value = values[Math.min(reads, values.length - 1)] ?? '';
      reads += 1;
      return value;
    };
    return { read, reads: () => reads };
  }

  it('is read at most once per interval', async () => {
    let now = 0;
    const source = counted(['v1', 'v2']);
    const version = new GraphVersion(source.read, 2_000, () => now);
    expect(await version.current()).toBe('v1');
    now = 1_999;
    expect(await version.current()).toBe('v1');
    expect(source.reads()).toBe(1);
    now = 2_000;
    expect(await version.current()).toBe('v2');
    expect(source.reads()).toBe(2);
  });

  it('shares one read among callers that ask while it is under way', async () => {
    const source = counted(['v1']);
    const version = new GraphVersion(source.read, 2_000, () => 0);
    expect(await Promise.all([version.current(), version.current(), version.current()])).toEqual([
      'v1',
      'v1',
      'v1',
    ]);
    expect(source.reads()).toBe(1);
  });

  it('reads again after forget, and does not remember a failed read', async () => {
    let fail = false;
    let reads = 0;
    const version = new GraphVersion(
      async () => {
        reads += 1;
        if (fail) throw new Error('down');
        return `v${reads}`;
      },
      60_000,
      () => 0,
    );
    expect(await version.current()).toBe('v1');
    version.forget();
    fail = true;
    await expect(version.current()).rejects.toThrow('down');
    fail = false;
    expect(await version.current()).toBe('v3');
  });
});

describe('answer cache', () => {
  it('gives an answer back only under the version it was computed under', () => {
    const cache = new AnswerCache({ maxBytes: 1_000, maxAnswerBytes: 500 });
    const kept = cache.set('a', 'v1', '{"x":1}');
    expect(kept.etag).toBe(etagOf('{"x":1}'));
    expect(cache.get('a', 'v1')).toEqual({ version: 'v1', body: '{"x":1}', etag: kept.etag });
    expect(cache.get('a', 'v2')).toBeUndefined();
    // An answer of an older version is dropped when it is found stale.
    expect(cache.get('a', 'v1')).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('stays within its size, dropping the least recently used answers, and skips oversized ones', () => {
    const cache = new AnswerCache({ maxBytes: 300, maxAnswerBytes: 150 });
    const body = (char: string) => char.repeat(80);
    cache.set('a', 'v', body('a'));
    cache.set('b', 'v', body('b'));
    expect(cache.get('a', 'v')?.body).toBe(body('a'));
    cache.set('c', 'v', body('c'));
    expect(cache.bytes).toBeLessThanOrEqual(300);
    expect(cache.get('b', 'v')).toBeUndefined();
    expect(cache.get('a', 'v')).toBeDefined();
    expect(cache.get('c', 'v')).toBeDefined();
    cache.set('huge', 'v', 'x'.repeat(200));
    expect(cache.get('huge', 'v')).toBeUndefined();
    expect(cache.get('a', 'v')).toBeDefined();
  });

  it.each([
    [undefined, false],
    ['"abc"', true],
    ['W/"abc"', true],
    ['"zzz", "abc"', true],
    ['*', true],
    ['"abcd"', false],
  ])('If-None-Match %j matches "abc": %s', (header, expected) => {
    expect(matchesEtag(header, '"abc"')).toBe(expected);
  });
});
