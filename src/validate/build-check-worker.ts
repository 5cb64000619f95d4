/** The body of checkArchiveBeside()'s worker thread (./build-check.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import { checkArchive } from './build-check.ts';

const { root, cacheFile } = workerData as { root: string; cacheFile: string };
parentPort!.postMessage(checkArchive(root, cacheFile));
