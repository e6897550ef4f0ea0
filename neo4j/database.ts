/**
 * The one boundary that owns the Neo4j driver. Everything else (ingest, server, tests, benchmarks) talks to
 * Neo4j through `Database`; nothing else imports `neo4j-driver`. Values leave this module as plain
 * JavaScript: Integers become numbers (or strings when they do not fit), graph elements become
 * `GraphValue` objects (src/model/api.ts), temporal values become ISO strings.
 */
import neo4j, {
  type Driver,
  type ManagedTransaction,
  type QueryResult,
  type RecordShape,
  type Session,
} from 'neo4j-driver';
import type { NodeValue, PathValue, RelationshipValue } from '../src/model/api';
import { DatabaseUnavailableError, QueryError } from './errors';
import { retrying, type RetryPolicy } from './retry';

export { DatabaseUnavailableError, QueryError } from './errors';

export interface ConnectionSettings {
  uri: string;
  user: string;
  password: string;
  /** Database name; undefined means the server's default database. */
  database?: string;
  /** Where the settings came from, for messages. */
  origin: 'environment' | 'embedded';
}

/** Settings from NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD / NEO4J_DATABASE, or undefined when NEO4J_URI is unset. */
export function settingsFromEnvironment(
  env: NodeJS.ProcessEnv = process.env,
): ConnectionSettings | undefined {
  const uri = env.NEO4J_URI?.trim();
  if (!uri) return undefined;
  const database = env.NEO4J_DATABASE?.trim();
  return {
    uri,
    user: env.NEO4J_USER ?? env.NEO4J_USERNAME ?? 'neo4j',
    password: env.NEO4J_PASSWORD ?? '',
    ...(database ? { database } : {}),
    origin: 'environment',
  };
}

export type Row = Record<string, unknown>;

export interface RunOptions {
  /** Transaction timeout in milliseconds, enforced by the server. */
  timeoutMs?: number;
  /** Stop reading after this many rows; `truncated` tells whether more were available. */
  maxRows?: number;
}

export interface ReadResult {
  columns: string[];
  rows: Row[];
  truncated: boolean;
}

export interface Summary {
  /** 'r' read, 'rw' read/write, 'w' write, 's' schema write. */
  queryType: string;
  counters: Record<string, number>;
  /** The plan's operators (EXPLAIN only): what Neo4j itself will run, for gates that inspect it. */
  plan?: PlanOperator;
}

/** One operator of an execution plan, e.g. `{operator: 'ProcedureCall', details: 'db.labels() :: ...'}`. */
export interface PlanOperator {
  /** Operator type without the database suffix (`ProcedureCall@neo4j` → `ProcedureCall`). */
  operator: string;
  /** Neo4j's own rendering of what the operator does (the `Details` argument), or ''. */
  details: string;
  children: PlanOperator[];
}

const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
]);

function isUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: string }).code ?? '';
  return UNAVAILABLE_CODES.has(code) || /ECONNREFUSED|ECONNRESET|socket hang up/.test(error.message);
}

function translateError(error: unknown): Error {
  if (isUnavailable(error)) {
    return new DatabaseUnavailableError(`Neo4j is unavailable: ${(error as Error).message}`, {
      cause: error,
    });
  }
  if (neo4j.isRetryableError(error as Error) && error instanceof Error) {
    return new QueryError(error.message, (error as { code?: string }).code ?? 'Transient', { cause: error });
  }
  const code = (error as { code?: unknown } | undefined)?.code;
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    // A configuration mistake (NEO4J_DATABASE), not an outage: no point in retrying.
    return new QueryError(
      `${(error as Error).message} — check NEO4J_DATABASE (unset means the server's default database).`,
      code,
      { cause: error },
    );
  }
  if (error instanceof Error && typeof code === 'string') {
    return new QueryError(error.message, code, { cause: error });
  }
  return error instanceof Error ? error : new Error(String(error));
}

/** Converts a value returned by the driver into plain JavaScript (see the module comment). */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) {
    return neo4j.integer.inSafeRange(value) ? neo4j.integer.toNumber(value) : neo4j.integer.toString(value);
  }
  if (typeof value === 'bigint') {
    return value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER)
      ? Number(value)
      : value.toString();
  }
  if (neo4j.isNode(value)) {
    return {
      kind: 'node',
      id: value.elementId,
      labels: [...value.labels],
      properties: plainProperties(value.properties),
    } satisfies NodeValue;
  }
  if (neo4j.isRelationship(value)) {
    return {
      kind: 'relationship',
      id: value.elementId,
      type: value.type,
      start: value.startNodeElementId,
      end: value.endNodeElementId,
      properties: plainProperties(value.properties),
    } satisfies RelationshipValue;
  }
  if (neo4j.isPath(value)) {
    const nodes = [toPlain(value.start) as NodeValue];
    const relationships: RelationshipValue[] = [];
    for (const segment of value.segments) {
      relationships.push(toPlain(segment.relationship) as RelationshipValue);
      nodes.push(toPlain(segment.end) as NodeValue);
    }
    return { kind: 'path', nodes, relationships } satisfies PathValue;
  }
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isDuration(value)
  ) {
    return value.toString();
  }
  if (neo4j.isPoint(value)) {
    return {
      srid: toPlain(value.srid),
      x: value.x,
      y: value.y,
      ...(value.z === undefined ? {} : { z: value.z }),
    };
  }
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    return plainProperties(value as Record<string, unknown>);
  }
  return value;
}

function plainProperties(properties: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(properties)) out[key] = toPlain(item);
  return out;
}

function plainRow(keys: PropertyKey[], get: (key: PropertyKey) => unknown): Row {
  const row: Row = {};
  for (const key of keys) row[String(key)] = toPlain(get(key));
  return row;
}

interface DriverPlan {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: DriverPlan[];
}

function planOperator(plan: DriverPlan): PlanOperator {
  const details = plan.arguments.Details;
  return {
    operator: plan.operatorType.replace(/@.*$/, ''),
    details: typeof details === 'string' ? details : '',
    children: plan.children.map(planOperator),
  };
}

function summaryOf(result: QueryResult<RecordShape>): Summary {
  const updates = result.summary.counters.updates();
  const plan = result.summary.plan;
  return {
    queryType: result.summary.queryType ?? 'r',
    counters: { ...updates },
    ...(plan ? { plan: planOperator(plan) } : {}),
  };
}

/** Parameters go to the driver as they are, except whole numbers marked with `int()`. */
export function int(value: number): unknown {
  return neo4j.int(value);
}

/** A transaction handed to `Database.write` callbacks: `run` returns plain rows. */
export interface WriteTransaction {
  run(query: string, params?: Record<string, unknown>): Promise<{ rows: Row[]; summary: Summary }>;
}

/** How `Database.writeBatches` and `readBatches` cut their rows and what they say about each batch. */
export interface BatchOptions<T, R> {
  /** Rows per batch: per transaction for writes, per query for reads. */
  batchSize: number;
  /** Each batch is retried as this policy says (neo4j/retry.ts). */
  retry?: RetryPolicy;
  /** Names a batch for the error when the retries run out: a text, or one made of its rows' positions. */
  what: string | ((first: number, last: number, total: number) => string);
  /** Called once a batch has committed (read), before the next one starts: its rows, result and the rows done. */
  onBatch?: (committed: { batch: readonly T[]; result: R; done: number; total: number }) => void;
}

/**
 * A connection to one Neo4j database.
 *
 * @example
 * const db = await Database.connect(settings);
 * const { rows } = await db.read('MATCH (p:Paper) RETURN count(p) AS papers');
 * await db.close();
 */
export class Database {
  private constructor(
    private readonly driver: Driver,
    readonly settings: ConnectionSettings,
  ) {}

  /** Opens a driver. With `verify` (default) it fails fast with DatabaseUnavailableError when unreachable. */
  static async connect(settings: ConnectionSettings, options: { verify?: boolean } = {}): Promise<Database> {
    const driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
      disableLosslessIntegers: false,
      connectionTimeout: 5_000,
      connectionAcquisitionTimeout: 15_000,
      maxTransactionRetryTime: 5_000,
      userAgent: 'concept-atlas',
    });
    const db = new Database(driver, settings);
    if (options.verify !== false) {
      try {
        await driver.verifyConnectivity(settings.database ? { database: settings.database } : {});
      } catch (error) {
        await driver.close();
        throw translateError(error);
      }
    }
    return db;
  }

  /** True when the server answers right now. */
  async ping(): Promise<boolean> {
    try {
      await this.driver.verifyConnectivity(this.sessionDatabase());
      return true;
    } catch {
      return false;
    }
  }

  /** Server address, agent (e.g. "Neo4j/5.26.30") and protocol version. */
  async serverInfo(): Promise<{ address: string; agent: string; protocolVersion: number }> {
    try {
      const info = await this.driver.getServerInfo(this.sessionDatabase());
      return {
        address: info.address ?? '',
        agent: info.agent ?? '',
        protocolVersion: Number(info.protocolVersion ?? 0),
      };
    } catch (error) {
      throw translateError(error);
    }
  }

  /**
   * Runs a query in a READ transaction and returns plain rows. With `maxRows` it stops pulling after that many
   * rows and rolls the transaction back, so a huge result is never held in memory.
   */
  async read(
    query: string,
    params: Record<string, unknown> = {},
    options: RunOptions = {},
  ): Promise<ReadResult> {
    const session = this.session('READ');
    try {
      const tx = await session.beginTransaction(options.timeoutMs ? { timeout: options.timeoutMs } : {});
      try {
        const result = tx.run(query, params);
        const columns = (await result.keys()).map(String);
        const rows: Row[] = [];
        let truncated = false;
        for await (const record of result) {
          if (options.maxRows !== undefined && rows.length >= options.maxRows) {
            truncated = true;
            break;
          }
          rows.push(plainRow(record.keys, (key) => record.get(key as string)));
        }
        if (truncated) await tx.rollback();
        else await tx.commit();
        return { columns, rows, truncated };
      } finally {
        if (tx.isOpen()) await tx.rollback().catch(() => undefined);
      }
    } catch (error) {
      throw translateError(error);
    } finally {
      await session.close();
    }
  }

  /** Plans a query without running it (EXPLAIN) and returns its query type and plan. */
  async explain(query: string, params: Record<string, unknown> = {}): Promise<Summary> {
    const session = this.session('READ');
    try {
      const result = await session.run(`EXPLAIN ${query}`, params);
      return summaryOf(result);
    } catch (error) {
      throw translateError(error);
    } finally {
      await session.close();
    }
  }

  /** Runs `work` in one WRITE transaction: all of it commits or none of it does. Retried on transient errors. */
  async write<T>(work: (tx: WriteTransaction) => Promise<T>, options: RunOptions = {}): Promise<T> {
    const session = this.session('WRITE');
    try {
      return await session.executeWrite(
        (tx) => work(wrapTransaction(tx)),
        options.timeoutMs ? { timeout: options.timeoutMs } : {},
      );
    } catch (error) {
      throw translateError(error);
    } finally {
      await session.close();
    }
  }

  /** Runs one statement in an auto-commit transaction (schema changes, `CALL { } IN TRANSACTIONS`). */
  async run(
    query: string,
    params: Record<string, unknown> = {},
    options: RunOptions = {},
  ): Promise<{ rows: Row[]; summary: Summary }> {
    const session = this.session('WRITE');
    try {
      const result = await session.run(
        query,
        params,
        options.timeoutMs ? { timeout: options.timeoutMs } : {},
      );
      return {
        rows: result.records.map((record) => plainRow(record.keys, (key) => record.get(key as string))),
        summary: summaryOf(result),
      };
    } catch (error) {
      throw translateError(error);
    } finally {
      await session.close();
    }
  }

  /**
   * Writes `rows` in batches of `batchSize`, in order, one WRITE transaction per batch: `work` runs the batch's
   * statements inside it, and either all of them commit or none does (never a half-written batch). A batch
   * that meets an outage or a transient error is retried whole, as the policy says; `onBatch` hears of each
   * batch once it has committed. Returns the result of every batch, in order.
   *
   * @example
   * await db.writeBatches(rows, (tx, batch) => tx.run(cypher('write/papers'), { rows: batch }), {
   *   batchSize: 500,
   *   what: (first, last, total) => `writing papers ${first}-${last} of ${total}`,
   * });
   */
  writeBatches<T, R>(
    rows: readonly T[],
    work: (tx: WriteTransaction, batch: readonly T[]) => Promise<R>,
    options: BatchOptions<T, R>,
  ): Promise<R[]> {
    return inBatches(rows, (batch) => this.write((tx) => work(tx, batch)), options);
  }

  /** Runs a READ `query` once per batch of `values`, passed as the parameter `parameter`; every batch's rows. */
  async readBatches<T>(
    query: string,
    parameter: string,
    values: readonly T[],
    options: BatchOptions<T, ReadResult>,
  ): Promise<Row[]> {
    const results = await inBatches(values, (batch) => this.read(query, { [parameter]: batch }), options);
    return results.flatMap((result) => result.rows);
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  private sessionDatabase(): { database?: string } {
    return this.settings.database ? { database: this.settings.database } : {};
  }

  private session(mode: 'READ' | 'WRITE'): Session {
    return this.driver.session({
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      ...this.sessionDatabase(),
    });
  }
}

async function inBatches<T, R>(
  rows: readonly T[],
  run: (batch: readonly T[]) => Promise<R>,
  { batchSize, retry = {}, what, onBatch }: BatchOptions<T, R>,
): Promise<R[]> {
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw new RangeError(`batchSize must be a whole number from 1, got ${batchSize}`);
  }
  const results: R[] = [];
  for (let offset = 0; offset < rows.length; offset += batchSize) {
    const batch = rows.slice(offset, offset + batchSize);
    const name = typeof what === 'string' ? what : what(offset + 1, offset + batch.length, rows.length);
    const result = await retrying(() => run(batch), retry, name);
    results.push(result);
    onBatch?.({ batch, result, done: offset + batch.length, total: rows.length });
  }
  return results;
}

function wrapTransaction(tx: ManagedTransaction): WriteTransaction {
  return {
    async run(query, params = {}) {
      const result = await tx.run(query, params);
      return {
        rows: result.records.map((record) => plainRow(record.keys, (key) => record.get(key as string))),
        summary: summaryOf(result),
      };
    },
  };
}
