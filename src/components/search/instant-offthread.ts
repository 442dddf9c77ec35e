/**
 * The search page's side of its instant-search worker (instant-worker.ts): starts it, asks it, and
 * draws its answers as the page would have found them. Only the search page imports this, so the
 * dialog, which every page can open, carries none of it.
 */
import type { InstantFilters } from '../../lib/instant-search';
import { loadStrings, inPageLang } from '../../i18n/client/page-strings';
import { instantResults, loadWholeIndex, noteWords, viewOf } from './instant';
import type { InstantAnswer, InstantQuestion } from './instant-worker';
import type { ResultView } from './pagefind';

let worker: Worker | undefined;
/** Set once the worker could not start or broke: the page searches on its own from then on. */
let noWorker = typeof Worker === 'undefined';
let asked = 0;
const waiting = new Map<number, (answer: InstantAnswer | undefined) => void>();

/** The search page's worker, started on first use; undefined where workers cannot start. */
function searchWorker(): Worker | undefined {
	if (worker || noWorker) return worker;
	try {
		worker = new Worker(new URL('./instant-worker.ts', import.meta.url), { type: 'module' });
	} catch {
		noWorker = true;
		return undefined;
	}
	worker.addEventListener('message', (event: MessageEvent<InstantAnswer>) => {
		waiting.get(event.data.id)?.(event.data);
		waiting.delete(event.data.id);
	});
	// A worker that fails to start or breaks leaves every question to the page's own search.
	const broken = () => {
		noWorker = true;
		worker?.terminate();
		worker = undefined;
		for (const done of waiting.values()) done(undefined);
		waiting.clear();
	};
	worker.addEventListener('error', broken);
	worker.addEventListener('messageerror', broken);
	return worker;
}

/**
 * Instant results for a query over the whole index (every file of roles), found on a worker thread
 * so the page stays free to paint and answer taps; where no worker can run, found on the page.
 * @param query - what the reader typed
 * @param filters - types, tracks, skills and sort
 * @returns results to draw
 */
export async function instantResultsOffThread(
	query: string,
	filters: InstantFilters = {},
): Promise<ResultView[]> {
	await loadStrings();
	const thread = searchWorker();
	if (thread) {
		const id = ++asked;
		const reply = await new Promise<InstantAnswer | undefined>((done) => {
			waiting.set(id, done);
			const question: InstantQuestion = {
				id,
				index: inPageLang('/search-index.json'),
				query,
				// Filters come from the page's state object: copied, they travel as plain data.
				filters: {
					types: [...(filters.types ?? [])],
					tracks: [...(filters.tracks ?? [])],
					skills: [...(filters.skills ?? [])],
					...(filters.sort ? { sort: filters.sort } : {}),
				},
				notes: noteWords(),
			};
			thread.postMessage(question);
		});
		if (reply && 'hits' in reply) return reply.hits.map(viewOf);
		if (reply) throw new Error(reply.error);
	}
	return instantResults(await loadWholeIndex(), query, filters);
}
