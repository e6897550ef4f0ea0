/** Runs `npm run ingest`'s entry point as a child process against a given database. */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from '../../../neo4j/paths';
import type { ConnectionSettings } from '../../../neo4j/database';

export interface CliRun {
  child: ChildProcess;
  /** Resolves when the process ends, with its exit code (null when killed) and output. */
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
  /** Resolves when a line of stdout or stderr matches. */
  waitFor(pattern: RegExp): Promise<string>;
}

/** One Node process (no npm or tsx wrapper in between), so `kill -9` hits the process doing the work. */
export function runIngestCli(args: string[], database: ConnectionSettings): CliRun {
  const child = spawn(process.execPath, ['--import', 'tsx', join(projectRoot, 'cli/ingest.ts'), ...args], {
    cwd: projectRoot,
    env: {
      ...process.env,
      NEO4J_URI: database.uri,
      NEO4J_USER: database.user,
      NEO4J_PASSWORD: database.password,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  const watchers: Array<{ pattern: RegExp; resolve: (line: string) => void }> = [];
  const scan = (text: string) => {
    for (const line of text.split('\n')) {
      for (const watcher of [...watchers]) {
        if (watcher.pattern.test(line)) {
          watchers.splice(watchers.indexOf(watcher), 1);
          watcher.resolve(line);
        }
      }
    }
  };
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    scan(chunk.toString());
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    scan(chunk.toString());
  });
  const done = new Promise<{
    code: number | null;
    signal: NodeJS.Signals | null;
    stdout: string;
    stderr: string;
  }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
  return {
    child,
    done,
    waitFor: (pattern) =>
      new Promise((resolve, reject) => {
        watchers.push({ pattern, resolve });
        void done.then(() => reject(new Error(`the ingest ended before printing ${pattern}:\n${stderr}`)));
      }),
  };
}
