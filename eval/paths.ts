/** Where the gold data lives: ../shared/data next to the repository (absent on most machines). */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
export const DATA_DIR = join(root, '..', 'shared', 'data');
