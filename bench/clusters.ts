/**
 * `npx tsx bench/clusters.ts CORPUS EXTRACTIONS [--top N] [--generic-types T,...]`: the clusters derive would store for a corpus and
 * its extractions (`npm run --silent extract -- CORPUS > EXTRACTIONS`), without a database. It builds the
 * knowledge graph and the derived layer with the functions the ingest uses, then prints the number of
 * clusters, the share of concepts in the largest one, how many labels name a metric or a concept more than
 * a tenth of all papers reach (or lead with a concept of a single paper when others have more), and the largest clusters with label, size and papers;
 * then the themes above the clusters: themes per level, and the top-level ones with children, size and label.
 */
import { Command, InvalidArgumentError } from 'commander';
import { buildKnowledgeGraph } from '../ingest/graph/build';
import { readExtractions } from '../ingest/graph/read-extractions';
import { computeDerivedLayer, deriveInputOf, deriveSettings } from '../ingest/derive/layer';
import { readCorpus } from '../ingest/read';
import { isConceptType, type ConceptType } from '../src/model/concepts';
import { typeOfKey } from '../src/model/keys';

const percent = (part: number, whole: number) => `${((100 * part) / Math.max(1, whole)).toFixed(1)}%`;

const program = new Command('bench:clusters')
  .argument('<corpus>', 'the abstracts (any format the ingest reads)')
  .argument('<extractions>', 'their extractions, as `npm run extract` writes them')
  .option('--top <n>', 'how many of the largest clusters to list', (value) => Number(value), 20)
  .option('--generic-types <types>', 'derive setting genericTypes, comma-separated ("" for none)', parseTypes)
  .action((corpus: string, file: string, options: { top: number; genericTypes?: ConceptType[] }) => {
    const { abstracts } = readCorpus(corpus);
    const { extractions } = readExtractions(file);
    const graph = buildKnowledgeGraph(abstracts, extractions);
    const input = deriveInputOf(graph);
    const started = performance.now();
    const overrides = options.genericTypes ? { genericTypes: options.genericTypes } : {};
    const layer = computeDerivedLayer(input, deriveSettings(graph.papers.length, overrides));
    const seconds = (performance.now() - started) / 1000;

    const reached = [...layer.concepts.values()].filter((concept) => concept.paperCount > 0).length;
    const clustered = [...layer.concepts.values()].filter((concept) => concept.cluster !== null).length;
    const papersOf = clusterPapers(input.papers, layer.concepts);
    const largest = [...layer.clusters].sort((x, y) => y.size - x.size || (x.id < y.id ? -1 : 1));
    const biggest = largest[0]?.size ?? 0;

    console.log(`papers ${graph.papers.length}, concepts reached ${reached}, clustered ${clustered}`);
    console.log(`clusters ${layer.clusters.length} (derived in ${seconds.toFixed(1)} s)`);
    console.log(
      `largest cluster: ${biggest} concepts = ${percent(biggest, clustered)} of clustered, ` +
        `${percent(biggest, reached)} of reached concepts`,
    );
    const named = layer.clusters.map((cluster) => labelKeys(cluster.label, cluster.top, input.concepts));
    const isMetric = (key: string) => typeOfKey(key) === 'Metric';
    const mostPapers = new Map<string, number>();
    for (const { cluster, paperCount } of layer.concepts.values()) {
      if (cluster !== null) mostPapers.set(cluster, Math.max(mostPapers.get(cluster) ?? 0, paperCount));
    }
    const paperCountOf = (key: string) => layer.concepts.get(key)?.paperCount ?? 0;
    const isSingle = (key: string) =>
      paperCountOf(key) <= 1 && (mostPapers.get(layer.concepts.get(key)?.cluster ?? '') ?? 0) > 1;
    const isHub = (key: string) => (layer.concepts.get(key)?.paperCount ?? 0) > graph.papers.length / 10;
    console.log(
      `labels led by a metric ${named.filter((keys) => isMetric(keys[0] ?? '')).length}, ` +
        `naming a metric ${named.filter((keys) => keys.some(isMetric)).length}, ` +
        `naming a concept in >10% of papers ${named.filter((keys) => keys.some(isHub)).length}, ` +
        `led by a concept of one paper beside others of more ${named.filter((keys) => isSingle(keys[0] ?? '')).length}`,
    );
    console.log(`\n${'size'.padStart(6)} ${'papers'.padStart(7)}  label  [id]`);
    for (const cluster of largest.slice(0, options.top)) {
      const papers = papersOf.get(cluster.id) ?? 0;
      console.log(
        `${String(cluster.size).padStart(6)} ${String(papers).padStart(7)}  ${cluster.label}  [${cluster.id}]`,
      );
    }

    const perLevel = new Map<number, number>();
    for (const theme of layer.themes) perLevel.set(theme.level, (perLevel.get(theme.level) ?? 0) + 1);
    const top = layer.themes.filter((theme) => theme.parent === null).sort((x, y) => y.size - x.size);
    const alone = layer.themes.length > 0 ? layer.clusters.filter((cluster) => cluster.theme === null) : [];
    console.log(
      `\nlevels ${1 + perLevel.size} (clusters ${layer.clusters.length}` +
        [...perLevel].map(([level, count]) => `, level ${level}: ${count} themes`).join('') +
        `); top level: ${top.length > 0 ? `${top.length} themes, ${alone.length} clusters` : layer.clusters.length}`,
    );
    if (top.length > 0) console.log(`${'size'.padStart(6)} ${'children'.padStart(8)}  label  [id]`);
    for (const theme of top) {
      console.log(
        `${String(theme.size).padStart(6)} ${String(theme.children).padStart(8)}  ${theme.label}  [${theme.id}]`,
      );
    }
  });

function parseTypes(value: string): ConceptType[] {
  const types = value.split(',').filter((type) => type !== '');
  const unknown = types.filter((type) => !isConceptType(type));
  if (unknown.length > 0) throw new InvalidArgumentError(`not concept types: ${unknown.join(', ')}`);
  return types as ConceptType[];
}

/** The keys a label names: the top concepts whose names it lists. */
function labelKeys(
  label: string,
  top: readonly string[],
  concepts: ReadonlyArray<{ key: string; name: string }>,
): string[] {
  const names = new Map(concepts.map((concept) => [concept.key, concept.name]));
  const terms = new Set(label.split(' · '));
  return top.filter((key) => terms.has(names.get(key) ?? key));
}

/** Papers reaching at least one member of each cluster, by cluster id. */
function clusterPapers(
  papers: ReadonlyArray<{ concepts: readonly string[] }>,
  concepts: ReadonlyMap<string, { cluster: string | null }>,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const paper of papers) {
    const clusters = new Set(paper.concepts.map((key) => concepts.get(key)?.cluster ?? null));
    for (const id of clusters) if (id !== null) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

program.parse();
