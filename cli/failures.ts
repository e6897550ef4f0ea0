/**
 * How the command-line tools end on a failure: a problem with the input (a file that is missing, unreadable,
 * a directory, binary, empty or in no known format) is one line naming the file and exit code 2; a problem
 * with the database says what happened and what was kept, exit code 1.
 */
import { DatabaseUnavailableError, QueryError } from '../neo4j/database';
import { EmbeddedNeo4jError } from '../neo4j/distribution';
import { CorpusFormatError } from '../ingest/read';
import { CsvValueError } from '../ingest/store/bulk-csv';
import { StoreUnavailableError } from '../neo4j/retry';

const FILE_ERRORS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'a directory, not a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
};

/** The message for a bad input, or undefined when the error is not about the input. */
export function inputProblem(error: unknown): string | undefined {
  if (error instanceof CorpusFormatError) return error.message;
  const { code, path } = (error ?? {}) as NodeJS.ErrnoException;
  const reason = code ? FILE_ERRORS[code] : undefined;
  return reason ? `cannot read ${path ?? 'a file'}: ${reason}` : undefined;
}

/** Prints why `command` failed and exits with 2 (input) or 1 (anything else). */
export function fail(command: string, error: unknown): never {
  const input = inputProblem(error);
  if (input) {
    console.error(`${command}: ${input}`);
    process.exit(2);
  }
  const known =
    error instanceof StoreUnavailableError ||
    error instanceof DatabaseUnavailableError ||
    error instanceof QueryError ||
    error instanceof EmbeddedNeo4jError ||
    error instanceof CsvValueError;
  if (known) console.error(`${command}: ${error.message}`);
  else console.error(error);
  process.exit(1);
}
