/**
 * The sample listing format: a paper-listing page saved as text. Two lines of page chrome, then a title
 * line and an abstract line per paper; the first title may be glued to a `Subscribe` button label.
 */
import type { Abstract } from '../../src/model/abstract';
import { skipped, type ReadIssue, type ReadResult } from './issues';
import { toAbstract } from './record';

const CHROME = /^Get trending papers in your email inbox/;

export function parseListing(text: string, file: string): ReadResult<Abstract> {
  // Non-blank lines after the page chrome, paired as title and abstract.
  const lines = text
    .split(/\r?\n/)
    .map((line, index) => ({ line: index + 1, text: line.trim() }))
    .filter((line) => line.text);
  let index = 0;
  while (index < lines.length && CHROME.test(lines[index]?.text ?? '')) index += 1;
  const abstracts: Abstract[] = [];
  const issues: ReadIssue[] = [];
  for (; index < lines.length; index += 2) {
    const title = lines[index];
    const abstract = lines[index + 1];
    if (!title) break;
    const source = `${file}:${title.line}`;
    if (!abstract) {
      issues.push(skipped(source, 'a title without an abstract line'));
      break;
    }
    const read = toAbstract(
      { title: title.text.replace(/^Subscribe(?=\S)/, ''), abstract: abstract.text },
      source,
    );
    issues.push(...read.issues);
    if (read.abstract) abstracts.push(read.abstract);
  }
  return { abstracts, issues };
}

/** True when the text looks like a listing: its first line is the page chrome. */
export function looksLikeListing(text: string): boolean {
  return CHROME.test(text.slice(0, 200));
}
