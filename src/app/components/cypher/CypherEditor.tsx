/**
 * The Cypher editor: CodeMirror 6 with Neo4j's Cypher language support; Ctrl/Cmd+Enter runs. The
 * editable area is named "Cypher query". The parameters given (the console's parameters box) join the
 * schema the language support reads, so `$key` is known to the linter and completion once it has a value.
 */
import { closeBrackets, completionKeymap } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { bracketMatching } from '@codemirror/language';
import { lintKeymap } from '@codemirror/lint';
import { Compartment, EditorState, Prec } from '@codemirror/state';
import { EditorView, keymap, lineNumbers, placeholder } from '@codemirror/view';
import { useEffect, useRef } from 'react';
import { cypherLanguage } from './language';
import { GRAPH_SCHEMA } from './schema';

interface Props {
  /** The text the editor starts with, and any text set from outside (a saved query). */
  value: string;
  onChange(text: string): void;
  onRun(): void;
  /** Parameters with their values: the linter then knows them. */
  parameters?: Record<string, unknown>;
}

const NO_PARAMETERS: Record<string, unknown> = {};

export function CypherEditor({ value, onChange, onRun, parameters = NO_PARAMETERS }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const language = useRef(new Compartment());
  const callbacks = useRef({ onChange, onRun });
  useEffect(() => {
    callbacks.current = { onChange, onRun };
  });

  useEffect(() => {
    if (!host.current) return;
    const editor = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: value,
        extensions: [
          Prec.highest(
            keymap.of([
              {
                key: 'Mod-Enter',
                run: () => {
                  callbacks.current.onRun();
                  return true;
                },
              },
            ]),
          ),
          lineNumbers(),
          history(),
          bracketMatching(),
          closeBrackets(),
          keymap.of([...defaultKeymap, ...historyKeymap, ...completionKeymap, ...lintKeymap]),
          language.current.of(cypherLanguage({ ...GRAPH_SCHEMA, parameters })),
          placeholder('MATCH (m:Method) RETURN m.name LIMIT 10'),
          EditorView.lineWrapping,
          EditorView.contentAttributes.of({ 'aria-label': 'Cypher query' }),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) callbacks.current.onChange(update.state.doc.toString());
          }),
        ],
      }),
    });
    view.current = editor;
    return () => {
      editor.destroy();
      view.current = null;
    };
    // The editor is created once; later `value` changes are applied below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const editor = view.current;
    if (!editor || editor.state.doc.toString() === value) return;
    editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: value } });
  }, [value]);

  // The linter reads names only: the language support is set up again when they change, not on every key.
  const names = Object.keys(parameters).sort().join('\u0000');
  const configured = useRef(names);
  useEffect(() => {
    if (configured.current === names) return;
    configured.current = names;
    view.current?.dispatch({
      effects: language.current.reconfigure(cypherLanguage({ ...GRAPH_SCHEMA, parameters })),
    });
  }, [names, parameters]);

  return <div ref={host} className="cypher-editor" />;
}
