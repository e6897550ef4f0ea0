/** The errors `Database` raises (re-exported by database.ts), apart so the retry policy can know them. */

/** Raised when the server cannot be reached (down, restarting, wrong address). */
export class DatabaseUnavailableError extends Error {
  override readonly name = 'DatabaseUnavailableError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** Raised for an error the database reported about a query (syntax, constraint, timeout...). */
export class QueryError extends Error {
  override readonly name = 'QueryError';
  constructor(
    message: string,
    readonly code: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
