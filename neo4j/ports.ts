/** Ports on the loopback interface: the preferred one when free, else one the OS chooses. */
import { createServer } from 'node:net';

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolvePort) => {
    const server = createServer();
    server.once('error', () => resolvePort(false));
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => server.close(() => resolvePort(true)));
  });
}

function anyFreePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen({ port: 0, host: '127.0.0.1' }, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

/** The preferred port when it is free, else a free one chosen by the OS (and said so). */
export async function choosePort(
  preferred: number,
  what: string,
  log: (line: string) => void,
): Promise<number> {
  if (await portIsFree(preferred)) return preferred;
  const port = await anyFreePort();
  log(`Port ${preferred} (${what}) is taken by another program; using free port ${port} instead.`);
  return port;
}
