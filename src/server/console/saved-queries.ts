/**
 * Saved queries: every `cypher/queries/*.cypher` file, described by its header comment.
 *
 * ```
 * // What the query does (one or more lines).
 * // Internal: GET /api/stats                      ← optional: the server's own query, kept off the console's list
 * // Params: none                                  ← or "Params:" then one line per parameter:
 * //   $key: concept key (example: "method:daformer")   ← example is JSON, optional
 * // Returns: column, column, ...
 * MATCH ...
 * ```
 * The parser checks that the declared parameters are exactly the ones the query uses. Queries the server's
 * routes read are marked `Internal:` (with what reads them): they are shaped for the routes (compact rows,
 * tuned ranking), not for reading, so `GET /api/queries` leaves them out; the rest are examples for researchers.
 */
import { cypher, cypherNames } from '../../../neo4j/cypher-files';
import type { SavedQuery } from '../../model/api';
import { parameterNames } from './lexer';

/** A header that does not follow the format; the message names the file and line. */
class QueryHeaderError extends Error {
  override readonly name = 'QueryHeaderError';
}

/** A parsed query file; `internal` names what reads it when the server's routes do. */
export interface SavedQueryFile extends SavedQuery {
  internal?: string;
}

const PARAM_LINE = /^\$([A-Za-z_][A-Za-z0-9_]*)\s*:\s*(.*)$/;
const EXAMPLE = /\s*\(example:\s*(.*)\)\s*$/;

/** Raises QueryHeaderError naming the file and (0-based) line. */
type Fail = (lineIndex: number, message: string) => never;

/**
 * @example
 * parseSavedQuery('graph-counts', text).columns; // ['papers', 'concepts', 'relationships']
 */
export function parseSavedQuery(
  name: string,
  text: string,
  file = `cypher/queries/${name}.cypher`,
): SavedQueryFile {
  const lines = text.split('\n');
  const fail: Fail = (lineIndex, message) => {
    throw new QueryHeaderError(`${file}:${lineIndex + 1}: ${message}`);
  };
  const header = readHeader(lines, fail);
  takeExamples(header, fail);
  const { description, params, columns, internal, end } = header;
  const query = lines.slice(end).join('\n').trim();
  if (description.length === 0) fail(0, 'the header must start with a description');
  if (!header.paramsDeclared) fail(end, 'the header has no "Params:" line');
  if (!columns || columns.length === 0) fail(end, 'the header has no "Returns:" line');
  if (!query) fail(end, 'no query after the header');
  checkParameters(query, params, fail, end);
  return {
    name,
    description: description.join(' '),
    params,
    columns: columns ?? [],
    query,
    ...(internal ? { internal } : {}),
  };
}

interface Header {
  description: string[];
  params: SavedQuery['params'];
  /** The line of each parameter, for messages. */
  paramLines: number[];
  columns?: string[];
  internal?: string;
  paramsDeclared: boolean;
  /** The first line after the header. */
  end: number;
}

/** The comment lines at the top: description, `Internal:`, `Params:` and `Returns:` sections. */
function readHeader(lines: readonly string[], fail: Fail): Header {
  const header: Header = { description: [], params: [], paramLines: [], paramsDeclared: false, end: 0 };
  const { description, params } = header;
  let section: 'description' | 'params' | 'returns' = 'description';
  const parseParam = (content: string, lineIndex: number): void => {
    const [, paramName = '', rest = ''] = PARAM_LINE.exec(content) ?? [];
    params.push({ name: paramName, description: rest.trim() });
    header.paramLines.push(lineIndex);
  };
  let index = 0;
  for (; index < lines.length; index += 1) {
    const match = /^\s*\/\/ ?(.*)$/.exec(lines[index] ?? '');
    if (!match) break;
    const content = (match[1] ?? '').trim();
    if (/^Internal:/.test(content) && section === 'description') {
      header.internal = content.slice('Internal:'.length).trim();
      if (!header.internal) fail(index, 'say after "Internal:" what reads the query (e.g. "GET /api/stats")');
    } else if (/^Params:/.test(content)) {
      section = 'params';
      header.paramsDeclared = true;
      const rest = content.slice('Params:'.length).trim();
      if (rest === 'none' || rest === '') continue;
      if (!PARAM_LINE.test(rest)) fail(index, `expected "Params: none" or "Params: $name: description"`);
      parseParam(rest, index);
    } else if (/^Returns:/.test(content)) {
      section = 'returns';
      header.columns = splitColumns(content.slice('Returns:'.length));
    } else if (section === 'description') {
      if (content) description.push(content);
    } else if (section === 'params') {
      if (PARAM_LINE.test(content)) parseParam(content, index);
      else if (params.length > 0 && content) {
        const last = params[params.length - 1];
        if (last) last.description = `${last.description} ${content}`;
      } else if (content) fail(index, `expected a parameter line "$name: description"`);
    } else if (content) {
      header.columns = [...(header.columns ?? []), ...splitColumns(content)];
    }
  }
  header.end = index;
  return header;
}

/** An example closes a parameter's description, which may run over several lines: it moves to `example`. */
function takeExamples({ params, paramLines }: Header, fail: Fail): void {
  params.forEach((param, paramIndex) => {
    const example = EXAMPLE.exec(param.description);
    if (!example) return;
    param.description = param.description.slice(0, example.index).trim();
    try {
      param.example = JSON.parse(example[1] ?? '');
    } catch {
      fail(paramLines[paramIndex] ?? 0, `the example of $${param.name} is not JSON: ${example[1]}`);
    }
  });
}

/** The declared parameters must be exactly the ones the query uses. */
function checkParameters(query: string, params: SavedQuery['params'], fail: Fail, line: number): void {
  const used = parameterNames(query);
  const declared = params.map((param) => param.name);
  const undeclared = used.filter((param) => !declared.includes(param));
  const unused = declared.filter((param) => !used.includes(param));
  if (undeclared.length > 0)
    fail(line, `parameters used but not declared: ${undeclared.map((p) => `$${p}`).join(', ')}`);
  if (unused.length > 0)
    fail(line, `parameters declared but not used: ${unused.map((p) => `$${p}`).join(', ')}`);
}

function splitColumns(text: string): string[] {
  return text
    .split(',')
    .map((column) => column.trim())
    .filter((column) => column.length > 0);
}

/** Every saved query, sorted by name; files whose header is malformed are skipped and named in `problems`. */
export function loadSavedQueries(): { queries: SavedQueryFile[]; problems: string[] } {
  const queries: SavedQueryFile[] = [];
  const problems: string[] = [];
  for (const path of cypherNames('queries')) {
    const name = path.slice('queries/'.length);
    try {
      queries.push(parseSavedQuery(name, cypher(path), `cypher/${path}.cypher`));
    } catch (error) {
      if (!(error instanceof QueryHeaderError)) throw error;
      problems.push(error.message);
    }
  }
  return { queries, problems };
}

/** The queries the console lists: the researcher examples, without the server's internal ones. */
export function consoleQueries(queries: SavedQueryFile[]): SavedQuery[] {
  return queries.filter((query) => !query.internal);
}
