/**
 * The console's parameters box: JSON text → a parameter map, or an error naming line and column.
 */
export type ParsedParams = { ok: true; params: Record<string, unknown> } | { ok: false; message: string };

/** Line and column (1-based) of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, offset));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

const END_OF_INPUT = /end of (JSON )?(input|data)|EOF/i;

/**
 * Where JSON text stops being valid: the shortest prefix that fails for a reason other than "ended too
 * early". Engines word their messages differently and not all give a position, so it is found here.
 */
export function jsonErrorOffset(text: string): number {
  const failsEarly = (length: number) => {
    try {
      JSON.parse(text.slice(0, length));
      return false;
    } catch (error) {
      const message = String(error);
      const position = /position (\d+)/.exec(message)?.[1];
      return position === undefined ? !END_OF_INPUT.test(message) : Number(position) < length;
    }
  };
  let low = 1;
  let high = text.length;
  if (!failsEarly(high)) return text.length;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (failsEarly(middle)) high = middle;
    else low = middle + 1;
  }
  return low - 1;
}

/**
 * @example
 * parseParams('{"limit": 5}'); // { ok: true, params: { limit: 5 } }
 * parseParams('{limit: 5}');   // { ok: false, message: 'Parameters: not valid JSON at line 1, column 2' }
 */
export function parseParams(text: string): ParsedParams {
  if (!text.trim()) return { ok: true, params: {} };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    const { line, column } = lineAndColumn(text, jsonErrorOffset(text));
    return { ok: false, message: `Parameters: not valid JSON at line ${line}, column ${column}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, message: 'Parameters: expected a JSON object such as {"name": "DAFormer"}' };
  }
  return { ok: true, params: value as Record<string, unknown> };
}

/** The example parameters of a saved query, as the JSON text the box shows. */
export function exampleParams(params: Array<{ name: string; example?: unknown }>): string {
  if (params.length === 0) return '';
  const entries = Object.fromEntries(params.map((param) => [param.name, param.example ?? null]));
  return JSON.stringify(entries, null, 2);
}

/**
 * The parameters the box names: its values when it parses, else every `"name":` it holds (with no value),
 * so the editor's linter does not flag `$name` while the JSON is being typed.
 *
 * @example
 * knownParameters('{"key": "method:bert"}'); // { key: 'method:bert' }
 * knownParameters('{"key": "method:bert", "limit": '); // { key: null, limit: null }
 */
export function knownParameters(text: string): Record<string, unknown> {
  const parsed = parseParams(text);
  if (parsed.ok) return parsed.params;
  const names = [...text.matchAll(/"([A-Za-z_][A-Za-z0-9_]*)"\s*:/g)].map((match) => match[1] ?? '');
  return Object.fromEntries(names.filter(Boolean).map((name) => [name, null]));
}
