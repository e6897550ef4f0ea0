/**
 * Context rules: the capture is the scope (the rest of the clause) in which the first method mentioned
 * — and any listed with it ("X, Y and Z") — takes a role or a lineage relation.
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
  // "inspired by ALiBi, we propose Cable"
  { match: 'inspired by [.+]', group: 0, tag: 'InspiredBy', reason: 'inspired-by' },
  // "built upon Llama 2", "our model builds on BERT"
  { match: '(built|build|builds|building) (on|upon) [.+]', group: 0, tag: 'BuiltOn', reason: 'built-on' },
  // "based on the Transformer", "a BERT-based encoder"
  { match: 'based on [.+]', group: 0, tag: 'BuiltOn', reason: 'based-on' },
  // "extends DETR to video", "an extension of word2vec"
  { match: '(extends|extend|extending) [.+]', group: 0, tag: 'Extends', reason: 'extends' },
  { match: '(extension|generalization|variant) of [.+]', group: 0, tag: 'Extends', reason: 'extension-of' },
  // "outperforms RoPE and ALiBi", "surpasses GPT-4"
  { match: '#CompareVerb [.+]', group: 0, tag: 'ComparedWith', reason: 'outperforms' },
  // "compared with CRF", "in comparison to BERT"
  {
    match: '(compared|comparison|comparing|compare|competitive) (to|with|against) [.+]',
    group: 0,
    tag: 'ComparedWith',
    reason: 'compared-with',
  },
  // "better than BM25", "faster than FlashAttention"
  {
    match: '(better|faster|stronger|superior|higher|lower|more) (than|to) [.+]',
    group: 0,
    tag: 'ComparedWith',
    reason: 'better-than',
  },
  // "improvements over BERT", "gains over the baseline"
  {
    match: '(improvement|improvements|gain|gains|margin) over [.+]',
    group: 0,
    tag: 'ComparedWith',
    reason: 'gains-over',
  },
];
