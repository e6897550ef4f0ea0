/** What a reader reports besides the abstracts it read: one entry per record it skipped or changed. */
export interface ReadIssue {
  /** Where: `file:line`. */
  source: string;
  message: string;
  /**
   * `skipped`: the record was left out; `truncated`: it was kept, cut to the length limit; `no-abstract`: a
   * reference library's entries without an abstract were left out (one issue per file, not malformed);
   * `shared-id`: records after the first with this id were renamed or left out as repeats (one issue per id).
   */
  kind: 'skipped' | 'truncated' | 'no-abstract' | 'shared-id';
}

export interface ReadResult<T> {
  abstracts: T[];
  issues: ReadIssue[];
}

export const skipped = (source: string, message: string): ReadIssue => ({ source, message, kind: 'skipped' });
