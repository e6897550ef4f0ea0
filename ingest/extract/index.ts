/**
 * Extraction entry point: abstracts in, consolidated extractions out (the JSONL contract of
 * `npm run extract`). This first version knows one rule — a title's `Name: ...` proposes method `Name`.
 */
import type { Abstract } from '../../src/model/abstract';
import type { ConceptType } from '../../src/model/concepts';
import type { Extraction } from '../../src/model/extraction';
import { conceptKey } from '../../src/model/keys';

export interface ExtractOptions {
  /** Optional user lexicon: name → type. Nothing may depend on one being given. */
  lexicon?: Map<string, ConceptType>;
  /** Worker threads to use (default: one per core). */
  workers?: number;
  /** Called as abstracts are done. */
  onProgress?: (done: number, total: number) => void;
}

const TITLE_NAME = /^([A-Z][\w.+-]*(?:[ -][A-Z0-9][\w.+-]*)?):\s/;

export async function extractCorpus(
  abstracts: Abstract[],
  options: ExtractOptions = {},
): Promise<Extraction[]> {
  const extractions = abstracts.map((paper, index): Extraction => {
    options.onProgress?.(index + 1, abstracts.length);
    const name = TITLE_NAME.exec(paper.title)?.[1];
    const start = name ? paper.abstract.indexOf(name) : -1;
    const sentenceEnd = start >= 0 ? paper.abstract.indexOf('. ', start) : -1;
    const sentenceStart = start >= 0 ? paper.abstract.lastIndexOf('. ', start) + 1 : 0;
    return {
      id: paper.id,
      title: paper.title,
      entities:
        name && start >= 0
          ? [
              {
                name,
                type: 'Method',
                role: 'proposed',
                key: conceptKey('Method', name),
                aliases: [],
                confidence: 0.9,
                evidence: [
                  {
                    sentence: paper.abstract
                      .slice(sentenceStart, sentenceEnd < 0 ? undefined : sentenceEnd + 1)
                      .trim(),
                    start,
                    end: start + name.length,
                    rule: 'title-name-colon',
                  },
                ],
              },
            ]
          : [],
      relations: [],
      results: [],
    };
  });
  return extractions;
}
