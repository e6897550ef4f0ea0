/**
 * Known names (ours, or a user lexicon) looked up in one pass with compromise's `lookup()`: one trie for
 * all types, and a map from the matched words back to the type.
 */
import nlp from 'compromise';
import type { ConceptType } from '../../../src/model/concepts';

type Pointer = [sentence: number, from: number, to: number];

export interface GazetteerMatch {
  type: ConceptType;
  sentence: number;
  from: number;
  to: number;
}

interface Lookup {
  lookup: (trie: object) => { pointer: Pointer[] | null };
  docs: Array<Array<{ normal: string }>>;
}

/** The words compromise makes of a name, lower-case, joined by spaces: "Fine-Tuning" → "fine tuning". */
const wordsOf = (name: string): string =>
  (nlp.tokenize(name).docs as Array<Array<{ normal: string }>>)
    .flat()
    .map((term) => term.normal)
    .join(' ');

export class Gazetteer {
  private readonly trie: object;
  private readonly types = new Map<string, ConceptType>();

  /** The first entry of a name decides its type. */
  constructor(entries: Iterable<[name: string, type: ConceptType]>) {
    for (const [name, type] of entries) {
      const words = wordsOf(name);
      if (words && !this.types.has(words)) this.types.set(words, type);
    }
    this.trie = nlp.buildTrie([...this.types.keys()]);
  }

  get size(): number {
    return this.types.size;
  }

  /** The type of a known name, given its words (tokens with their `normal` form). */
  typeOf(words: Array<{ normal: string }>): ConceptType | undefined {
    return this.types.get(words.map((word) => word.normal).join(' '));
  }

  find(doc: Lookup): GazetteerMatch[] {
    if (this.types.size === 0) return [];
    return (doc.lookup(this.trie).pointer ?? []).flatMap(([sentence, from, to]) => {
      const words = (doc.docs[sentence] ?? [])
        .slice(from, to)
        .map((term) => term.normal)
        .join(' ');
      const type = this.types.get(words);
      return type ? [{ type, sentence, from, to }] : [];
    });
  }
}
