/**
 * Context rules: the capture is the scope (the rest of the clause) in which the first method mentioned
 * takes a role. Lineage cues ("inspired by", "outperforms") are read in `lineage/cues.ts`.
 */
import type { ContextRule } from './types';

export const CONTEXT_RULES: ContextRule[] = [
  // "we propose a novel UDA method, DAFormer", "this paper introduces Cable"
  {
    match: '(we|paper|work|study|article|here|this) #Adverb? #ProposeVerb [.+]',
    group: 0,
    tag: 'Proposed',
    reason: 'we-propose',
  },
  // "we call it HanoiT", "a framework called REFRAG", "dubbed CAAD"
  {
    match: '(called|named|dubbed|termed|coined|dub|call|name) [.+]',
    group: 0,
    tag: 'Proposed',
    reason: 'called',
  },
  // "Our method, PARSeq, learns ...", "the proposed framework DAGCD"
  {
    match: '(our|proposed) (#GenericHead|#ComponentHead) [#NamePart+]',
    group: 0,
    tag: 'Proposed',
    reason: 'our-method-name',
  },
  // "DAFormer, a novel UDA method", "Cable, a simple alternative"
  {
    match: '[#NamePart+] (a|an) (novel|new|simple|unified|general|lightweight|generic|efficient|effective)',
    group: 0,
    tag: 'Proposed',
    reason: 'name-a-novel',
  },
];
