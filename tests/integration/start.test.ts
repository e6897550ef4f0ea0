/**
 * `npm start`'s job end to end on an embedded instance of its own, run as `npm start` runs it (compiled
 * JavaScript, built here into a folder of its own): database up, schema applied, the sample corpus ingested
 * into the empty database, the page and /api/health served; Ctrl+C (SIGINT) stops the server and the Neo4j
 * it started.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { status, stop } from '../../neo4j/embedded';
import { instanceHome, projectRoot } from '../../neo4j/paths';
import type { HealthResponse } from '../../src/model/api';
import { buildNode } from '../../scripts/build-node.mjs';

const INSTANCE = 'start-test';
const outdir = join(projectRoot, 'dist', `node-start-test-${process.pid}`);

describe('npm start', () => {
  afterAll(async () => {
    await stop(INSTANCE);
    rmSync(outdir, { recursive: true, force: true });
  });

  it(
    'serves the sample corpus from a fresh embedded Neo4j and stops it on Ctrl+C',
    { timeout: 300_000 },
    async () => {
      await stop(INSTANCE);
      rmSync(join(instanceHome(INSTANCE), 'data'), { recursive: true, force: true });
      if (!existsSync(join(projectRoot, 'dist', 'app', 'index.html'))) {
        const build = spawnSync('npx', ['vite', 'build'], { cwd: projectRoot, encoding: 'utf8' });
        expect(build.status, build.stderr).toBe(0);
      }
      await buildNode({ outdir });
      const child = spawn(process.execPath, [join(outdir, 'start.js')], {
        cwd: projectRoot,
        env: { ...process.env, NEO4J_URI: '', CONCEPT_ATLAS_INSTANCE: INSTANCE, PORT: '0' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));

      const url = await new Promise<string>((resolve, reject) => {
        const timer = setInterval(() => {
          const match = /is ready in [\d.]+ s: (http:\/\/\S+)/.exec(output);
          if (match?.[1]) {
            clearInterval(timer);
            resolve(match[1]);
          } else if (child.exitCode !== null) {
            clearInterval(timer);
            reject(new Error(`npm start exited early:\n${output}`));
          }
        }, 100);
      });

      const health = (await (await fetch(`${url}api/health`)).json()) as HealthResponse;
      expect(health.status).toBe('ok');
      expect(health.database).toMatchObject({ reachable: true, origin: 'embedded' });
      expect(health.database.version).toMatch(/^Neo4j\/5\.26\./);
      expect(health.counts?.papers).toBe(200);
      const page = await fetch(url);
      expect(page.headers.get('content-type')).toMatch(/text\/html/);
      expect(await page.text()).toContain('<div id="root">');
      expect((await status(INSTANCE)).state).toBe('running');

      child.kill('SIGINT');
      expect(await exited).toBe(0);
      expect(output).toContain('The database is empty: ingesting the sample corpus');
      expect(output).toContain('Embedded Neo4j stopped.');
      expect((await status(INSTANCE)).state).toBe('stopped');
    },
  );
});
