/**
 * A worker thread of the output check (checkBuiltSite in output.ts): checks the pages it is given and
 * posts back the problems of each, in order.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkPages } from './output.ts';

parentPort?.postMessage(await checkPages(workerData as string[]));
