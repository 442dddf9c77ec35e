/**
 * The page's side of the instant-search worker (instant-worker.ts): starts it, asks it, and draws its
 * answers as the page would have found them. The dialog and the search page both ask through here;
 * where no worker can start, or it breaks, the page searches on its own thread (instant.ts).
 */
import type { InstantFilters } from '../../lib/instant-search';
import { loadStrings, inPageLang } from '../../i18n/client/page-strings';
import {
	instantResults,
	loadInstantIndex,
	loadWholeIndex,
	noteWords,
	onIndexGrowth,
	viewOf,
} from './instant';
import type { InstantAnswer, InstantQuestion, WorkerMessage } from './instant-worker';
import type { ResultView } from './pagefind';

let worker: Worker | undefined;
/** Set once the worker could not start or broke: the page searches on its own from then on. */
let noWorker = typeof Worker === 'undefined';
let asked = 0;
const waiting = new Map<number, (answer: InstantAnswer | undefined) => void>();
const growth = new Set<() => void>();

/** The page's worker, started on first use; undefined where workers cannot start. */
function searchWorker(): Worker | undefined {
	if (worker || noWorker) return worker;
	try {
		worker = new Worker(new URL('./instant-worker.ts', import.meta.url), { type: 'module' });
	} catch {
		noWorker = true;
		return undefined;
	}
	worker.addEventListener('message', (event: MessageEvent<WorkerMessage>) => {
		const message = event.data;
		if ('grown' in message) {
			for (const listener of growth) listener();
			return;
		}
		waiting.get(message.id)?.(message);
		waiting.delete(message.id);
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

/** Instant results, and how many there are in all (more than the results when `take` cut them). */
export interface InstantFound {
	results: ResultView[];
	total: number;
}

/**
 * Instant results for a query, found on a worker thread so the page stays free to take keys, paint
 * and answer taps; where no worker can run, found on the page.
 * @param query - what the reader typed
 * @param filters - types, tracks, skills and sort
 * @param options - `whole`: wait for every file of roles (a list counted and sorted as a whole);
 *   `take`: only the best `take` roles and best `take` others are wanted
 * @returns results to draw, or undefined when a newer question has replaced this one
 */
export async function instantResultsOffThread(
	query: string,
	filters: InstantFilters = {},
	options: { whole?: boolean; take?: number } = {},
): Promise<InstantFound | undefined> {
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
				...(options.whole ? { whole: true } : {}),
				...(options.take === undefined ? {} : { take: options.take }),
			};
			thread.postMessage(question);
		});
		if (reply && 'superseded' in reply) return undefined;
		if (reply && 'hits' in reply) return { results: reply.hits.map(viewOf), total: reply.total };
		if (reply) throw new Error(reply.error);
	}
	const results = instantResults(
		await (options.whole ? loadWholeIndex() : loadInstantIndex()),
		query,
		filters,
	);
	return { results, total: results.length };
}

/**
 * Fetches and prepares the instant index before the first key: on the worker when one can run
 * (the page's thread only posts a message), else on the page in short slices.
 * @returns when the index is ready to answer
 */
export async function warmInstantSearch(): Promise<void> {
	await instantResultsOffThread('', {}, { take: 0 });
}

/**
 * Calls back each time more roles have arrived (a large catalogue's further files), so results drawn
 * from the first file can be drawn again.
 * @param listener - called with no arguments
 */
export function onMoreRoles(listener: () => void): void {
	growth.add(listener);
	onIndexGrowth(listener);
}
