/**
 * The `conceptShapes` compute step: tags terms from their characters and surroundings, which compromise's
 * own tagger does not look at — name shapes (`DAFormer`, `BERT`, `T5`), capitalised words inside a
 * sentence, versions glued to names (`Llama 2`, `ResNet-50`), metric names that are only metrics as written
 * (`mAP`), and which adjectives and nouns may be part of a concept name (`Modifier`).
 */
import { LANGUAGES } from './words/languages';
import { CASED_METRICS } from './words/metrics';
import { VAGUE_WORDS } from './words/vague';

/** The parts of a compromise term this step reads. */
export interface PluginTerm {
  text: string;
  normal: string;
  pre: string;
  post: string;
  tags: Set<string>;
}

export type ShapeTagger = (terms: PluginTerm[], tag: string, reason: string) => void;

const CAMEL = /[a-z][A-Z]|^[A-Z]{2,}[a-z]|^[a-z]+[A-Z]/;
const ALL_CAPS = /^[A-Z][A-Z0-9&]*[A-Z0-9]$/;
/**
 * An acronym hyphenated to a capitalised word, written as one: "NQ-Open", "MS-Celeb"; not to a word that
 * describes it ("LLM-Assisted", "GPT-Like", "CNN-Based").
 */
const CAPS_HYPHEN_WORD = /^[A-Z]{2,}-[A-Z][a-z]+(?<!ed|ing|ive|ful|like|able|free|wise|based|style)$/;
/** "T5", "Wav2Vec2.0", and with hyphens inside one word: "Gemini2.0-pro", "text-davinci-003". */
const LETTERS_AND_DIGITS = /^(?=.*[A-Za-z].*)(?=.*\d)[A-Za-z][A-Za-z0-9.]*(?:-[A-Za-z0-9.]+)*$/;
/**
 * Sizes, dimensions, roman numerals, common capitals, citation keys left by LaTeX ("wu2023learning"), a
 * version alone ("v2"), a number with a unit glued on ("0.5IoU"), units ("MB", "GHz"), colour spaces, complexity classes ("NP", "PTIME"), the ISO,
 * accelerators ("A100", "H100"), entity codes and LaTeX commands left by a conversion
 * ("contextx2013x2013unlabeled", "nicefrac1Tright", "mathbbR^d") and
 * words holding a bracket ("Omega(log").
 */
const NOT_A_NAME =
  /^(?:.*(?:frac|mathbb|mathcal|mathfrak|mathrm|mathbf|mathtt|operatorname|textbf|textit).*|\d+[DdKkMmBbTtXx]|[IVX]+|AM|PM|OK|US|UK|EU|ID|I|A|[a-z]+\d{4}[a-z]+|v\d+(?:\.\d+)*|\d[\d.]*[A-Za-z]+|RGB-?D?|[KMGTP]i?B|[KMG]?Hz|NP|PTIME|EXPTIME|PSPACE|NEXPTIME|ISO|[A-Z]\d{2,3}|.*x20\d\d.*|.*[()].*)$/;
const VERSION =
  /^(?:v?\d+(?:\.\d+)*[a-z]?|\d+(?:\.\d+)?[KMBTkmbt]|[A-Z]|XL|XXL|Large|Base|Small|Tiny|Mini|Pro|Ultra|Max)$/;
const TITLE = /^\p{Lu}\p{Ll}/u;
const WORDLESS = /^[^\p{L}\p{N}]*$/u;
const CLOSED_CLASS = [
  'Pronoun',
  'Determiner',
  'Preposition',
  'Conjunction',
  'Copula',
  'Modal',
  'QuestionWord',
];
const OPEN_CLASS = ['Noun', 'Adjective', 'NameShape', 'TitleWord', 'Language'];
/** Heads end a phrase: a rule `[#Modifier+ #TaskTail]` then finds the head even where it joins a next word. */
const HEADS = [
  'TaskHead',
  'TaskTail',
  'MethodHead',
  'ComponentHead',
  'GenericHead',
  'MetricHead',
  'MetricWord',
  'DatasetWord',
  'BenchmarkWord',
];
/**
 * Verb forms do not start concept names ("applying attention", "limited training"), and plural nouns do
 * not modify ("reframes context filtering" is a verb the pre-tagger read as a plural).
 */
const VERB_FORMS = ['Verb', 'Gerund', 'PastTense', 'Participle', 'PresentTense', 'Infinitive', 'Plural'];
const NOT_MODIFIER = [...CLOSED_CLASS, ...HEADS, ...VERB_FORMS];
const vague = new Set(VAGUE_WORDS);
/** After a hyphen these describe a name rather than continue it: "BERT-based", "GPT-style". */
const NOT_CONTINUING = new Set([
  'based',
  'like',
  'style',
  'free',
  'related',
  'specific',
  'only',
  'wise',
  'level',
]);
/** Written in lower case after a hyphen, these describe a name: "TruthfulQA-derived", "ASR-robust". */
const DESCRIBING_AFTER_HYPHEN = new Set([
  'derived',
  'powered',
  'assisted',
  'enhanced',
  'empowered',
  'enabled',
  'robust',
  'aware',
  'guided',
  'driven',
  'oriented',
  'agnostic',
  'centric',
  'hard',
  'complete',
]);
const casedMetrics = new Set(CASED_METRICS);
const languages = new Set(LANGUAGES);
const NOT_TITLE = ['Determiner', 'Pronoun', 'Preposition', 'Conjunction', 'QuestionWord', 'Copula', 'Modal'];

/** Does anything other than a hyphen or a space come between this term and the next? */
const endsPhrase = (term: PluginTerm): boolean => /[^\s\-‐–]/.test(term.post);
const startsPhrase = (term: PluginTerm): boolean => /[([{"“'‘]/.test(term.pre);

export function isNameShaped(text: string): boolean {
  if (NOT_A_NAME.test(text)) return false;
  return (
    CAMEL.test(text) || ALL_CAPS.test(text) || LETTERS_AND_DIGITS.test(text) || CAPS_HYPHEN_WORD.test(text)
  );
}

function isVersionOf(term: PluginTerm, previous: PluginTerm | undefined): boolean {
  if (!previous || !VERSION.test(term.text)) return false;
  if (!previous.tags.has('NameShape') && !previous.tags.has('TitleWord')) return false;
  // "GPT-4", "ResNet-50" (hyphen) or "Llama 2", "Qwen 2.5" (space, a short number).
  const joined =
    previous.post === '-' || (previous.post === ' ' && /^(?:v?\d{1,2}(?:\.\d+)?|\d+[BMK])$/.test(term.text));
  return joined && !term.tags.has('Percent');
}

/** How many hyphenated parts a model id written in lower case has at least: "text-davinci-003". */
const MODEL_ID_PARTS = 3;

/**
 * The terms of model ids written in lower case, which the tokenizer splits at their hyphens:
 * "gemini-1.5-pro-001", "text-davinci-003", "llama-2-7b". Three parts or more, a letter first, a digit
 * in one part: "top-5" and "state-of-the-art" are no ids.
 */
function modelIdTerms(terms: PluginTerm[]): Set<number> {
  const ids = new Set<number>();
  for (let start = 0; start < terms.length; start += 1) {
    let end = start;
    while (end < terms.length - 1 && terms[end]?.post === '-') end += 1;
    const parts = terms.slice(start, end + 1).map((term) => term.text);
    const id = parts.join('-');
    if (
      parts.length >= MODEL_ID_PARTS &&
      /^[a-z]/i.test(id) &&
      /\d/.test(id) &&
      LETTERS_AND_DIGITS.test(id)
    ) {
      for (let index = start; index <= end; index += 1) ids.add(index);
    }
    start = end;
  }
  return ids;
}

const URL_LIKE = /:\/\/|^www\.|\.(?:com|org|io|net|edu|ai)\b|@|\.(?:md|html|pdf)$/i;

/**
 * Tags one sentence's terms; `tag` applies a tag the way compromise does (parents, conflicts). The
 * plugin's own word lists are applied again first: compromise's pre-tagger may have re-read a listed noun
 * as a verb ("confusion networks").
 */
export function tagShapes(terms: PluginTerm[], tag: ShapeTagger, lexicon: Record<string, string>): void {
  const modelIds = modelIdTerms(terms);
  terms.forEach((term, index) => {
    const text = term.text;
    const listed = Object.hasOwn(lexicon, term.normal) ? lexicon[term.normal] : undefined;
    if (listed && !term.tags.has(listed)) tag([term], listed, 'concept-lexicon');
    if (WORDLESS.test(text) || URL_LIKE.test(text)) return;
    const previous = terms[index - 1];
    const first = index === 0 || /[.:!?]\s*$/.test(previous?.post ?? '');
    // "LLM-Assisted" describes, as "LLM-assisted" does; "Context-Aware Biases" names
    const describes =
      previous?.post === '-' &&
      DESCRIBING_AFTER_HYPHEN.has(term.normal) &&
      (text === term.normal || ALL_CAPS.test(previous.text));
    if (casedMetrics.has(text)) tag([term], 'MetricWord', 'cased-metric');
    else if (languages.has(text)) tag([term], 'Language', 'language');
    else if (isNameShaped(text) || modelIds.has(index)) tag([term], 'NameShape', 'name-shape');
    else if (!first && !describes && TITLE.test(text) && !NOT_TITLE.some((name) => term.tags.has(name))) {
      tag([term], 'TitleWord', 'title-word');
    }
    if (isVersionOf(term, previous)) tag([term], 'Version', 'version-after-name');
    // "Cross-model Retrieval", "Context-aware Biases": a word hyphenated to a name continues it.
    const continues =
      previous?.tags.has('NamePart') === true &&
      /^-$/.test(previous.post) &&
      !NOT_CONTINUING.has(term.normal) &&
      !describes;
    if (continues || term.tags.has('NameShape') || term.tags.has('TitleWord') || term.tags.has('Version')) {
      tag([term], 'NamePart', 'name-part');
    }
  });
  terms.forEach((term, index) => {
    const next = terms[index + 1];
    if (WORDLESS.test(term.text) || (next && WORDLESS.test(next.text))) return;
    const open = OPEN_CLASS.some((name) => term.tags.has(name));
    // "phrase-based", "self-supervised": a verb form hyphenated to the word before is an adjective.
    const previous = terms[index - 1];
    const compound =
      previous?.post === '-' &&
      previous.tags.has('Modifier') &&
      VERB_FORMS.some((name) => term.tags.has(name));
    // "non-rigid", "self-supervised": a prefix hyphenated to the next word belongs to its phrase.
    const prefix = term.post === '-' && !CLOSED_CLASS.some((name) => term.tags.has(name));
    const closed = !compound && !prefix && NOT_MODIFIER.some((name) => term.tags.has(name));
    // A modifier joins the next word of the same phrase: no comma, bracket or full stop in between.
    const joinsNext =
      next !== undefined && !endsPhrase(term) && !startsPhrase(next) && !/['’]s$/.test(term.text);
    // "3D reconstruction", "3-D shapes": a dimension is a modifier, not a number.
    const dimension =
      /^\d[Dd]$/.test(term.text) ||
      (/^\d$/.test(term.text) && term.post === '-' && /^[Dd]$/.test(next?.text ?? ''));
    // "multiple instance learning": before a singular noun, "multiple" names a kind rather than counts.
    const kind = term.normal === 'multiple' && next?.tags.has('Singular') === true;
    if (
      ((open && !closed) || compound || prefix || dimension) &&
      joinsNext &&
      (!vague.has(term.normal) || kind)
    )
      tag([term], 'Modifier', 'modifier');
  });
}
