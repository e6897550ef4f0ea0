/**
 * Serialised answers of read-only routes, least recently used dropped first, bounded in bytes. Each answer is
 * kept with the graph version it was computed under and is only given back under that version; its ETag is
 * a hash of the body, so a browser revalidating an unchanged answer gets 304 even across versions.
 */
import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';

export interface CachedAnswer {
  version: string;
  body: string;
  etag: string;
}

export interface AnswerCacheSize {
  /** Bytes of answer bodies kept at most (counted as UTF-16 code units, i.e. bytes for ASCII JSON). */
  maxBytes: number;
  /** Larger answers are not kept (so one huge answer cannot push out everything else). */
  maxAnswerBytes: number;
}

export class AnswerCache {
  private readonly answers: LRUCache<string, CachedAnswer>;

  constructor({ maxBytes, maxAnswerBytes }: AnswerCacheSize) {
    this.answers = new LRUCache<string, CachedAnswer>({
      maxSize: maxBytes,
      maxEntrySize: maxAnswerBytes,
      sizeCalculation: (answer) => Math.max(1, answer.body.length + answer.etag.length),
    });
  }

  /** The answer kept for `key` if it was computed under `version`; answers of other versions are dropped. */
  get(key: string, version: string): CachedAnswer | undefined {
    const answer = this.answers.get(key);
    if (!answer) return undefined;
    if (answer.version === version) return answer;
    this.answers.delete(key);
    return undefined;
  }

  set(key: string, version: string, body: string): CachedAnswer {
    const answer = { version, body, etag: etagOf(body) };
    this.answers.set(key, answer);
    return answer;
  }

  get size(): number {
    return this.answers.size;
  }

  get bytes(): number {
    return this.answers.calculatedSize;
  }
}

/** A strong ETag: the quoted SHA-1 of the body. */
export function etagOf(body: string): string {
  return `"${createHash('sha1').update(body).digest('base64url')}"`;
}

/** True when an If-None-Match header names `etag` (or `*`); weak validators compare by their value. */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === etag || tag === '*');
}
