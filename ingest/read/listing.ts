/**
 * The sample listing format: a paper-listing page saved as text. Two lines of page chrome, then a title
 * line and an abstract line per paper; the first title may be glued to a `Subscribe` button label.
 */
import { paperIdFromTitle } from '../../src/model/keys';
import type { Abstract } from '../../src/model/abstract';

const CHROME = /^Get trending papers in your email inbox/;

export interface ReadIssue {
  source: string;
  message: string;
}

export function parseListing(text: string, file: string): { abstracts: Abstract[]; issues: ReadIssue[] } {
  const lines = text.split(/\r?\n/);
  const abstracts: Abstract[] = [];
  const issues: ReadIssue[] = [];
  let index = 0;
  while (index < lines.length && (CHROME.test(lines[index] ?? '') || !lines[index]?.trim())) index += 1;
  while (index < lines.length) {
    const titleLine = index + 1;
    const title = (lines[index] ?? '').replace(/^Subscribe(?=\S)/, '').trim();
    const abstract = (lines[index + 1] ?? '').trim();
    index += 2;
    if (!title && !abstract) continue;
    if (!title || !abstract) {
      issues.push({ source: `${file}:${titleLine}`, message: 'a title without an abstract line' });
      continue;
    }
    abstracts.push({ id: paperIdFromTitle(title), title, abstract, source: `${file}:${titleLine}` });
  }
  return { abstracts, issues };
}

/** True when the text looks like a listing: its first line is the page chrome. */
export function looksLikeListing(text: string): boolean {
  return CHROME.test(text.slice(0, 200));
}
