/**
 * Cypher in CodeMirror 6, powered by Neo4j's own language support (@neo4j-cypher/language-support, the
 * parser behind Neo4j's editors): token highlighting, completion and syntax diagnostics.
 */
import { autocompletion, type CompletionContext, type CompletionResult } from '@codemirror/autocomplete';
import { linter, type Diagnostic } from '@codemirror/lint';
import { RangeSetBuilder, type Extension } from '@codemirror/state';
import {
  Decoration,
  ViewPlugin,
  type DecorationSet,
  type EditorView,
  type ViewUpdate,
} from '@codemirror/view';
import {
  autocomplete,
  highlightSyntax,
  lintCypherQuery,
  type DbSchema,
} from '@neo4j-cypher/language-support';

/** LSP CompletionItemKind numbers → CodeMirror's completion icon types. */
const COMPLETION_TYPES: Record<number, string> = {
  2: 'method',
  3: 'function',
  6: 'variable',
  7: 'class',
  10: 'property',
  12: 'constant',
  13: 'enum',
  14: 'keyword',
  20: 'enum',
  21: 'constant',
  25: 'type',
};

function highlightDecorations(view: EditorView): DecorationSet {
  const builder = new RangeSetBuilder<Decoration>();
  const text = view.state.doc.toString();
  let previousEnd = 0;
  for (const token of highlightSyntax(text)) {
    const from = token.position.startOffset;
    const to = from + token.length;
    if (from < previousEnd || to > text.length || token.length === 0) continue;
    builder.add(from, to, Decoration.mark({ class: `cm-cypher-${token.tokenType}` }));
    previousEnd = to;
  }
  return builder.finish();
}

const cypherHighlighting = ViewPlugin.fromClass(
  class {
    decorations: DecorationSet;
    constructor(view: EditorView) {
      this.decorations = highlightDecorations(view);
    }
    update(update: ViewUpdate) {
      if (update.docChanged) this.decorations = highlightDecorations(update.view);
    }
  },
  { decorations: (plugin) => plugin.decorations },
);

function cypherCompletion(schema: DbSchema) {
  return (context: CompletionContext): CompletionResult | null => {
    const word = context.matchBefore(/[\w$]*/);
    const triggered =
      context.explicit ||
      (word !== null && word.from < word.to) ||
      /[:.($]$/.test(context.state.sliceDoc(0, context.pos));
    if (!triggered) return null;
    const items = autocomplete(context.state.doc.toString(), schema, {
      caretPosition: context.pos,
      manual: context.explicit,
    });
    if (items.length === 0) return null;
    return {
      from: word ? word.from : context.pos,
      options: items.map((item) => ({
        label: item.label,
        type: item.kind === undefined ? undefined : COMPLETION_TYPES[item.kind],
        detail: item.detail,
        apply: item.insertText ?? item.label,
      })),
      validFor: /^[\w$]*$/,
    };
  };
}

function cypherLint(schema: DbSchema) {
  return linter(
    (view): Diagnostic[] =>
      lintCypherQuery(view.state.doc.toString(), schema).diagnostics.map((diagnostic) => ({
        from: diagnostic.offsets.start,
        to: Math.max(diagnostic.offsets.end, diagnostic.offsets.start),
        severity: diagnostic.severity === 1 ? 'error' : 'warning',
        message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
      })),
    { delay: 300 },
  );
}

export function cypherLanguage(schema: DbSchema): Extension {
  return [cypherHighlighting, autocompletion({ override: [cypherCompletion(schema)] }), cypherLint(schema)];
}
