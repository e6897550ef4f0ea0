/**
 * A console answer as CSV (RFC 4180): a header row of the columns, then one row per record, each cell the
 * text the table shows (`describe`); a field holding a comma, a quote or a line break is quoted, quotes
 * doubled; lines end with CRLF.
 */
import type { CypherResponse } from '../../../model/api';
import { describe } from './describe-value';

/**
 * @example
 * csvField('a "b", c'); // '"a ""b"", c"'
 */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function resultCsv(response: Pick<CypherResponse, 'columns' | 'rows'>): string {
  const lines = [response.columns.map(csvField).join(',')];
  for (const row of response.rows) {
    lines.push(response.columns.map((column) => csvField(describe(row[column]))).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
