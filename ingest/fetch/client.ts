/**
 * The HTTP client the fetchers share: GET with retries and exponential backoff on 429 and 5xx (a
 * `Retry-After` header, in seconds or as a date, is honoured), an optional pause between calls to one
 * service (arXiv asks for 3 s), and a disk cache of every page keyed by its URL, so an interrupted fetch
 * resumes where it stopped without asking the service again. Failures are `FetchError`s that say what to do:
 * offline (the host cannot be resolved or refuses the connection), refused (a 4xx other than 429: the
 * service's own message is quoted), or still failing after the last retry.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleepFor } from 'node:timers/promises';

export class FetchError extends Error {
  override readonly name = 'FetchError';
  constructor(
    message: string,
    readonly kind: 'offline' | 'refused' | 'failed' | 'malformed',
    readonly status?: number,
  ) {
    super(message);
  }
}

export interface ClientOptions {
  /** Where pages are kept, one file per URL (default `.cache/fetch`); `null` turns the cache off. */
  cacheDir?: string | null;
  /** Retries after the first attempt on 429, 5xx and dropped connections (default 5). */
  retries?: number;
  /** The first backoff; each retry doubles it (default 1 s). */
  backoffMs?: number;
  /** No wait is longer than this, `Retry-After` included (default 5 minutes). */
  maxWaitMs?: number;
  /** The least time between two requests this client sends (default 0). */
  delayMs?: number;
  /** Headers sent with every request (an API key); they are not part of the cache key. */
  headers?: Record<string, string>;
  /** Called before each wait for a retry, e.g. to print it. */
  onRetry?: (retry: { url: string; attempt: number; waitMs: number; reason: string }) => void;
  /** For tests: the clock's sleep. */
  sleep?: (ms: number) => Promise<void>;
}

/** Codes of a network that is not there, as opposed to one that dropped a connection. */
const OFFLINE_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH']);

/** The `code` of a fetch failure: undici wraps the socket's error as `cause` (sometimes twice). */
function errorCode(error: unknown): string | undefined {
  for (let current = error, depth = 0; current && depth < 4; depth += 1) {
    const { code, cause, errors } = current as { code?: unknown; cause?: unknown; errors?: unknown };
    if (typeof code === 'string') return code;
    current = cause ?? (Array.isArray(errors) ? (errors[0] as unknown) : undefined);
  }
  return undefined;
}

/** `Retry-After` as milliseconds: a number of seconds or an HTTP date. */
export function retryAfterMs(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+(?:\.\d+)?$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

const snippet = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, 300);

export class FetchClient {
  private readonly cacheDir: string | null;
  private readonly retries: number;
  private readonly backoffMs: number;
  private readonly maxWaitMs: number;
  private readonly delayMs: number;
  private readonly sleep: (ms: number) => Promise<void>;
  private lastRequestAt = -Infinity;
  /** Requests sent to the network (cache hits are not counted). */
  requests = 0;
  /** Pages answered from the cache. */
  cacheHits = 0;

  constructor(private readonly options: ClientOptions = {}) {
    this.cacheDir = options.cacheDir === undefined ? join('.cache', 'fetch') : options.cacheDir;
    this.retries = options.retries ?? 5;
    this.backoffMs = options.backoffMs ?? 1000;
    this.maxWaitMs = options.maxWaitMs ?? 300_000;
    this.delayMs = options.delayMs ?? 0;
    this.sleep = options.sleep ?? ((ms) => sleepFor(ms).then(() => undefined));
  }

  /** The page at `url` as text: from the cache when it was fetched before, else from the network. */
  async get(url: string): Promise<string> {
    const cached = this.cached(url);
    if (cached !== undefined) {
      this.cacheHits += 1;
      return cached;
    }
    const body = await this.download(url);
    this.store(url, body);
    return body;
  }

  /** Drops a cached page, e.g. one that turned out malformed, so the next run asks for it again. */
  forget(url: string): void {
    if (this.cacheDir) rmSync(this.cachePath(url), { force: true });
  }

  private cachePath(url: string): string {
    return join(this.cacheDir ?? '', `${createHash('sha256').update(url).digest('hex')}.page`);
  }

  private cached(url: string): string | undefined {
    if (!this.cacheDir) return undefined;
    try {
      return readFileSync(this.cachePath(url), 'utf8');
    } catch {
      return undefined;
    }
  }

  /** Written whole or not at all (a temporary file renamed), so an interrupted run leaves no half page. */
  private store(url: string, body: string): void {
    if (!this.cacheDir) return;
    mkdirSync(this.cacheDir, { recursive: true });
    const path = this.cachePath(url);
    const temporary = `${path}.${process.pid}.tmp`;
    writeFileSync(temporary, body);
    renameSync(temporary, path);
  }

  private async pace(): Promise<void> {
    const wait = this.lastRequestAt + this.delayMs - performance.now();
    if (wait > 0) await this.sleep(wait);
    this.lastRequestAt = performance.now();
  }

  private async download(url: string): Promise<string> {
    const host = new URL(url).host;
    for (let attempt = 0; ; attempt += 1) {
      await this.pace();
      this.requests += 1;
      let response: Response;
      try {
        response = await fetch(url, {
          headers: { accept: '*/*', ...this.options.headers },
          signal: AbortSignal.timeout(120_000),
        });
      } catch (error) {
        const code = errorCode(error);
        if (code && OFFLINE_CODES.has(code)) {
          throw new FetchError(
            `cannot reach ${host} (${code}): this machine looks offline or the address is wrong; pages fetched so far are cached and a rerun resumes`,
            'offline',
          );
        }
        const reason = code ?? (error as Error).message;
        if (attempt >= this.retries) {
          throw new FetchError(`${host} failed after ${attempt + 1} attempts: ${reason}`, 'failed');
        }
        await this.wait(url, attempt, undefined, reason);
        continue;
      }
      const body = await response.text();
      if (response.ok) return body;
      const status = response.status;
      if (status === 429 || status >= 500) {
        if (attempt >= this.retries) {
          throw new FetchError(
            `${host} answered ${status} ${response.statusText} ${attempt + 1} times; try again later (${snippet(body)})`,
            'failed',
            status,
          );
        }
        await this.wait(url, attempt, retryAfterMs(response.headers.get('retry-after')), `HTTP ${status}`);
        continue;
      }
      throw new FetchError(
        `${host} refused the request: ${status} ${response.statusText}${body ? `: ${snippet(body)}` : ''}`,
        'refused',
        status,
      );
    }
  }

  private async wait(url: string, attempt: number, retryAfter: number | undefined, reason: string) {
    const waitMs = Math.min(this.maxWaitMs, retryAfter ?? this.backoffMs * 2 ** attempt);
    this.options.onRetry?.({ url, attempt: attempt + 1, waitMs, reason });
    await this.sleep(waitMs);
  }
}
