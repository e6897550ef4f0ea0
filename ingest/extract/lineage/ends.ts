/**
 * The two ends of a lineage cue: the methods right after it (the ones related to, "outperforms RoPE and
 * ALiBi") and the method before it (the one the sentence is about, often the paper's own).
 */
import { layerOf } from '../rules';
import type { Mention, Sentence, Token } from '../types';
import type { Cue } from './cues';
import { namesOf } from './names';

/** How many words may stand between a cue and its first method: "based on a customized [VGAE]". */
const MAX_GAP = 15;

/** Words that end the stretch before a cue's first method: a new clause ("based on the idea that ..."). */
const CLAUSE_WORDS = new Set(['which', 'that', 'while', 'where', 'whereas', 'although', 'but', 'than', 'to']);

/** How far into a sentence its subject may start: "The proposed ESE-Seg ...". */
const SUBJECT_START = 2;

/** The sentence an abstract opens with. */
const OPENING = 0;

/** Words after which a clause names where something was evaluated: "outperforms X on Y". */
const SETTING_WORDS = new Set(['on', 'across', 'in']);

/** Words that make a sentence speak of others' work: "However, existing methods use ...". */
const BACKGROUND = new Set([
  'however',
  'while',
  'although',
  'existing',
  'previous',
  'prior',
  'traditional',
  'traditionally',
  'conventional',
  'typically',
  'recent',
  'recently',
  'current',
  'most',
  'many',
]);

const isMethod = (mention: Mention | undefined): boolean =>
  mention?.type === 'Method' || mention?.type === 'Name';

/** The last word a cue may start on and still open its sentence: "Inspired by ALiBi, we ...". */
const FRONTED = 0;

/** Does a full stop, colon or semicolon end the token (a comma does not: lists use it)? */
const endsClause = (token: Token): boolean => /[;:.!?]/.test(token.post);

/** The method mentions of a sentence, in order, without the ones inside another ("BERT" in "BERT-base"). */
export function methodsIn(sentence: number, mentions: Mention[]): number[] {
  const inSentence = mentions
    .map((mention, index) => ({ mention, index }))
    .filter(({ mention }) => mention.sentence === sentence && isMethod(mention))
    .sort((a, b) => a.mention.from - b.mention.from || b.mention.to - a.mention.to);
  const kept: number[] = [];
  let end = -1;
  for (const { mention, index } of inSentence) {
    if (mention.from < end) continue;
    kept.push(index);
    end = mention.to;
  }
  return kept;
}

/**
 * The methods a cue points at: the first one close after it, and the others of its clause ("combines
 * in-context learning, soft supervision and hard-negative mining", "leverages X to align Y with Z").
 *
 * @example
 * // "Cable outperforms RoPE, ALiBi and xPos on long inputs."
 * targetsOf(cue, mentions, sentences); // [RoPE, ALiBi, xPos]
 */
export function targetsOf(cue: Cue, mentions: Mention[], sentences: Sentence[]): number[] {
  const tokens = sentences[cue.sentence]?.tokens ?? [];
  if (NOUN_CUES.has(cue.phrase)) return listBefore(cue, mentions, tokens);
  // A cue that opens the sentence heads a phrase of its own: "Inspired by SFANet, the first model ..."
  const ends = cue.from <= FRONTED ? (token: Token) => endsClause(token) || /,/.test(token.post) : endsClause;
  if (tokens[cue.to - 1] && ends(tokens[cue.to - 1] as Token)) return [];
  const targets: number[] = [];
  let position = cue.to;
  let setting = false;
  const aside = insideParentheses(tokens, cue.from);
  for (const index of methodsIn(cue.sentence, mentions)) {
    const mention = mentions[index] as Mention;
    if (mention.from < cue.to) continue;
    const between = tokens.slice(position, mention.from);
    // "extends LLMs' context window without any fine-tuning": what the method does without is no target
    if (between.some((token) => ends(token) || token.normal === 'without')) break;
    // "Cable-Lite (with one head) outperforms ALiBi": a cue inside parentheses points no further than them
    if (aside && tokens.slice(position - 1, mention.from).some((token) => /\)/.test(token.post))) break;
    // "outperforms X on Infinite-Bench and MM-NIAH": a name after "on" is where it was evaluated
    setting ||= between.some((token) => SETTING_WORDS.has(token.normal));
    if (setting && mention.type === 'Name') continue;
    const first = targets.length === 0;
    if (first && (between.length > MAX_GAP || between.some((token) => CLAUSE_WORDS.has(token.normal)))) break;
    // "builds upon the observation of ...": what a cue rests on there is a finding, not a method
    if (first && between.some((token) => FINDINGS.has(token.normal))) break;
    targets.push(index);
    position = mention.to;
    if (tokens[position - 1] && ends(tokens[position - 1] as Token)) break;
  }
  // "inspired by X" names one source of inspiration: "inspired by ViT to build a model that outperforms Y"
  return cue.type === 'INSPIRED_BY' ? targets.slice(0, 1) : targets;
}

/** Does the word at `index` stand inside parentheses opened before it in its sentence? */
function insideParentheses(tokens: Token[], index: number): boolean {
  for (let at = index; at >= 0; at -= 1) {
    const token = tokens[at] as Token;
    if (at < index && /\)/.test(token.post)) return false;
    if (/\(/.test(token.pre)) return true;
  }
  return false;
}

/** Cues that are nouns after what they name: "on the LLaMA-3.1 and Qwen2.5 backbones". */
const NOUN_CUES = new Set(['backbone', 'backbones']);

/**
 * The names listed right before a noun cue, the last one ending at the cue or holding it: "the LLaMA-3.1
 * and Qwen2.5 backbones". Descriptive terms are no names here ("the LLaMA-3.1 and Qwen2.5 backbones" as
 * one term would hide both).
 */
function listBefore(cue: Cue, mentions: Mention[], tokens: Token[]): number[] {
  const named = mentions
    .flatMap((mention, index) =>
      mention.sentence === cue.sentence && isMethod(mention) && layerOf(mention.rule) !== 'term'
        ? [index]
        : [],
    )
    .sort((a, b) => (mentions[b] as Mention).to - (mentions[a] as Mention).to);
  const targets: number[] = [];
  let position: number | undefined;
  for (const index of named) {
    const mention = mentions[index] as Mention;
    if (position === undefined) {
      if (mention.to !== cue.from && mention.to !== cue.to) continue;
    } else {
      if (mention.to > position) continue;
      const between = tokens.slice(mention.to, position);
      const listed =
        between.length === 0 || (between.length === 1 && CONJUNCTION.test(between[0]?.normal ?? ''));
      if (!listed) break;
    }
    targets.unshift(index);
    position = mention.from;
  }
  return targets;
}

const CONJUNCTION = /^(?:and|or)$/;

/** Nouns that make a cue rest on a finding: "based on the observation that ...", "builds upon insights of ...". */
const FINDINGS = new Set([
  ...['observation', 'observations', 'insight', 'insights', 'finding', 'findings'],
  ...['assumption', 'assumptions', 'principle', 'principles', 'hypothesis', 'premise', 'fact', 'notion'],
]);

/** Is the mention the sentence's subject, before the cue: "ESE-Seg with YOLOv3 outperforms ..."? */
const opensSentence = (mention: Mention | undefined, cue: Cue): boolean =>
  mention !== undefined && mention.from <= SUBJECT_START && mention.to <= cue.from;

/** How many words a clause's subject may stand from "that" and from its verb: "that fine-tuned [X] significantly outperforms". */
const CLAUSE_SLACK = 2;

/**
 * The subject of the clause a cue's verb heads, after "that": "Our findings reveal that fine-tuned CodeGemma
 * significantly outperforms ...", "highlights that LALMs, with strong world knowledge, outperform ...".
 */
function clauseSubject(cue: Cue, mentions: Mention[], sentences: Sentence[]): number | undefined {
  const tokens = sentences[cue.sentence]?.tokens ?? [];
  const before = nearestBefore(cue, mentions, sentences);
  const mention = before === undefined ? undefined : mentions[before];
  if (!mention) return undefined;
  const lead = tokens.slice(Math.max(0, mention.from - CLAUSE_SLACK - 1), mention.from);
  const that = lead.findLastIndex((token) => token.normal === 'that');
  if (that < 0 || lead.slice(that + 1).some((token) => /[,;:]/.test(token.post))) return undefined;
  const between = tokens.slice(mention.to, cue.from);
  // "LALMs, with strong world knowledge and context learning capabilities, outperform": a phrase between commas
  const aside = /,/.test(tokens[mention.to - 1]?.post ?? '') && /,/.test(tokens[cue.from - 1]?.post ?? '');
  return between.length <= CLAUSE_SLACK || aside ? before : undefined;
}

/**
 * The method closest before the cue in its clause: "token pruning methods often lag behind ..." is about
 * token pruning whatever the sentence opens with.
 */
function nearestBefore(cue: Cue, mentions: Mention[], sentences: Sentence[]): number | undefined {
  const tokens = sentences[cue.sentence]?.tokens ?? [];
  const nearest = methodsIn(cue.sentence, mentions).findLast(
    (index) => (mentions[index]?.to ?? 0) <= cue.from,
  );
  const mention = nearest === undefined ? undefined : mentions[nearest];
  if (!mention || tokens.slice(mention.to - 1, cue.from - 1).some(endsClause)) return undefined;
  return nearest;
}

/**
 * Does the cue's sentence name the paper's own method, as its first mention or again before the cue
 * ("... demonstrate that Context Tuning outperforms X and achieves competitive accuracy to Y")?
 */
function namesMainBefore(cue: Cue, mentions: Mention[], main: number): boolean {
  const own = mentions[main];
  if (!own) return false;
  if (own.sentence === cue.sentence) return true;
  const names = new Set(namesOf(own));
  return mentions.some(
    (mention) =>
      mention.sentence === cue.sentence &&
      mention.to <= cue.from &&
      namesOf(mention).some((name) => names.has(name)),
  );
}

/**
 * The methods listed with the sentence's subject before the cue: "both ZO-SVRG-Coord-Rand and ZO-SVRG-Coord
 * (under our new analysis) outperform ...", "BERT, RoBERTa and XLNet outperform ...".
 */
export function coSubjects(cue: Cue, mentions: Mention[], sentences: Sentence[], subject: number): number[] {
  const tokens = sentences[cue.sentence]?.tokens ?? [];
  const names = new Set(namesOf(mentions[subject] as Mention));
  // The subject as the cue's sentence names it (the paper's own method may be first named elsewhere).
  const own = methodsIn(cue.sentence, mentions)
    .map((index) => mentions[index] as Mention)
    .findLast((mention) => mention.to <= cue.from && namesOf(mention).some((name) => names.has(name)));
  if (!own) return [];
  const listed: number[] = [];
  let position = own.to;
  for (const index of methodsIn(cue.sentence, mentions)) {
    const mention = mentions[index] as Mention;
    if (mention.from < position || mention.to > cue.from) continue;
    const between = tokens.slice(position - 1, mention.from);
    const joined = between.every((token, offset) =>
      offset === 0 ? /^,?\s*$/.test(token.post) : CONJUNCTION.test(token.normal) && /^\s*$/.test(token.post),
    );
    if (!joined || between.length > 2 || (between.length === 1 && !/,/.test(between[0]?.post ?? ''))) break;
    listed.push(index);
    position = mention.to;
  }
  // The list is the cue's subject: the cue follows it at once or after an aside in parentheses.
  const tail = tokens.slice(position, cue.from);
  const aside = /\(/.test(tail[0]?.pre ?? '') && /\)/.test(tail.at(-1)?.post ?? '');
  return tail.length <= CLAUSE_SLACK || aside ? listed : [];
}

/**
 * The method a cue's sentence is about: the paper's own method when the sentence names it; else the
 * method the sentence opens with ("FedKT outperforms ..."); else the paper's own again ("we", "our
 * model", "the first stage employs causal language modelling"), unless the sentence speaks of others'
 * work ("However, existing methods use ...").
 */
export function sourceOf(
  cue: Cue,
  mentions: Mention[],
  sentences: Sentence[],
  main: number | undefined,
): number | undefined {
  if (cue.reversed) return nearestBefore(cue, mentions, sentences);
  if (main !== undefined && namesMainBefore(cue, mentions, main)) return main;
  const before = (sentences[cue.sentence]?.tokens ?? []).slice(0, cue.from);
  const subject =
    methodsIn(cue.sentence, mentions).find((index) => opensSentence(mentions[index], cue)) ??
    clauseSubject(cue, mentions, sentences);
  // An abstract's opening sentence sets the scene ("LLMs based on the transformer show in-context
  // learning"): it speaks of the paper's own method only where it names it.
  if (cue.sentence === OPENING) return mentions[subject ?? -1]?.role === 'proposed' ? subject : undefined;
  if (subject !== undefined) return subject;
  return before.some((token) => BACKGROUND.has(token.normal)) ? undefined : main;
}
