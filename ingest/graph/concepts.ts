/**
 * Gathers the concepts a corpus mentions: one record per key, named by its most frequent surface form,
 * with every other surface form and every alias the extractions gave as aliases.
 */
import type { ConceptType } from '../../src/model/concepts';
import type { ConceptRecord } from '../../src/model/graph';

interface Gathered {
  type: ConceptType;
  names: Map<string, number>;
  aliases: Set<string>;
  /** The name to use when no mention names the concept (see referenceNamed). */
  fallbackName?: string;
}

export class ConceptCollector {
  private readonly gathered = new Map<string, Gathered>();

  /** A mention of `key` under `name`, with the aliases the extraction found for it. */
  add(key: string, type: ConceptType, name: string, aliases: readonly string[]): void {
    const entry = this.entry(key, type);
    const trimmed = name.trim();
    entry.names.set(trimmed, (entry.names.get(trimmed) ?? 0) + 1);
    for (const alias of aliases) if (alias.trim()) entry.aliases.add(alias.trim());
  }

  /** A key used by a lineage edge or a result; named after the key itself when nothing mentions it. */
  reference(key: string, type: ConceptType): void {
    this.entry(key, type);
  }

  /**
   * A key a result creates, named as the result writes it ("speedup") when no mention names the concept;
   * the first such name is kept, so the record does not depend on which result came last.
   */
  referenceNamed(key: string, type: ConceptType, name: string): void {
    const entry = this.entry(key, type);
    entry.fallbackName ??= name.trim() || undefined;
  }

  /** The records, sorted by key. */
  records(): ConceptRecord[] {
    return [...this.gathered.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, entry]) => {
        const ranked = [...entry.names.entries()].sort(
          ([nameA, countA], [nameB, countB]) =>
            countB - countA || (nameA < nameB ? -1 : nameA > nameB ? 1 : 0),
        );
        const name = ranked[0]?.[0] ?? entry.fallbackName ?? key.slice(key.indexOf(':') + 1);
        const aliases = new Set([...entry.aliases, ...ranked.slice(1).map(([other]) => other)]);
        aliases.delete(name);
        return { key, type: entry.type, name, aliases: [...aliases].sort() };
      });
  }

  private entry(key: string, type: ConceptType): Gathered {
    let entry = this.gathered.get(key);
    if (!entry) {
      entry = { type, names: new Map(), aliases: new Set() };
      this.gathered.set(key, entry);
    }
    return entry;
  }
}
