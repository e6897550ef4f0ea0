/**
 * The pages `npm run bench:ui` loads: the app as built for production, and a bare page that hands sigma
 * the same graph with no React and sigma's default settings. The bare page places nodes as the app does
 * (circle packing by cluster and kind), so both draw the same pixels. Its query string:
 *   ?layout   — after the first frame, graphology's ForceAtlas2 worker runs with the app's settings and
 *               writes each iteration straight into the graph (the library's own way);
 *   ?cheapest — sigma's cheapest drawing: nodes as points, no edges, no labels (the floor of a frame).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { projectRoot } from '../neo4j/paths';

export const workDir = join(projectRoot, 'test-output', 'bench-ui');
export const appDir = join(workDir, 'app');
export const bareDir = join(workDir, 'bare');
const bareSourceDir = join(workDir, 'bare-src');

const BARE_HTML = `<!doctype html>
<html lang="en"><head><meta charset="UTF-8" /><title>bare sigma</title>
<style>html,body{margin:0;height:100%}#graph{position:absolute;top:49px;left:0;right:0;bottom:0}</style></head>
<body><div id="graph"></div><script type="module" src="./bare.ts"></script></body></html>`;

const BARE_SCRIPT = `import Graph from 'graphology';
import circlepack from 'graphology-layout/circlepack';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import Sigma from 'sigma';
import { NodePointProgram } from 'sigma/rendering';
const options = new URLSearchParams(location.search);
const payload = await (await fetch('/api/bench-graph')).json();
const graph = new Graph({ multi: true, type: 'directed' });
for (const node of payload.nodes) graph.addNode(node.id, { label: node.label, size: 3 + Math.sqrt(node.size), color: '#4f7cff', kind: node.kind, cluster: node.cluster ?? 'none' });
for (const edge of payload.edges) if (!graph.hasEdge(edge.id)) graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, { color: '#cfd4dd' });
circlepack.assign(graph, { hierarchyAttributes: ['cluster', 'kind'], scale: Math.sqrt(graph.order) * 10 });
const cheapest = options.has('cheapest')
  ? { nodeProgramClasses: { point: NodePointProgram }, defaultNodeType: 'point', renderLabels: false, edgeReducer: (edge, attributes) => ({ ...attributes, hidden: true }) }
  : {};
// The constructor indexes, processes and renders synchronously: its return is the first drawn frame.
new Sigma(graph, document.getElementById('graph'), cheapest);
performance.mark('bare:first-frame');
if (options.has('layout')) {
  requestAnimationFrame(() => requestAnimationFrame(() => {
    const settings = { ...forceAtlas2.inferSettings(graph), adjustSizes: false, edgeWeightInfluence: 0.5, linLogMode: false };
    new FA2Layout(graph, { settings, getEdgeWeight: 'weight' }).start();
    performance.mark('bare:layout-start');
  }));
}
`;

export async function buildPages(): Promise<void> {
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(bareSourceDir, { recursive: true });
  writeFileSync(join(bareSourceDir, 'index.html'), BARE_HTML);
  writeFileSync(join(bareSourceDir, 'bare.ts'), BARE_SCRIPT);
  const quiet = { logLevel: 'error' as const };
  await build({
    ...quiet,
    configFile: join(projectRoot, 'vite.config.ts'),
    build: { outDir: appDir, emptyOutDir: true },
  });
  await build({
    ...quiet,
    configFile: false,
    root: bareSourceDir,
    build: { outDir: bareDir, emptyOutDir: true, target: 'es2022' },
  });
}
