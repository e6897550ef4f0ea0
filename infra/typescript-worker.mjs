// The entry of a pooled worker thread whose module is TypeScript (development, tests; the compiled build's
// threads load their module directly: infra/worker-pool.ts). A worker does not inherit its process's module
// loader, so the module is loaded after registering tsx's loader in this thread. `preload` modules load
// first, before tsx's hooks are in place (compromise's hundreds of plain modules are slow through them).
import { workerData } from 'node:worker_threads';

const { entry, preload } = workerData;
for (const specifier of preload) await import(specifier);
const { register } = await import('tsx/esm/api');
register();
const handler = (await import(entry)).default;

export default handler;
