/**
 * The name a title leads with: "Explicit Shape Encoding for Real-Time Instance Segmentation" proposes
 * explicit shape encoding, "Discrete Key-Value Bottleneck" is the whole title. A Title Case noun phrase
 * before the title's first preposition or verb names the paper's own method when it neither opens with a
 * verb ("Revisiting ...", "Let ...") nor names a kind of study ("A Survey"), a property ("Provable
 * Robustness"), a task or a kind of thing ("A Context-Driven Network").
 */
import { parseText } from './plugin';
import { withPlurals } from './plugin/inflect';
import { BROAD_TASK_TAILS, GENERIC_HEADS, TASK_HEADS, TASK_TAILS } from './plugin/words/heads';
import { METRIC_TERM_HEADS } from './plugin/words/terms';
import { confidenceOf } from './rules';
import { toSentences } from './tokens';
import type { Mention, Token } from './types';

/** Words a title's lead ends before: "... for Long Sequences", "... Against Adversarial Images". */
const ENDS_LEAD = new Set(
  [
    ...['for', 'via', 'in', 'with', 'by', 'on', 'to', 'of', 'using', 'through', 'from', 'against', 'under'],
    ...['without', 'beyond', 'at', 'as', 'over', 'into', 'across', 'between', 'within', 'than', 'is', 'are'],
    ...['can', 'do', 'does', 'be', 'should', 'could', 'may', 'might', 'must', 'will', 'meets', 'vs'],
    'versus',
  ].map((word) => word.toLowerCase()),
);

/** Leads that open a question, a stance or an action rather than a name. */
const OPENERS = new Set(['towards', 'toward', 'on', 'beyond', 'when', 'why', 'how', 'what', 'do', 'does']);

/** Last words of a lead that name a kind of study or result, a claim, a property or a part. */
const NOT_NAME_ENDS = new Set(
  withPlurals([
    ...['survey', 'study', 'review', 'analysis', 'examination', 'evaluation', 'perspective', 'guarantee'],
    ...['bound', 'benchmark', 'dataset', 'corpus', 'report', 'choice', 'loss', 'space', 'plug-in'],
    ...['environment', 'aspect', 'view', 'solution', 'application', 'convergence', 'importance'],
    ...['characterization', 'promotion', 'insight', 'lesson', 'network', 'net', 'result', 'problem'],
    ...['trade-off', 'decision', 'game'],
    ...TASK_HEADS,
    ...TASK_TAILS,
    ...BROAD_TASK_TAILS,
    ...GENERIC_HEADS,
    ...METRIC_TERM_HEADS,
  ]),
);

/** Words trimmed from a lead's left: articles and praise ("A Robust Local Spectral Descriptor"). */
const TRIMMED = new Set([
  ...['a', 'an', 'the', 'robust', 'practical', 'reliable', 'simple', 'efficient', 'effective', 'novel'],
  ...['improved', 'provable', 'provably', 'optimal', 'near-optimal', 'nearly', 'generic', 'fast', 'faster'],
  ...['new', 'better'],
]);

/** A word written in Title Case: "Shape", "Key-Value", "Draft-based", "3D". */
const titled = (word: string): boolean => /^[\p{Lu}\d]/u.test(word);

/** How many words, after a leading article, a lead may have. */
const MIN_WORDS = 2;
const MAX_WORDS = 5;

/**
 * The tagger's reading of the title's words, by their offsets: it reads the title in lower case, where
 * Title Case no longer makes every word a name.
 */
function tagsByStart(title: string): Map<number, Token> {
  const tokens = toSentences(parseText(title.toLowerCase())).flatMap((sentence) => sentence.tokens);
  return new Map(tokens.map((token) => [token.start, token]));
}

/** A verb of the form "reduces", "learns": "Context-Aware Decoding Reduces Hallucination". */
const isVerb = (token: Token | undefined): boolean =>
  token !== undefined && token.tags.has('Verb') && token.tags.has('PresentTense') && /s$/.test(token.normal);

/** A word no name starts with: a verb ("Recognize", "Let", "Revisiting"), a number ("Two Applications"). */
const opensNoName = (text: string, token: Token | undefined): boolean =>
  OPENERS.has(text.toLowerCase()) ||
  /^[a-z]+ing$/i.test(text) ||
  token?.tags.has('Infinitive') === true ||
  token?.tags.has('Imperative') === true ||
  (token?.tags.has('Value') === true && !text.includes('-'));

/** A word no name ends with: "... Based", "... Provably", "... Hardness", "... Connectivity". */
const endsNoName = (text: string): boolean => {
  const word = text.toLowerCase();
  return NOT_NAME_ENDS.has(word) || /(?:ed|ly|ness|ity)$/.test(word);
};

/**
 * @example
 * titleLead('Dynamic Context Pruning for Efficient Transformers'); // mention of "Dynamic Context Pruning"
 * titleLead('A Survey of Context Engineering');                     // undefined
 */
export function titleLead(title: string): Mention | undefined {
  if (/[:?]/.test(title)) return undefined;
  const words = [...title.matchAll(/\S+/g)].map((word) => ({ text: word[0], start: word.index ?? 0 }));
  const before = words.findIndex(({ text }) => ENDS_LEAD.has(text.toLowerCase()));
  const upTo = words.slice(0, before < 0 ? words.length : before);
  // The tagger reads only a lead that could be a name: most titles are not.
  const last = upTo.at(-1);
  if (!last || upTo.length < MIN_WORDS || !upTo.slice(0, MIN_WORDS).every(({ text }) => titled(text)))
    return undefined;
  const tags = tagsByStart(title.slice(0, last.start + last.text.length));
  const verb = upTo.findIndex(({ start }, index) => index > 0 && isVerb(tags.get(start)));
  const lead = upTo.slice(0, verb < 0 ? upTo.length : verb);
  let from = 0;
  while (from < lead.length && TRIMMED.has(lead[from]?.text.toLowerCase() ?? '')) from += 1;
  const name = lead.slice(from);
  const head = name[0];
  const tail = name.at(-1);
  if (!head || !tail || name.length < MIN_WORDS || name.length > MAX_WORDS) return undefined;
  const texts = name.map((word) => word.text);
  if (!texts.every(titled) || texts.some((text) => /^(?:and|or)$/i.test(text) || /[,;.!]$/.test(text)))
    return undefined;
  if (opensNoName(head.text, tags.get(head.start)) || endsNoName(tail.text)) return undefined;
  return {
    type: 'Method',
    text: title.slice(head.start, tail.start + tail.text.length),
    start: head.start,
    end: tail.start + tail.text.length,
    sentence: 0,
    from,
    to: from + name.length,
    rule: 'title-lead',
    confidence: confidenceOf('title-lead'),
    role: 'proposed',
  };
}
