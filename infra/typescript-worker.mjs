// The entry of every pooled worker thread (infra/worker-pool.ts). A worker does not inherit its process's
// module loader, so a TypeScript module (development, tests) is loaded after registering tsx's loader in
// this thread; compiled JavaScript is imported as it is. `preload` modules load first, before tsx's hooks
// are in place (compromise's hundreds of plain modules are slow through them).
import { workerData } from 'node:worker_threads';

const { entry, preload } = workerData;
for (const specifier of preload) await import(specifier);
if (entry.endsWith('.ts')) {
  const { register } = await import('tsx/esm/api');
  register();
}
const handler = (await import(entry)).default;

export default handler;
