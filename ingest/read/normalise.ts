/**
 * Text clean-up applied to every title and abstract a reader produces: unicode NFKC, stray HTML (tags and
 * entities), simple LaTeX (`$...$`, `\emph{}`, `\textbf{}` and friends, escaped symbols), words a PDF's soft
 * hyphen broke at a line end, and whitespace.
 * It runs before extraction, so evidence offsets point into the cleaned text that is stored.
 *
 * @example
 * normaliseText('We  use \\emph{BERT} on <i>SQuAD</i> &amp; $\\alpha$-nets'); // 'We use BERT on SQuAD & α-nets'
 */

const HTML_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
};

/** LaTeX commands inside math that read better as a character. */
const LATEX_SYMBOLS: Record<string, string> = {
  alpha: 'α',
  beta: 'β',
  gamma: 'γ',
  delta: 'δ',
  epsilon: 'ε',
  lambda: 'λ',
  mu: 'μ',
  sigma: 'σ',
  tau: 'τ',
  theta: 'θ',
  pi: 'π',
  ell: 'ℓ',
  times: '×',
  cdot: '·',
  sim: '~',
  approx: '≈',
  leq: '≤',
  le: '≤',
  geq: '≥',
  ge: '≥',
  neq: '≠',
  pm: '±',
  infty: '∞',
  rightarrow: '→',
  to: '→',
  log: 'log',
  sqrt: '√',
  circ: '°',
  leftrightarrow: '↔',
  Leftrightarrow: '⇔',
  Rightarrow: '⇒',
};

/** Text-formatting commands whose argument is kept as plain text. */
const LATEX_TEXT_COMMANDS =
  /\\(?:emph|textbf|textit|texttt|textrm|textsc|textsf|underline|mathrm|mathbf|mathit|mathcal|mathsf|mathtt|text|operatorname|url)\s*\{([^{}]*)\}/g;

const HTML_TAG =
  /<\/?((?:jats:)?[a-zA-Z][a-zA-Z0-9-]*)(?:\s+[a-zA-Z_:][\w:.-]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*\s*\/?>/g;

/** Inline tags vanish without a trace (`<i>x</i>.` → `x.`); block tags separate words. */
const INLINE_TAGS = new Set(
  'a b i u em strong sub sup span tt code font small italic bold sc monospace'.split(' '),
);
const BLOCK_TAGS = new Set(
  'p br div li ul ol hr h1 h2 h3 h4 h5 h6 img blockquote pre table tr td th title sec'.split(' '),
);

/** Only real HTML/JATS tags go: model tokens such as `<unk>`, `<s>` or `<mask>` are text. */
function replaceTag(tag: string, name: string): string {
  const bare = name.toLowerCase().replace(/^jats:/, '');
  if (INLINE_TAGS.has(bare)) return '';
  if (BLOCK_TAGS.has(bare)) return ' ';
  return tag;
}

/** An own entry only: "&constructor;" is no entity. */
const lookup = (table: Record<string, string>, key: string): string | undefined =>
  Object.hasOwn(table, key) ? table[key] : undefined;

function decodeHtmlEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g, (whole, body: string) => {
    if (body.startsWith('#x')) return String.fromCodePoint(Number.parseInt(body.slice(2), 16));
    if (body.startsWith('#')) return String.fromCodePoint(Number.parseInt(body.slice(1), 10));
    return lookup(HTML_ENTITIES, body.toLowerCase()) ?? whole;
  });
}

function simplifyMath(math: string): string {
  return math
    .replace(LATEX_TEXT_COMMANDS, '$1')
    .replace(/\\(?:bf|it|rm)\b\s*/g, '')
    .replace(/\\([a-zA-Z]+)/g, (whole, name: string) => lookup(LATEX_SYMBOLS, name) ?? whole.slice(1))
    .replace(/\^\{?°\}?/g, '°')
    .replace(/([_^])\{([^{}]*)\}/g, '$1$2')
    .replace(/[{}]/g, '')
    .trim();
}

function simplifyLatex(text: string): string {
  let result = text;
  // Formatting commands may nest (\textbf{\emph{x}}): unwrap until nothing changes.
  for (let pass = 0; pass < 3 && LATEX_TEXT_COMMANDS.test(result); pass += 1) {
    LATEX_TEXT_COMMANDS.lastIndex = 0;
    result = result.replace(LATEX_TEXT_COMMANDS, '$1');
  }
  LATEX_TEXT_COMMANDS.lastIndex = 0;
  return result
    .replace(/\$\$([^$]{1,400})\$\$|\$([^$]{1,200})\$/g, (_whole, display?: string, inline?: string) =>
      simplifyMath(display ?? inline ?? ''),
    )
    .replace(/\\([%&#_$])/g, '$1')
    .replace(/``|''/g, '"')
    .replace(/(https?:\/\/\S+)|(?<=\S)~(?=\S)/g, (_whole, url?: string) => url ?? ' ');
}

export function normaliseText(text: string): string {
  const withoutHtml = decodeHtmlEntities(text.replace(HTML_TAG, replaceTag));
  return (
    simplifyLatex(withoutHtml.normalize('NFKC'))
      .replace(/[\u200B-\u200D\uFEFF]/g, '')
      // "ar(cid:173) tificial": a soft hyphen where a PDF broke a word at a line end, as a glyph code or as
      // the character itself; the word is whole again.
      .replace(/(?<=\p{L})(?:\(cid:173\)|\u00AD)\s*(?=\p{L})/gu, '')
      .replace(/\s+/g, ' ')
      // "ability.We propose": a sentence glued to the one before.
      .replace(/(?<=\p{Ll}{2})\.(?=\p{Lu}\p{Ll})/gu, '. ')
      .trim()
  );
}
