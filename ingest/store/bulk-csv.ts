/**
 * The bulk path: the same graph the transactional writer and derive would store, as CSV files for
 * `neo4j-admin database import full` (headers included), for corpora beyond what transactions load quickly.
 *
 * Values are RFC 4180 quoted (`"` doubled; a backslash is an ordinary character), list elements are
 * separated by U+001F (a control character no title or sentence contains), and fields may span lines.
 */
import { once } from 'node:events';
import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import { join, resolve } from 'node:path';
import type { KnowledgeGraph } from '../../src/model/graph';
import type { DerivedLayer, DeriveSettings } from '../derive/layer';
import { mentionsOf, precomputeAnswers } from '../derive/answers';
import { basisHash } from '../derive/basis';
import { paperSlices } from './paper-slices';
import {
  CONCEPT_KINDS,
  LINEAGE_KINDS,
  MENTION_KINDS,
  PAPER_KINDS,
  RESULT_KINDS,
  conceptProperties,
  lineageProperties,
  mentionProperties,
  paperProperties,
  resultProperties,
  type Properties,
  type PropertyKinds,
  type PropertyValue,
} from './properties';

export const ARRAY_DELIMITER = '\u001f';

export interface CsvExport {
  dir: string;
  nodes: string[];
  relationships: string[];
  /** Rows written per file name. */
  rows: Record<string, number>;
  /** Arguments to `neo4j-admin` that import the files into database `neo4j` (which must be stopped). */
  adminArgs: string[];
}

/** Raised when a value cannot be represented in the CSV files. */
export class CsvValueError extends Error {
  override readonly name = 'CsvValueError';
}

const HEADER_TYPE: Record<string, string> = {
  string: '',
  int: ':long',
  float: ':double',
  'string[]': ':string[]',
  'int[]': ':long[]',
};

/** One CSV file: a header of typed columns, then rows, streamed to disk. */
class CsvFile {
  private readonly stream: WriteStream;
  rows = 0;

  /** `idSpace` makes property `id`/`key` (the first one) the node's import id in that id space. */
  constructor(
    readonly path: string,
    leading: string[],
    private readonly kinds: PropertyKinds,
    idSpace?: string,
  ) {
    this.stream = createWriteStream(path, { encoding: 'utf8' });
    const columns = Object.entries(kinds).map(([name, kind], index) =>
      index === 0 && idSpace ? `${name}:ID(${idSpace})` : `${name}${HEADER_TYPE[kind]}`,
    );
    const header = [...leading, ...columns];
    this.stream.write(`${header.map(quote).join(',')}\n`);
  }

  /** `lead` fills the leading columns (ids, type, labels); `properties` the typed ones. */
  async write(lead: PropertyValue[], properties: Properties = {}): Promise<void> {
    const cells = [...lead, ...Object.keys(this.kinds).map((name) => properties[name] ?? null)].map((value) =>
      cell(value, this.path),
    );
    this.rows += 1;
    if (!this.stream.write(`${cells.join(',')}\n`)) await once(this.stream, 'drain');
  }

  async close(): Promise<void> {
    this.stream.end();
    await once(this.stream, 'finish');
  }
}

function quote(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

function cell(value: PropertyValue, file: string): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    const items = value.map(String);
    if (items.some((item) => item.includes(ARRAY_DELIMITER))) {
      throw new CsvValueError(
        `${file}: a list element contains U+001F, the list delimiter of the import files`,
      );
    }
    return quote(items.join(ARRAY_DELIMITER));
  }
  return quote(value);
}

/**
 * Writes the CSV files into `dir` and returns them with the admin command's arguments.
 *
 * @example
 * const csv = await emitImportCsv(graph, layer, settings, 'out/csv', builtInExtractor.fingerprint);
 * // neo4j-admin ${csv.adminArgs.join(' ')}
 */
export async function emitImportCsv(
  graph: KnowledgeGraph,
  layer: DerivedLayer,
  settings: DeriveSettings,
  dir: string,
  fingerprint: string,
): Promise<CsvExport> {
  const root = resolve(dir);
  mkdirSync(root, { recursive: true });
  const file = (name: string, leading: string[], kinds: PropertyKinds, idSpace?: string) =>
    new CsvFile(join(root, `${name}.csv`), leading, kinds, idSpace);
  const slices = paperSlices(graph, fingerprint);

  const papers = file('papers', [':LABEL'], PAPER_KINDS, 'Paper');
  for (const slice of slices) await papers.write(['Paper'], paperProperties(slice));

  const concepts = file(
    'concepts',
    [':LABEL'],
    {
      ...CONCEPT_KINDS,
      paperCount: 'int',
      cluster: 'string',
      years: 'int[]',
      yearCounts: 'int[]',
      contextNorm: 'float',
    },
    'Concept',
  );
  const answers = precomputeAnswers(mentionsOf(graph), layer.concepts);
  for (const concept of graph.concepts) {
    const derived = layer.concepts.get(concept.key);
    await concepts.write([`Concept${ARRAY_DELIMITER}${concept.type}`], {
      ...conceptProperties(concept),
      paperCount: derived?.paperCount ?? 0,
      cluster: derived?.cluster ?? null,
      years: derived?.years ?? [],
      yearCounts: derived?.yearCounts ?? [],
      contextNorm: answers.contextNorms.get(concept.key) ?? 0,
    });
  }

  const clusters = file(
    'clusters',
    [':LABEL'],
    {
      id: 'string',
      label: 'string',
      size: 'int',
      top: 'string[]',
      theme: 'string',
      years: 'int[]',
      yearCounts: 'int[]',
      paperIds: 'string[]',
      paperMentions: 'int[]',
      paperTotal: 'int',
    },
    'Cluster',
  );
  const ranked = new Map(answers.clusters.map((row) => [row.id, row]));
  for (const cluster of layer.clusters) {
    const papers = ranked.get(cluster.id);
    await clusters.write(['Cluster'], {
      ...cluster,
      paperIds: papers?.paperIds ?? [],
      paperMentions: papers?.paperMentions ?? [],
      paperTotal: papers?.paperTotal ?? 0,
    });
  }
  const themes = file(
    'themes',
    [':LABEL'],
    {
      id: 'string',
      label: 'string',
      level: 'int',
      size: 'int',
      children: 'int',
      top: 'string[]',
      parent: 'string',
      years: 'int[]',
      yearCounts: 'int[]',
    },
    'Theme',
  );
  for (const theme of layer.themes) await themes.write(['Theme'], { ...theme });

  const state = file(
    'derived-state',
    [':LABEL'],
    { id: 'string', basis: 'string', years: 'int[]', yearPapers: 'int[]' },
    'DerivedState',
  );
  await state.write(['DerivedState'], {
    id: 'derived',
    years: layer.papersPerYear.years,
    yearPapers: layer.papersPerYear.counts,
    basis: basisHash(
      slices.map((slice) => ({ id: slice.paper.id, graphHash: slice.graphHash })),
      settings,
    ),
  });

  const paperToConcept = [':START_ID(Paper)', ':END_ID(Concept)', ':TYPE'];
  const conceptToConcept = [':START_ID(Concept)', ':END_ID(Concept)', ':TYPE'];
  const mentions = file('mentions', paperToConcept, MENTION_KINDS);
  for (const mention of graph.mentions) {
    await mentions.write([mention.paperId, mention.conceptKey, mention.type], mentionProperties(mention));
  }
  const lineage = file('lineage', conceptToConcept, LINEAGE_KINDS);
  for (const edge of graph.lineage)
    await lineage.write([edge.from, edge.to, edge.type], lineageProperties(edge));
  const results = file('results', paperToConcept, RESULT_KINDS);
  for (const result of graph.results) {
    await results.write([result.paperId, result.target, 'REPORTS'], resultProperties(result));
  }
  const cooccurs = file('cooccurs', conceptToConcept, { papers: 'int', weight: 'float' });
  for (const pair of layer.cooccurs) {
    await cooccurs.write([pair.a, pair.b, 'CO_OCCURS'], { papers: pair.papers, weight: pair.weight });
  }
  const membership = file('in-cluster', [':START_ID(Concept)', ':END_ID(Cluster)', ':TYPE'], {});
  for (const [key, derived] of layer.concepts) {
    if (derived.cluster !== null) await membership.write([key, derived.cluster, 'IN_CLUSTER']);
  }
  const links = file('linked', [':START_ID(Cluster)', ':END_ID(Cluster)', ':TYPE'], { weight: 'float' });
  for (const link of layer.links) await links.write([link.a, link.b, 'LINKED'], { weight: link.weight });
  const clusterThemes = file('cluster-in-theme', [':START_ID(Cluster)', ':END_ID(Theme)', ':TYPE'], {});
  for (const cluster of layer.clusters) {
    if (cluster.theme !== null) await clusterThemes.write([cluster.id, cluster.theme, 'IN_THEME']);
  }
  const themeParents = file('theme-in-theme', [':START_ID(Theme)', ':END_ID(Theme)', ':TYPE'], {});
  for (const theme of layer.themes) {
    if (theme.parent !== null) await themeParents.write([theme.id, theme.parent, 'IN_THEME']);
  }
  // Links with a theme at one end may have a cluster (one a level left alone) at the other, either way.
  const themeIds = new Set(layer.themes.map((theme) => theme.id));
  const space = (id: string) => (themeIds.has(id) ? 'Theme' : 'Cluster');
  const linkFiles = new Map(
    (
      [
        ['theme-linked', 'Theme', 'Theme'],
        ['cluster-theme-linked', 'Cluster', 'Theme'],
        ['theme-cluster-linked', 'Theme', 'Cluster'],
      ] as const
    ).map(([name, from, to]) => [
      `${from}>${to}`,
      file(name, [`:START_ID(${from})`, `:END_ID(${to})`, ':TYPE'], { weight: 'float' }),
    ]),
  );
  for (const link of layer.themeLinks) {
    const csv = linkFiles.get(`${space(link.a)}>${space(link.b)}`);
    await csv?.write([link.a, link.b, 'LINKED'], { weight: link.weight });
  }

  const nodeFiles = [papers, concepts, clusters, themes, state];
  const relationshipFiles = [
    mentions,
    lineage,
    results,
    cooccurs,
    membership,
    links,
    clusterThemes,
    themeParents,
    ...linkFiles.values(),
  ];
  for (const csv of [...nodeFiles, ...relationshipFiles]) await csv.close();
  return {
    dir: root,
    nodes: nodeFiles.map((csv) => csv.path),
    relationships: relationshipFiles.map((csv) => csv.path),
    rows: Object.fromEntries(
      [...nodeFiles, ...relationshipFiles].map((csv) => [csv.path.slice(root.length + 1), csv.rows]),
    ),
    adminArgs: [
      'database',
      'import',
      'full',
      // The database name goes first: --nodes and --relationships take every following non-option word.
      'neo4j',
      '--overwrite-destination=true',
      '--array-delimiter=U+001F',
      '--multiline-fields=true',
      `--report-file=${join(root, 'import.report')}`,
      ...nodeFiles.map((csv) => `--nodes=${csv.path}`),
      ...relationshipFiles.map((csv) => `--relationships=${csv.path}`),
    ],
  };
}
