// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import CypherView from '../../src/app/views/CypherView';
import { cypherRunStore, savedQueriesStore } from '../../src/app/core/cypher/store';
import { viewStore } from '../../src/app/core/view/actions';
import { INITIAL_VIEW } from '../../src/app/core/view/state';
import { stubFetch, SYNTAX_ERROR_BODY } from './support';

// sigma (the result graph) names WebGL classes when loaded; happy-dom has none, and no canvas is drawn here.
vi.hoisted(() => {
  Object.assign(globalThis, { WebGL2RenderingContext: class {}, WebGLRenderingContext: class {} });
});

const savedQuery = {
  name: 'method-lineage',
  description: 'What a method builds on',
  params: [{ name: 'name', description: 'method name', example: 'DAFormer' }],
  columns: ['from', 'to'],
  query: 'MATCH (a:Method {name: $name})-[:BUILT_ON]->(b) RETURN a.name AS from, b.name AS to',
};

beforeEach(() => {
  history.replaceState(null, '', '/?view=cypher');
  viewStore.set({ ...INITIAL_VIEW, panel: 'cypher' });
  cypherRunStore.set({ status: 'idle' });
  savedQueriesStore.set({ status: 'idle' });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const editorText = () => screen.getByRole('textbox', { name: 'Cypher query' }).textContent;

describe('Cypher console', () => {
  it('loads a saved query with its example parameters, runs it, fills the table and puts it in the URL', async () => {
    const bodies: unknown[] = [];
    stubFetch({
      '/api/queries': () => ({ body: [savedQuery] }),
      '/api/cypher': (_url, init) => {
        bodies.push(JSON.parse(String(init?.body)));
        return {
          body: {
            columns: ['from', 'to'],
            rows: [{ from: 'DAFormer', to: 'Self-training' }],
            graph: { nodes: [], edges: [], truncated: false },
            truncated: true,
            rowCap: 1000,
            elapsedMs: 7,
          },
        };
      },
    });
    render(<CypherView />);
    expect(screen.getByRole('note').textContent).toMatch(/read-only/i);
    fireEvent.click(await screen.findByRole('button', { name: /method-lineage/ }));
    await waitFor(() => expect(editorText()).toContain('BUILT_ON'));
    expect((screen.getByRole('textbox', { name: /Parameters/ }) as HTMLTextAreaElement).value).toContain(
      '"DAFormer"',
    );

    fireEvent.click(screen.getByRole('button', { name: 'Run query' }));
    const table = await screen.findByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(2);
    expect(bodies).toEqual([{ query: savedQuery.query, params: { name: 'DAFormer' } }]);
    expect(screen.getByText(/row cap 1,000/).textContent).toMatch(/cut at the cap/);
    expect(new URLSearchParams(location.search).get('q')).toBe(savedQuery.query);
    expect(viewStore.get().params).toContain('DAFormer');
    // The first test to mount the editor pays for loading Neo4j's Cypher parser: slow on a busy machine.
  }, 20_000);

  it('shows where the server says the syntax error is, and refuses bad parameters before asking', async () => {
    const { calls } = stubFetch({
      '/api/queries': () => ({ body: [] }),
      '/api/cypher': () => ({
        status: 400,
        body: SYNTAX_ERROR_BODY,
      }),
    });
    render(<CypherView />);
    fireEvent.change(screen.getByRole('textbox', { name: /Parameters/ }), { target: { value: '{"a": }' } });
    fireEvent.click(screen.getByRole('button', { name: 'Run query' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Parameters: not valid JSON at line 1, column 7',
    );
    expect(calls.filter((call) => call.includes('/api/cypher'))).toEqual([]);

    fireEvent.change(screen.getByRole('textbox', { name: /Parameters/ }), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Run query' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('Line 2, column 3:'));
    expect(screen.getByRole('alert').textContent).toContain("Invalid input 'RETRN'");
  });

  it('runs the query of a shared link at once', async () => {
    stubFetch({
      '/api/queries': () => ({ body: [] }),
      '/api/cypher': () => ({
        status: 400,
        body: {
          error: { code: 'write_query', message: 'The console only runs read queries; this one writes.' },
        },
      }),
    });
    viewStore.set({ ...INITIAL_VIEW, panel: 'cypher', query: 'CREATE (n:Method) RETURN n' });
    render(<CypherView />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/^Read-only: this console cannot change the graph/);
    expect(editorText()).toContain('CREATE (n:Method)');
  });

  it('ignores Run and Ctrl+Enter while a query runs, and the button says it is running', async () => {
    const posts: unknown[] = [];
    const answers: Array<() => void> = [];
    const result = {
      columns: ['one'],
      rows: [{ one: 1 }],
      graph: { nodes: [], edges: [], truncated: false },
    };
    vi.stubGlobal(
      'fetch',
      vi.fn(async (input: string | URL | Request, init?: RequestInit) => {
        const path = new URL(String(input), 'http://localhost').pathname;
        if (path !== '/api/cypher')
          return new Response('[]', { headers: { 'content-type': 'application/json' } });
        posts.push(JSON.parse(String(init?.body)));
        await new Promise<void>((resolve) => answers.push(resolve));
        return new Response(JSON.stringify({ ...result, truncated: false, rowCap: 1000, elapsedMs: 1 }), {
          headers: { 'content-type': 'application/json' },
        });
      }),
    );
    viewStore.set({ ...INITIAL_VIEW, panel: 'cypher', query: 'RETURN 1 AS one' });
    render(<CypherView />);
    await waitFor(() => expect(posts).toHaveLength(1));
    const button = screen.getByRole('button', { name: 'Running…' });
    expect(button).toHaveProperty('disabled', true);
    expect(button.getAttribute('aria-busy')).toBe('true');

    const paramsBox = screen.getByRole('textbox', { name: /Parameters/ });
    fireEvent.keyDown(paramsBox, { key: 'Enter', ctrlKey: true });
    fireEvent.keyDown(paramsBox, { key: 'Enter', metaKey: true });
    const editor = document.querySelector('.cm-content') as HTMLElement;
    fireEvent.keyDown(editor, { key: 'Enter', code: 'Enter', keyCode: 13, ctrlKey: true });
    fireEvent.click(button);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(posts).toHaveLength(1);

    answers.shift()?.();
    await screen.findByRole('table');
    const again = screen.getByRole('button', { name: 'Run query' });
    expect(again).toHaveProperty('disabled', false);
    fireEvent.keyDown(paramsBox, { key: 'Enter', ctrlKey: true });
    await waitFor(() => expect(posts).toHaveLength(2));
    answers.shift()?.();
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Run query' })).toHaveProperty('disabled', false),
    );
  });
});
