/**
 * Records that share an id. The same id with the same title (case, punctuation and spacing aside) is one
 * paper listed twice: the first record is read, the repeats are left out. The same id with another title is
 * another paper — some venue lists give a whole year one id ("cvpr2016:") — so it is kept, under
 * `<id>~<short hash of its normalised title>`: the same id whatever the record's position, and an id no other
 * record holds. The first record of an id always keeps it as given. One warning per shared id.
 */
import type { Abstract } from '../../src/model/abstract';
import { normalisedTitle, stableHash } from '../../src/model/keys';
import type { ReadIssue } from './issues';

/** Hex digits of the title hash in a renamed id: 8 (32 bits) keep ids short; a clash takes all 16. */
const SHORT_HASH = 8;

/** What happened to records whose id an earlier record already had. */
export interface SharedIdCounts {
  /** Repeats of a paper already read (same id, same title): left out. */
  repeats: number;
  /** Other papers under a taken id: kept, renamed `<id>~<hash>`. */
  renamed: number;
}

export interface SettledIds {
  abstracts: Abstract[];
  /** One `shared-id` issue per id that more than one record had. */
  issues: ReadIssue[];
  counts: SharedIdCounts;
}

/** What one shared id came to, for its warning. */
interface SharedId {
  first: Abstract;
  titles: Set<string>;
  repeats: number;
  renamed: string[];
}

/**
 * @example
 * settleSharedIds([{ id: 'a', title: 'X', ... }, { id: 'a', title: 'x!', ... }, { id: 'a', title: 'Y', ... }]);
 * // abstracts: ids 'a' and 'a~<hash of "y">'; counts: { repeats: 1, renamed: 1 }; one issue for 'a'
 */
export function settleSharedIds(abstracts: readonly Abstract[]): SettledIds {
  const taken = new Set(abstracts.map((paper) => paper.id));
  const byId = new Map<string, SharedId>();
  const kept: Abstract[] = [];
  for (const paper of abstracts) {
    const title = normalisedTitle(paper.title);
    const shared = byId.get(paper.id);
    if (!shared) {
      byId.set(paper.id, { first: paper, titles: new Set([title]), repeats: 0, renamed: [] });
      kept.push(paper);
    } else if (shared.titles.has(title)) {
      shared.repeats += 1;
    } else {
      shared.titles.add(title);
      const id = freeId(paper.id, title, taken);
      taken.add(id);
      shared.renamed.push(id);
      kept.push({ ...paper, id });
    }
  }
  const sharedIds = [...byId].filter(([, shared]) => shared.repeats > 0 || shared.renamed.length > 0);
  return {
    abstracts: kept,
    issues: sharedIds.map(([id, shared]) => sharedIdIssue(id, shared)),
    counts: {
      repeats: sharedIds.reduce((sum, [, shared]) => sum + shared.repeats, 0),
      renamed: sharedIds.reduce((sum, [, shared]) => sum + shared.renamed.length, 0),
    },
  };
}

/** `<id>~<8 hex>`, or all 16 hex digits when that is taken, or a counter after them if even that is. */
function freeId(id: string, title: string, taken: ReadonlySet<string>): string {
  const hash = stableHash(title);
  const short = `${id}~${hash.slice(0, SHORT_HASH)}`;
  if (!taken.has(short)) return short;
  const long = `${id}~${hash}`;
  let candidate = long;
  for (let counter = 2; taken.has(candidate); counter += 1) candidate = `${long}-${counter}`;
  return candidate;
}

function sharedIdIssue(id: string, shared: SharedId): ReadIssue {
  const parts: string[] = [];
  if (shared.renamed.length > 0) {
    const example = shared.renamed[0] ?? '';
    parts.push(
      `${shared.renamed.length} with another title kept as "${id}~<title hash>" (e.g. "${example}")`,
    );
  }
  if (shared.repeats > 0) parts.push(`${shared.repeats} with the same title left out as repeats`);
  const records = 1 + shared.repeats + shared.renamed.length;
  return {
    source: shared.first.source,
    kind: 'shared-id',
    message: `paper id "${id}" is used by ${records} records: the first keeps it; ${parts.join('; ')}`,
  };
}
