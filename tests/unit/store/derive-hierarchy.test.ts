import { describe, expect, it } from 'vitest';
import {
  HIERARCHY_DEFAULTS,
  hierarchy,
  type GroupLink,
  type HierarchyInput,
} from '../../../ingest/derive/hierarchy';
import { computeDerivedLayer, deriveSettings, type DeriveInput } from '../../../ingest/derive/layer';

/**
 * Clusters `c<mega>.<group>.<i>` in `megas` × `groups` × `clusters`: every cluster strongly linked to the
 * others of its group, a few weaker links between groups of one mega-group, one faint link between
 * mega-groups. Each cluster holds a task and a method of its own and the shared metric "accuracy".
 */
function groupsOfGroups(megas: number, groups: number, clusters: number): HierarchyInput {
  const ids: string[][][] = Array.from({ length: megas }, (_, m) =>
    Array.from({ length: groups }, (_, g) => Array.from({ length: clusters }, (_, i) => `c${m}.${g}.${i}`)),
  );
  const links: GroupLink[] = [];
  const link = (a: string, b: string, weight: number) =>
    links.push(a < b ? { a, b, weight } : { a: b, b: a, weight });
  for (const [m, mega] of ids.entries()) {
    for (const [g, group] of mega.entries()) {
      for (const [i, a] of group.entries()) for (const b of group.slice(i + 1)) link(a, b, 10);
      for (const other of mega.slice(g + 1)) {
        for (let i = 0; i < 3; i += 1) link(group[i] as string, other[i] as string, 1);
      }
    }
    const next = ids[m + 1];
    if (next) link(mega[0]?.[0] as string, next[0]?.[0] as string, 0.05);
  }
  const all = ids.flat(2);
  const clusterOf = new Map<string, string>();
  const papers = all.map((id) => {
    const concepts = [`task:topic ${id}`, `method:method ${id}`, 'metric:accuracy'];
    clusterOf.set(concepts[0] as string, id);
    clusterOf.set(concepts[1] as string, id);
    return { id: `p-${id}`, concepts };
  });
  clusterOf.set('metric:accuracy', all[0] as string);
  const paperCount = new Map<string, number>();
  for (const paper of papers) {
    for (const key of paper.concepts) paperCount.set(key, (paperCount.get(key) ?? 0) + 1);
  }
  return {
    clusters: all.map((id) => ({ id, size: 2 })),
    links,
    clusterOf,
    papers,
    paperCount,
    names: new Map([...paperCount.keys()].map((key) => [key, key.slice(key.indexOf(':') + 1)])),
    generic: new Set(['metric:accuracy']),
  };
}

/** The set of leaf clusters under each theme of `level`, as sorted lists of "mega.group" prefixes. */
function prefixesPerTheme(
  result: ReturnType<typeof hierarchy>,
  level: number,
  prefix: (cluster: string) => string,
): string[][] {
  const parent = new Map(result.themes.map((theme) => [theme.id, theme.parent]));
  const themeAt = (cluster: string) => {
    let id: string | null | undefined = result.clusterTheme.get(cluster);
    for (let at = 1; at < level && id; at += 1) id = parent.get(id);
    return id;
  };
  const byTheme = new Map<string, Set<string>>();
  for (const cluster of result.clusterTheme.keys()) {
    const theme = themeAt(cluster) as string;
    const set = byTheme.get(theme) ?? new Set<string>();
    set.add(prefix(cluster));
    byTheme.set(theme, set);
  }
  return [...byTheme.values()].map((set) => [...set].sort()).sort();
}

describe('theme hierarchy', () => {
  it('finds the groups, then the groups of groups, and stops when the top level is small enough', () => {
    // 81 clusters: level 1 aims for √81 = 9 themes, level 2 for √9 = 3, which the top may hold (≤ 4).
    const input = groupsOfGroups(3, 3, 9);
    const result = hierarchy(input, { maxTop: 4, minTop: 2, fanout: 1, seed: 42, topConcepts: 5 });

    const levels = result.themes.map((theme) => theme.level);
    expect(levels.filter((level) => level === 1)).toHaveLength(9);
    expect(levels.filter((level) => level === 2)).toHaveLength(3);
    expect(Math.max(...levels)).toBe(2);
    const group = (cluster: string) => cluster.slice(1, cluster.lastIndexOf('.'));
    const mega = (cluster: string) => cluster.slice(1, cluster.indexOf('.'));
    // Each level-1 theme is exactly one group, each level-2 theme exactly one mega-group.
    expect(prefixesPerTheme(result, 1, group)).toEqual(
      ['0.0', '0.1', '0.2', '1.0', '1.1', '1.2', '2.0', '2.1', '2.2'].map((one) => [one]),
    );
    expect(prefixesPerTheme(result, 2, mega)).toEqual([['0'], ['1'], ['2']]);

    for (const theme of result.themes) {
      expect(theme.parent === null).toBe(theme.level === 2);
      expect(theme.children).toBe(theme.level === 1 ? 9 : 3);
      // Two concepts a cluster; the metric is attached to one cluster and counts there.
      expect(theme.size - (theme.level === 1 ? 18 : 54)).toBeGreaterThanOrEqual(0);
      expect(theme.size - (theme.level === 1 ? 18 : 54)).toBeLessThanOrEqual(1);
      expect(theme.id.startsWith(`t${theme.level}:`)).toBe(true);
      // Two or three terms, tasks and methods, never the metric.
      const terms = theme.label.split(' · ');
      expect(terms.length).toBeGreaterThanOrEqual(2);
      expect(terms.length).toBeLessThanOrEqual(3);
      expect(terms).not.toContain('accuracy');
    }
    // Links only between themes of the same level, none within a theme.
    const levelOf = new Map(result.themes.map((theme) => [theme.id, theme.level]));
    expect(result.links.length).toBeGreaterThan(0);
    for (const link of result.links) expect(levelOf.get(link.a)).toBe(levelOf.get(link.b));
  });

  it('builds one level of 10 to 40 themes from a few hundred clusters with the default settings', () => {
    // 12 groups of 25 clusters: the 300 clusters make √300·1.5 ≈ 26 the aim, but the groups are obvious.
    const result = hierarchy(groupsOfGroups(1, 12, 25), {
      ...HIERARCHY_DEFAULTS,
      seed: 42,
      topConcepts: 5,
    });
    const top =
      result.themes.filter((theme) => theme.parent === null).length + (300 - result.clusterTheme.size);
    expect(new Set(result.themes.map((theme) => theme.level))).toEqual(new Set([1]));
    expect(top).toBeGreaterThanOrEqual(10);
    expect(top).toBeLessThanOrEqual(40);
    expect(result.clusterTheme.size).toBeGreaterThan(250);
  });

  it('leaves a small graph with a single level: the clusters are the top', () => {
    const result = hierarchy(groupsOfGroups(1, 4, 5), { ...HIERARCHY_DEFAULTS, seed: 42, topConcepts: 5 });
    expect(result.themes).toEqual([]);
    expect(result.clusterTheme.size).toBe(0);
    expect(result.links).toEqual([]);
  });

  it('gathers clusters linked to nothing into one theme rather than one theme each', () => {
    const input = groupsOfGroups(1, 4, 12);
    const loose = Array.from({ length: 20 }, (_, i) => `loose${String(i).padStart(2, '0')}`);
    const result = hierarchy(
      {
        ...input,
        clusters: [...input.clusters, ...loose.map((id) => ({ id, size: 1 }))],
        clusterOf: new Map([...input.clusterOf, ...loose.map((id) => [`task:alone ${id}`, id] as const)]),
      },
      { ...HIERARCHY_DEFAULTS, seed: 42, topConcepts: 5 },
    );
    const themes = new Set(loose.map((id) => result.clusterTheme.get(id)));
    expect(themes.size).toBe(1);
    expect(result.themes.length).toBeLessThanOrEqual(40);
  });

  it('makes no theme of one: a cluster on its own goes up a level by itself', () => {
    // 12 groups of 5 and one cluster linked weakly to one of them, 61 clusters: 12 themes and the loner.
    const input = groupsOfGroups(1, 12, 5);
    const loner = 'lone';
    const result = hierarchy(
      {
        ...input,
        clusters: [...input.clusters, { id: loner, size: 1 }],
        links: [...input.links, { a: 'c0.0.0', b: loner, weight: 0.001 }],
        clusterOf: new Map([...input.clusterOf, ['task:lonely', loner]]),
      },
      { ...HIERARCHY_DEFAULTS, seed: 42, topConcepts: 5 },
    );
    for (const theme of result.themes) expect(theme.children).toBeGreaterThanOrEqual(2);
    const themed = new Set(result.clusterTheme.keys());
    const unthemed = [...input.clusters.map((cluster) => cluster.id), loner].filter((id) => !themed.has(id));
    // Whatever stands alone is linked to the themes at the top level.
    for (const id of unthemed) {
      expect(result.links.some((link) => link.a === id || link.b === id)).toBe(true);
    }
    expect(result.themes.length + unthemed.length).toBeLessThanOrEqual(40);
  });

  it('is part of the derived layer: clusters name their theme, and a small corpus has none', () => {
    const input: DeriveInput = {
      concepts: [
        { key: 'task:a', name: 'a' },
        { key: 'method:b', name: 'b' },
      ],
      papers: [{ id: 'p1', concepts: ['task:a', 'method:b'] }],
    };
    const layer = computeDerivedLayer(input, deriveSettings(1));
    expect(layer.clusters.map((cluster) => cluster.theme)).toEqual([null]);
    expect(layer.themes).toEqual([]);
    expect(layer.themeLinks).toEqual([]);
  });
});
