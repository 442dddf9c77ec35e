/**
 * A worker thread of the output check (OutputCheck in output.ts): answers each request, pages rendered
 * during the build or files written by it, in the order they come.
 */
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { answerRequest, type OutputAnswer, type OutputRequest } from './output.ts';

// Rendering is what the build waits for: on Linux this thread gives way to it when cores are short
// (a thread's id names it to setpriority). Elsewhere the thread keeps the default priority.
try {
	setPriority(Number(readlinkSync('/proc/thread-self').split('/').pop()), 10);
} catch {
	// No /proc, or not allowed: the check only runs at the same priority.
}

// Every request is answered, with its result or with why it failed: a request left unanswered would
// leave the build waiting.
parentPort?.on('message', (request: OutputRequest) => {
	answerRequest(request).then(
		(answer) => parentPort?.postMessage(answer),
		(error: unknown) =>
			parentPort?.postMessage({
				id: request.id,
				error: error instanceof Error ? error.message : String(error),
			} satisfies OutputAnswer),
	);
});
