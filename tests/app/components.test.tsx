// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type {
  ConceptDetails,
  CypherResponse,
  EvidenceView,
  NodeValue,
  PaperDetails,
  PathValue,
  RelationshipValue,
} from '../../src/model/api';
import { DetailsPanel } from '../../src/app/components/DetailsPanel';
import { Evidence } from '../../src/app/components/Evidence';
import { SearchBox } from '../../src/app/components/SearchBox';
import { Banner } from '../../src/app/components/Banner';
import { Legend } from '../../src/app/components/Legend';
import { ResultsList } from '../../src/app/components/details/ResultsList';
import { ResultsTable } from '../../src/app/components/cypher/ResultsTable';
import { clusterSummaries } from '../../src/app/core/atlas/store';
import { loadDetails } from '../../src/app/core/details/actions';
import { detailsStore } from '../../src/app/core/details/store';
import { clusterNodeId } from '../../src/model/keys';
import { healthStore } from '../../src/app/core/health/store';
import { viewStore } from '../../src/app/core/view/actions';
import { INITIAL_VIEW } from '../../src/app/core/view/state';
import { stubFetch } from './support';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

beforeEach(() => {
  history.replaceState(null, '', '/');
  viewStore.set(INITIAL_VIEW);
  detailsStore.set({ details: { status: 'idle' } });
  healthStore.set({ state: 'checking' });
});

const evidence: EvidenceView = {
  sentence: 'Based on the findings, we propose a novel UDA method, DAFormer.',
  start: 510,
  end: 518,
  sentenceStart: 54,
  sentenceEnd: 62,
  rule: 'propose-named-method',
  confidence: 0.9,
};

describe('Evidence', () => {
  it('highlights the mention inside the sentence', () => {
    const { container } = render(<Evidence evidence={evidence} />);
    expect(container.querySelector('mark')?.textContent).toBe('DAFormer');
    expect(container.textContent).toBe(evidence.sentence);
  });

  it('shows the sentence plainly when the offsets do not fit it', () => {
    const { container } = render(<Evidence evidence={{ ...evidence, sentenceStart: 60, sentenceEnd: 99 }} />);
    expect(container.querySelector('mark')).toBeNull();
    expect(container.textContent).toBe(evidence.sentence);
  });
});

const daformer: ConceptDetails = {
  key: 'method:daformer',
  name: 'DAFormer',
  type: 'Method',
  aliases: ['DAFormer', 'Domain-Adaptive Transformer'],
  paperCount: 2,
  cluster: { id: '3', label: 'Domain adaptation' },
  paperTotal: 1,
  papers: [
    {
      id: 'p1',
      title: 'DAFormer: Improving Network Architectures',
      year: 2022,
      relation: 'PROPOSES',
      role: 'proposed',
      evidence: [evidence],
    },
  ],
  results: [
    {
      paper: { id: 'p1', title: 'DAFormer: Improving Network Architectures' },
      metric: 'mIoU',
      value: '+10.8',
      target: { key: 'dataset:cityscape', name: 'Cityscapes', type: 'Dataset' },
      sentence: 'It improves the state of the art by 10.8 mIoU for GTA-to-Cityscapes.',
    },
  ],
  resultTotal: 1,
  lineage: [],
};

describe('DetailsPanel', () => {
  it('is a region named Details with the concept, its evidence, results and related methods', async () => {
    viewStore.set({ ...INITIAL_VIEW, selected: daformer.key });
    detailsStore.set({
      nodeId: daformer.key,
      details: {
        status: 'ready',
        data: {
          kind: 'concept',
          concept: daformer,
          related: {
            status: 'ready',
            data: [
              {
                key: 'method:hrda',
                name: 'HRDA',
                type: 'Method',
                score: 0.8,
                reason: 'Both evaluated on Cityscapes and GTA5',
                reasons: [],
                shared: ['GTA5', 'Cityscapes', 'Synthia', 'ACDC', 'Dark Zurich', 'semantic segmentation'].map(
                  (name) => ({ key: `dataset:${name.toLowerCase()}`, name, type: 'Dataset' as const }),
                ),
              },
            ],
          },
        },
      },
    });
    render(<DetailsPanel />);
    const panel = screen.getByRole('region', { name: 'Details' });
    expect(within(panel).getByRole('heading', { name: 'DAFormer' })).toBeTruthy();
    expect(within(panel).getByText('Domain-Adaptive Transformer')).toBeTruthy();
    expect(panel.querySelector('mark')?.textContent).toBe('DAFormer');
    expect(within(panel).getByText('+10.8')).toBeTruthy();
    expect(within(panel).getByText('Both evaluated on Cityscapes and GTA5')).toBeTruthy();

    // Papers and their evidence come before related methods.
    const sections = [...panel.querySelectorAll('section[aria-label]')].map((section) =>
      section.getAttribute('aria-label'),
    );
    expect(sections.indexOf('Papers')).toBeLessThan(sections.indexOf('Related methods'));
    // The shared items: the four most specific as chips, in the server's order, then "+2 more".
    const relatedSection = within(panel).getByRole('region', { name: 'Related methods' });
    const chips = () =>
      [...relatedSection.querySelectorAll('.reason-items .concept-link')].map((chip) => chip.textContent);
    expect(chips()).toEqual(['GTA5', 'Cityscapes', 'Synthia', 'ACDC']);
    fireEvent.click(within(relatedSection).getByRole('button', { name: '+2 more' }));
    expect(chips()).toEqual([
      'GTA5',
      'Cityscapes',
      'Synthia',
      'ACDC',
      'Dark Zurich',
      'semantic segmentation',
    ]);

    // Everything navigates: a related method opens its neighbourhood (it is not in the graph).
    fireEvent.click(within(panel).getByRole('button', { name: /HRDA/ }));
    expect(viewStore.get()).toMatchObject({ focus: ['method:hrda'], selected: 'method:hrda' });
    expect(location.search).toBe('?focus=method%3Ahrda&sel=method%3Ahrda');

    // The cluster link drills into the cluster.
    fireEvent.click(within(panel).getByRole('button', { name: 'Domain adaptation' }));
    expect(viewStore.get()).toMatchObject({ cluster: '3', focus: [], selected: undefined });
  });

  it('shows a lineage whose paper is not in the graph without a paper link', () => {
    viewStore.set({ ...INITIAL_VIEW, selected: daformer.key });
    const concept: ConceptDetails = {
      ...daformer,
      lineage: [
        {
          type: 'BUILT_ON',
          direction: 'out',
          other: { key: 'method:segformer', name: 'SegFormer', type: 'Method' },
          sentence: 'DAFormer is built on SegFormer.',
        },
        {
          type: 'EXTENDS',
          direction: 'in',
          other: { key: 'method:hrda', name: 'HRDA', type: 'Method' },
          paper: {
            id: 'p2',
            title: 'HRDA: Context-Aware High-Resolution Domain-Adaptive Semantic Segmentation',
          },
          sentence: 'HRDA extends DAFormer.',
        },
      ],
    };
    detailsStore.set({
      nodeId: daformer.key,
      details: { status: 'ready', data: { kind: 'concept', concept, related: { status: 'idle' } } },
    });
    render(<DetailsPanel />);
    const lineage = screen.getByRole('region', { name: 'Lineage' });
    const items = within(lineage).getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('p')?.textContent)).toEqual([
      'DAFormer is built on SegFormer',
      'HRDA extends DAFormer',
    ]);
    expect(items[0]?.querySelector('.paper-link')).toBeNull();
    const links = [...lineage.querySelectorAll('.paper-link')].map((link) => link.textContent);
    expect(links).toEqual(['HRDA: Context-Aware High-Resolution Domain-Adaptive Semantic Segmentation']);
  });

  it('lists every result of a paper, one without a dataset or benchmark too, each with its sentence', () => {
    const paper: PaperDetails = {
      id: 'p7',
      title: 'QuillNet: Fast Parsing',
      abstract: 'QuillNet parses 2.4x faster. It reaches 93.1 F1 on the Quill Treebank.',
      entities: [],
      lineage: [],
      results: [
        {
          paper: { id: 'p7', title: 'QuillNet: Fast Parsing' },
          metric: 'speedup',
          metricConcept: { key: 'metric:speedup', name: 'speedup', type: 'Metric' },
          value: '2.4x',
          sentence: 'QuillNet parses 2.4x faster.',
        },
        {
          paper: { id: 'p7', title: 'QuillNet: Fast Parsing' },
          metric: 'F1',
          metricConcept: { key: 'metric:f1', name: 'F1', type: 'Metric' },
          value: '93.1',
          target: { key: 'dataset:quill treebank', name: 'Quill Treebank', type: 'Dataset' },
          method: { key: 'method:quillnet', name: 'QuillNet', type: 'Method' },
          sentence: 'It reaches 93.1 F1 on the Quill Treebank.',
        },
      ],
    };
    viewStore.set({ ...INITIAL_VIEW, selected: 'paper:p7' });
    detailsStore.set({ nodeId: 'paper:p7', details: { status: 'ready', data: { kind: 'paper', paper } } });
    render(<DetailsPanel />);
    const results = screen.getByRole('region', { name: 'Results' });
    const items = within(results).getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('.result-line')?.textContent)).toEqual([
      '2.4x speedup',
      '93.1 F1 on Quill Treebank by QuillNet',
    ]);
    expect(items.map((item) => item.querySelector('.evidence')?.textContent)).toEqual([
      'QuillNet parses 2.4x faster.',
      'It reaches 93.1 F1 on the Quill Treebank.',
    ]);
    // The metric opens its concept, where the results measured in it are listed.
    fireEvent.click(within(items[0] as HTMLElement).getByRole('button', { name: 'speedup' }));
    expect(viewStore.get()).toMatchObject({ selected: 'metric:speedup' });
  });

  it('shows more papers on demand, from where the list ends, until all are shown', async () => {
    const paper = (id: string) => ({
      ...daformer.papers[0]!,
      id,
      title: `Paper ${id}`,
      relation: 'USES' as const,
    });
    const { calls } = stubFetch({
      '/api/concepts': () => ({ body: { ...daformer, papers: [paper('p2'), paper('p3')], paperTotal: 3 } }),
    });
    viewStore.set({ ...INITIAL_VIEW, selected: daformer.key });
    detailsStore.set({
      nodeId: daformer.key,
      details: {
        status: 'ready',
        data: { kind: 'concept', concept: { ...daformer, paperTotal: 3 }, related: { status: 'idle' } },
      },
    });
    render(<DetailsPanel />);
    const papers = screen.getByRole('region', { name: 'Papers' });
    expect(within(papers).getByRole('heading').textContent).toBe('Papers (3)');
    fireEvent.click(within(papers).getByRole('button', { name: 'Show more papers (2 more)' }));
    await waitFor(() => expect(papers.querySelectorAll('.paper-list > li')).toHaveLength(3));
    expect(calls).toEqual(['GET /api/concepts/method%3Adaformer?papers=100&offset=1']);
    expect([...papers.querySelectorAll('.paper-link')].map((link) => link.textContent)).toEqual([
      'DAFormer: Improving Network Architectures (2022)',
      'Paper p2 (2022)',
      'Paper p3 (2022)',
    ]);
    expect(within(papers).queryByRole('button', { name: /Show more papers/ })).toBeNull();
  });

  it("lists a cluster's papers under its summary, most of its concepts first", async () => {
    const summary = {
      id: 'task:semantic segmentation',
      label: 'semantic segmentation · Cityscapes',
      size: 15,
      top: [{ key: 'task:semantic segmentation', name: 'semantic segmentation', type: 'Task' as const }],
    };
    clusterSummaries.set(new Map([[summary.id, summary]]));
    const { calls } = stubFetch({
      '/api/clusters': () => ({
        body: {
          ...summary,
          graph: { nodes: [], edges: [], truncated: true },
          papers: [
            { id: 'p1', title: 'DAFormer', year: 2022, concepts: 9 },
            { id: 'p2', title: 'HRDA', concepts: 7 },
          ],
          paperTotal: 12,
        },
      }),
    });
    const nodeId = clusterNodeId(summary.id);
    viewStore.set({ ...INITIAL_VIEW, selected: nodeId });
    render(<DetailsPanel />);
    await act(() => loadDetails(nodeId));
    const papers = screen.getByRole('region', { name: 'Cluster papers' });
    expect(within(papers).getByRole('heading').textContent).toBe('Papers (12)');
    expect([...papers.querySelectorAll('li')].map((item) => item.textContent)).toEqual([
      'DAFormer (2022)9 of its concepts',
      'HRDA7 of its concepts',
    ]);
    expect(screen.getByRole('heading', { name: summary.label })).toBeTruthy();
    expect(calls).toEqual([`GET /api/clusters/${encodeURIComponent(summary.id)}?limit=1&papers=10`]);
  });

  it('renders nothing without a selection, and closes on its button', () => {
    const { container } = render(<DetailsPanel />);
    expect(container.innerHTML).toBe('');
    act(() => viewStore.set({ ...INITIAL_VIEW, selected: 'method:x' }));
    fireEvent.click(screen.getByRole('button', { name: 'Close details' }));
    expect(viewStore.get().selected).toBeUndefined();
  });

  it('says so when the details cannot load', () => {
    viewStore.set({ ...INITIAL_VIEW, selected: 'method:x' });
    detailsStore.set({
      nodeId: 'method:x',
      details: { status: 'error', error: new Error('No concept method:x') },
    });
    render(<DetailsPanel />);
    expect(screen.getByRole('alert').textContent).toContain('No concept method:x');
  });
});

describe('SearchBox', () => {
  it('suggests as you type; arrows move, Enter opens the hit', async () => {
    const { calls } = stubFetch({
      '/api/search': (url) => ({
        body: {
          query: url.searchParams.get('q'),
          hits: [
            {
              id: 'method:daformer',
              kind: 'Method',
              label: 'DAFormer',
              key: 'method:daformer',
              score: 3,
              paperCount: 4,
            },
            {
              id: 'paper:p1',
              kind: 'Paper',
              label: 'DAFormer: Improving Network Architectures',
              key: 'p1',
              score: 2,
              year: 2022,
            },
          ],
        },
      }),
    });
    render(<SearchBox />);
    const box = screen.getByRole('searchbox', { name: 'Search' });
    fireEvent.change(box, { target: { value: 'dafor' } });
    const options = await screen.findAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual([
      expect.stringContaining('DAFormer'),
      expect.stringContaining('2022'),
    ]);
    expect(calls).toEqual(['GET /api/search?q=dafor&limit=8']);
    expect(box.getAttribute('aria-activedescendant')).toBe(options[0]?.id);

    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(box.getAttribute('aria-activedescendant')).toBe(options[1]?.id);
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(box.getAttribute('aria-activedescendant')).toBe(options[0]?.id);
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(viewStore.get()).toMatchObject({ focus: ['method:daformer'], selected: 'method:daformer' });
    expect(box.getAttribute('aria-expanded')).toBe('false');
  });

  it('stays closed after a hit is chosen until the user types again', async () => {
    const { calls } = stubFetch({
      '/api/search': (url) => ({
        body: {
          query: url.searchParams.get('q'),
          hits: [
            { id: 'method:daformer', kind: 'Method', label: 'DAFormer', key: 'method:daformer', score: 3 },
          ],
        },
      }),
    });
    render(<SearchBox />);
    const box = screen.getByRole('searchbox', { name: 'Search' }) as HTMLInputElement;
    fireEvent.change(box, { target: { value: 'dafor' } });
    await screen.findByRole('option');
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(box.value).toBe('DAFormer');
    // Longer than the debounce and a stubbed answer: a search for the chosen label would have reopened it.
    await act(() => new Promise((resolve) => setTimeout(resolve, 400)));
    expect(box.getAttribute('aria-expanded')).toBe('false');
    expect(screen.getByRole('listbox', { hidden: true }).hidden).toBe(true);
    expect(calls).toEqual(['GET /api/search?q=dafor&limit=8']);
    fireEvent.blur(box);
    fireEvent.focus(box);
    await act(() => new Promise((resolve) => setTimeout(resolve, 200)));
    expect(box.getAttribute('aria-expanded')).toBe('false');

    fireEvent.change(box, { target: { value: 'DAFormer v' } });
    await waitFor(() => expect(box.getAttribute('aria-expanded')).toBe('true'));
    expect(calls).toEqual(['GET /api/search?q=dafor&limit=8', 'GET /api/search?q=DAFormer+v&limit=8']);
  });

  it('Escape closes the suggestions', async () => {
    stubFetch({
      '/api/search': () => ({
        body: { query: 'x', hits: [{ id: 'task:x', kind: 'Task', label: 'X', key: 'task:x', score: 1 }] },
      }),
    });
    render(<SearchBox />);
    const box = screen.getByRole('searchbox', { name: 'Search' });
    fireEvent.change(box, { target: { value: 'xx' } });
    await screen.findByRole('option');
    fireEvent.keyDown(box, { key: 'Escape' });
    await waitFor(() => expect(box.getAttribute('aria-expanded')).toBe('false'));
  });
});

describe('Banner', () => {
  it('says Neo4j is down and retries', async () => {
    healthStore.set({ state: 'database-down', message: 'Neo4j is unreachable' });
    const { calls } = stubFetch({
      '/api/health': () => ({ body: { status: 'ok', database: { reachable: true, origin: 'embedded' } } }),
      '/api/clusters': () => ({ body: { clusters: [], links: [] } }),
    });
    render(<Banner />);
    expect(screen.getByRole('alert').textContent).toContain('Neo4j is not reachable.');
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(calls).toContain('GET /api/health');
    expect(calls).toContain('GET /api/clusters');
  });
});

describe('ResultsTable', () => {
  it('is a real table with a header per column and a row per record', () => {
    const response: CypherResponse = {
      columns: ['method', 'papers', 'node'],
      rows: [
        {
          method: 'DAFormer',
          papers: 4,
          node: { kind: 'node', id: '4:a:1', labels: ['Method'], properties: { name: 'DAFormer' } },
        },
        { method: 'HRDA', papers: 2, node: null },
      ],
      graph: { nodes: [], edges: [], truncated: false },
      truncated: false,
      rowCap: 1000,
      elapsedMs: 3,
    };
    render(<ResultsTable response={response} />);
    const table = screen.getByRole('table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['#', 'method', 'papers', 'node']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      ),
    ).toEqual([
      ['1', 'DAFormer', '4', '(:Method DAFormer)'],
      ['2', 'HRDA', '2', ''],
    ]);
  });

  it('shows relationships by type and paths (nodes and relationships, as the console sends them) by ends and length', () => {
    const hrda: NodeValue = {
      kind: 'node',
      id: '4:a:2',
      labels: ['Concept', 'Method'],
      properties: { name: 'HRDA' },
    };
    const daformer: NodeValue = {
      kind: 'node',
      id: '4:a:1',
      labels: ['Method'],
      properties: { name: 'DAFormer' },
    };
    const extendsRel: RelationshipValue = {
      kind: 'relationship',
      id: '5:a:9',
      type: 'EXTENDS',
      start: hrda.id,
      end: daformer.id,
      properties: { sentence: 'HRDA extends DAFormer.' },
    };
    const path: PathValue = { kind: 'path', nodes: [hrda, daformer], relationships: [extendsRel] };
    const response: CypherResponse = {
      columns: ['path', 'rel', 'alone'],
      rows: [{ path, rel: extendsRel, alone: { kind: 'path', nodes: [daformer], relationships: [] } }],
      graph: { nodes: [], edges: [], truncated: false },
      truncated: false,
      rowCap: 1000,
      elapsedMs: 3,
    };
    render(<ResultsTable response={response} />);
    const cells = within(screen.getAllByRole('row')[1] as HTMLElement).getAllByRole('cell');
    expect(cells.map((cell) => cell.textContent)).toEqual([
      '1',
      'path ((:Concept:Method HRDA)…(:Method DAFormer), 1 step)',
      '[:EXTENDS]',
      'path (0 steps)',
    ]);
  });
});

describe('Legend', () => {
  it.each([
    [false, 'Cluster (a colour each)'],
    [true, 'Theme (a colour each)'],
  ])('on the overview of themes=%s says what its discs are', (themes, text) => {
    render(<Legend overview themes={themes} />);
    expect(screen.getByText(text)).toBeTruthy();
    expect(screen.queryByRole('checkbox')).toBeNull();
  });

  it('beyond the overview offers the type filter', () => {
    render(<Legend />);
    expect(screen.getAllByRole('checkbox').length).toBeGreaterThan(3);
  });
});

describe('ResultsList', () => {
  const result = (index: number) => ({
    paper: { id: `p${index}`, title: `Paper ${index}` },
    metric: 'accuracy',
    value: `${index}%`,
    sentence: `It reaches ${index}% accuracy.`,
  });

  it('counts every result and says when only the newest were sent', () => {
    render(<ResultsList results={Array.from({ length: 60 }, (_, index) => result(index))} total={1455} />);
    expect(screen.getByRole('heading', { name: 'Results (1455)' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Show the newest 60' }));
    expect(screen.getByText(/The newest 60 of 1455/)).toBeTruthy();
  });
});
