import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Database } from '../../neo4j/database';
import { EmbeddedNeo4jError } from '../../neo4j/distribution';
import { settingsFor, start, status, stop } from '../../neo4j/embedded';
import { instanceHome, projectRoot } from '../../neo4j/paths';

const quiet = () => {};

function dbCli(args: string[], env: NodeJS.ProcessEnv) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'cli/db.ts', ...args], {
    cwd: projectRoot,
    env: { ...process.env, NEO4J_URI: '', ...env },
    encoding: 'utf8',
  });
}

describe('embedded Neo4j: prerequisites', () => {
  it('names a missing Java and the two alternatives, exit code 1', () => {
    const result = dbCli(['start'], { JAVA_HOME: '/nonexistent-java-home' });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/needs Java 17 or newer, and no java was found/);
    expect(result.stderr).toMatch(/NEO4J_URI/);
    expect(result.stderr).toMatch(/docker compose up/);
  });

  it('names a Java that is too old', () => {
    const javaHome = mkdtempSync(join(tmpdir(), 'old-java-'));
    mkdirSync(join(javaHome, 'bin'));
    const fake = join(javaHome, 'bin', 'java');
    writeFileSync(fake, '#!/bin/sh\necho \'openjdk version "11.0.22" 2024-01-16\' >&2\n');
    chmodSync(fake, 0o755);
    const result = dbCli(['start'], { JAVA_HOME: javaHome });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/the java found is version 11/);
  });
});

describe('embedded Neo4j: faults', () => {
  const names = ['fault-stale', 'fault-port', 'fault-config'];
  afterAll(async () => {
    for (const name of names) await stop(name);
  });

  it('detects and cleans up a stale state file left by a crashed run', async () => {
    const home = instanceHome('fault-stale');
    mkdirSync(join(home, 'run'), { recursive: true });
    writeFileSync(
      join(home, 'run', 'atlas.json'),
      JSON.stringify({ name: 'fault-stale', home, pid: 2 ** 22 + 12345, boltPort: 1, httpPort: 2 }),
    );
    expect(await status('fault-stale')).toEqual({ state: 'stopped', home, stale: true });
    expect(await status('fault-stale')).toEqual({ state: 'stopped', home, stale: false });
  });

  it('chooses free ports when the preferred ones are taken, and says so', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen({ port: 0, host: '127.0.0.1' }, resolve));
    const taken = (blocker.address() as { port: number }).port;
    const lines: string[] = [];
    try {
      const { instance } = await start({
        name: 'fault-port',
        fresh: true,
        boltPort: taken,
        httpPort: taken,
        log: (line) => lines.push(line),
      });
      expect(instance.boltPort).not.toBe(taken);
      expect(instance.httpPort).not.toBe(taken);
      expect(lines.join('\n')).toContain(`Port ${taken} (Neo4j Bolt) is taken`);
      const db = await Database.connect(settingsFor(instance));
      expect((await db.read('RETURN 1 AS one')).rows).toEqual([{ one: 1 }]);
      await db.close();
      const again = await start({ name: 'fault-port', log: quiet });
      expect(again.reused).toBe(true);
      expect(again.instance.pid).toBe(instance.pid);
    } finally {
      blocker.close();
      await stop('fault-port');
    }
    expect((await status('fault-port')).state).toBe('stopped');
  });

  it('fails fast with the last lines of the log when Neo4j cannot start', async () => {
    // An initialised home (auth.ini present) so that the server itself, not neo4j-admin, meets the bad setting.
    const home = instanceHome('fault-config');
    rmSync(join(home, 'data'), { recursive: true, force: true });
    mkdirSync(join(home, 'data', 'dbms'), { recursive: true });
    writeFileSync(join(home, 'data', 'dbms', 'auth.ini'), '');
    const attempt = start({
      name: 'fault-config',
      boltPort: 0,
      httpPort: 0,
      extraConfig: ['server.not_a_real_setting=true'],
      log: quiet,
    });
    await expect(attempt).rejects.toBeInstanceOf(EmbeddedNeo4jError);
    await expect(attempt).rejects.toThrow(/exited during start-up[\s\S]*not_a_real_setting/);
    expect((await status('fault-config')).state).toBe('stopped');
  });

  it('names neo4j-admin failures without a stack trace', async () => {
    const attempt = start({
      name: 'fault-config',
      fresh: true,
      extraConfig: ['server.not_a_real_setting=true'],
      log: quiet,
    });
    await expect(attempt).rejects.toThrow(/failed \(neo4j-admin\):\n[\s\S]*not_a_real_setting/);
    await expect(attempt).rejects.not.toThrow(/\bat org\.neo4j/);
  });
});
